import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { fromMermaid } from '../../src/convert/index.js';
import type { ConversionNote } from '../../src/convert/index.js';
import { LIMITS } from '../../src/model/limits.js';
import type { TimelineDocumentJson } from '../../src/model/types.js';
import { validateTimeline } from '../../src/model/validate.js';

/** A fixture from data/examples/, as the dev server serves it. */
const example = async (name: string) => (await fetch(`/data/examples/${name}`)).text();

const messages = (notes: readonly ConversionNote[]) => notes.map((n) => n.message);

/** Every document the converter makes must pass our validator without a single diagnostic. */
function expectValid(document: TimelineDocumentJson): void {
  const result = validateTimeline(document);
  expect(result.ok).to.equal(true);
  expect(result.diagnostics).to.deep.equal([]);
}

/** Converts a diagram written with its lines indented for the test's source. */
const convert = (lines: readonly string[], options?: { lang?: string }) => {
  const result = fromMermaid(lines.join('\n'), options);
  expectValid(result.document);
  return result;
};

const dates = (document: TimelineDocumentJson) =>
  document.events.map((e) => [e.date, e.end, e.approximate, e.title]);

describe('fromMermaid', () => {
  describe('the examples of the Mermaid timeline documentation', () => {
    it('should place every event of "History of Social Media Platform", the two of 2004 too', async () => {
      const { document, notes } = fromMermaid(await example('mermaid-social-media.mmd'), { lang: 'en' });
      expectValid(document);
      expect(document.lang).to.equal('en');
      expect(document.title).to.equal('History of Social Media Platform');
      expect(document.events.map((e) => [e.id, e.date, e.title])).to.deep.equal([
        ['2002-linkedin', '2002', 'LinkedIn'],
        ['2004-facebook', '2004', 'Facebook'],
        ['2004-google', '2004', 'Google'],
        ['2005-youtube', '2005', 'YouTube'],
        ['2006-twitter', '2006', 'Twitter'],
      ]);
      expect(document.events.every((e) => e.category === undefined)).to.equal(true);
      expect(notes).to.deep.equal([]);
    });

    it('should read "2004 : Facebook : Google" as the continuation-line form', async () => {
      const continued = fromMermaid(await example('mermaid-social-media.mmd'));
      const inline = convert([
        'timeline',
        '    title History of Social Media Platform',
        '    2002 : LinkedIn',
        '    2004 : Facebook : Google',
        '    2005 : YouTube',
        '    2006 : Twitter',
      ]);
      expect(inline).to.deep.equal(continued);
    });

    it('should place no event of "Timeline of Industrial Revolution": its periods are not dates', async () => {
      const { document, notes } = fromMermaid(await example('mermaid-industrial-revolution.mmd'));
      expectValid(document);
      expect(document).to.deep.equal({ title: 'Timeline of Industrial Revolution', events: [] });
      expect(notes).to.deep.equal([
        {
          path: 'line 4',
          message:
            'period "Industry 1.0" in section "17th-20th century" is not a date: its 1 event ("Machinery, Water power, Steam power") was not placed on the timeline',
        },
        {
          path: 'line 5',
          message:
            'period "Industry 2.0" in section "17th-20th century" is not a date: its 1 event ("Electricity, Internal combustion engine, Mass production") was not placed on the timeline',
        },
        {
          path: 'line 6',
          message:
            'period "Industry 3.0" in section "17th-20th century" is not a date: its 1 event ("Electronics, Computers, Automation") was not placed on the timeline',
        },
        {
          path: 'line 8',
          message:
            'period "Industry 4.0" in section "21st century" is not a date: its 1 event ("Internet, Robotics, Internet of Things") was not placed on the timeline',
        },
        {
          path: 'line 9',
          message:
            'period "Industry 5.0" in section "21st century" is not a date: its 1 event ("Artificial intelligence, Big data, 3D printing") was not placed on the timeline',
        },
      ]);
    });

    it('should date "England\'s History Timeline" in BC years, with sections as categories', async () => {
      const { document, notes } = fromMermaid(await example('mermaid-england-history.mmd'));
      expectValid(document);
      expect(document.title).to.equal("England's History Timeline");
      expect(document.events.map((e) => [e.date, e.category, e.title])).to.deep.equal([
        ['-7599', 'Stone Age', "Britain's oldest known house was built in Orkney, Scotland"],
        [
          '-5999',
          'Stone Age',
          'Sea levels rise and Britain becomes an island. The people who live here are hunter-gatherers.',
        ],
        [
          '-2299',
          'Bronze Age',
          'People arrive from Europe and settle in Britain. They bring farming and metalworking.',
        ],
        ['-2299', 'Bronze Age', 'New styles of pottery and ways of burying the dead appear.'],
        [
          '-2199',
          'Bronze Age',
          'The last major building works are completed at Stonehenge. People now bury their dead in stone circles.',
        ],
        [
          '-2199',
          'Bronze Age',
          'The first metal objects are made in Britain.Some other nice things happen. it is a good time to be alive.',
        ],
      ]);
      expect(notes[0]).to.deep.equal({
        path: 'line 4',
        message:
          'period "7600 BC" in section "Stone Age": 7600 BC is written "-7599" (ISO 8601 counts a year 0)',
      });
      expect(messages(notes).filter((m) => m.includes('(<br>)'))).to.have.length(3);
    });

    it('should list every event of a free-text period, continuation lines too ("MermaidChart 2023 Timeline")', () => {
      const { document, notes } = convert([
        'timeline',
        '        title MermaidChart 2023 Timeline',
        '        section 2023 Q1 <br> Release Personal Tier',
        '          Bullet 1 : sub-point 1a : sub-point 1b',
        '               : sub-point 1c',
        '          Bullet 2 : sub-point 2a : sub-point 2b',
        '        section 2023 Q2 <br> Release XYZ Tier',
        '          Bullet 3 : sub-point <br> 3a : sub-point 3b',
        '               : sub-point 3c',
        '          Bullet 4 : sub-point 4a : sub-point 4b',
      ]);
      expect(document.events).to.deep.equal([]);
      expect(notes.map((n) => n.path)).to.deep.equal(['line 4', 'line 6', 'line 8', 'line 10']);
      expect(notes[0]!.message).to.equal(
        'period "Bullet 1" in section "2023 Q1 Release Personal Tier" is not a date: its 3 events ("sub-point 1a", "sub-point 1b" and "sub-point 1c") were not placed on the timeline',
      );
      expect(notes[2]!.message).to.contain('("sub-point 3a", "sub-point 3b" and "sub-point 3c")');
    });

    it('should read the themed examples: front matter, and the direction keyword of v11.14', () => {
      const { document, notes } = convert([
        '---',
        'config:',
        "  logLevel: 'debug'",
        "  theme: 'forest'",
        '---',
        '    timeline TD',
        '        title History of Social Media Platform',
        '          2002 : LinkedIn',
        '          2004 : Facebook : Google',
        '          2005 : YouTube',
        '          2006 : Twitter',
        '          2007 : Tumblr',
        '          2008 : Instagram',
        '          2010 : Pinterest',
      ]);
      expect(document.events.map((e) => e.title)).to.deep.equal([
        'LinkedIn',
        'Facebook',
        'Google',
        'YouTube',
        'Twitter',
        'Tumblr',
        'Instagram',
        'Pinterest',
      ]);
      expect(notes).to.deep.equal([
        {
          path: 'line 1',
          message: 'the front matter\'s "config" is not carried over: it sets how Mermaid draws the diagram',
        },
        {
          path: 'line 6',
          message: 'the direction "TD" (top down) is not carried over: the timeline lays itself out',
        },
      ]);
    });
  });

  describe('statements', () => {
    it('should skip comments, and note directives without reading them as periods', () => {
      const { document, notes } = convert([
        "%%{init: { 'logLevel': 'debug',",
        "  'theme': 'forest' } }%%",
        '%% who wrote this',
        'timeline',
        '  %% a comment inside',
        '  # a comment, as the lexer allows',
        '  2024 : Launch',
      ]);
      expect(document.events.map((e) => e.title)).to.deep.equal(['Launch']);
      expect(notes).to.deep.equal([
        {
          path: 'line 1',
          message: 'a %%{…}%% directive is not carried over: it sets how Mermaid draws the diagram',
        },
      ]);
    });

    it('should take the title from the front matter when there is no title statement', () => {
      const { document, notes } = convert([
        '---',
        'title: "Hong Kong AI"',
        '---',
        'timeline',
        '2014 : SenseTime',
      ]);
      expect(document.title).to.equal('Hong Kong AI');
      expect(notes).to.deep.equal([]);
    });

    it('should use accTitle as the title only when there is none, and accDescr as the description', () => {
      const untitled = convert([
        'timeline',
        '  accTitle: Milestones',
        '  accDescr: Five of them',
        '  2014 : A',
      ]);
      expect(untitled.document.title).to.equal('Milestones');
      expect(untitled.document.description).to.equal('Five of them');
      expect(untitled.notes).to.deep.equal([]);

      const titled = convert([
        'TIMELINE',
        '  Title Hong Kong AI',
        '  accTitle: Milestones',
        '  accDescr {',
        '    Five of them,',
        '    in order',
        '  }',
        '  2014 : A',
      ]);
      expect(titled.document.title).to.equal('Hong Kong AI');
      expect(titled.document.description).to.equal('Five of them, in order');
      expect(titled.notes).to.deep.equal([
        {
          path: 'line 3',
          message:
            'the accessible title "Milestones" is not carried over: the document has the title "Hong Kong AI"',
        },
      ]);
    });

    it('should keep the last title, as Mermaid does, and say so', () => {
      const { document, notes } = convert(['timeline', 'title First', 'title Second', '2014 : A']);
      expect(document.title).to.equal('Second');
      expect(messages(notes)).to.deep.equal(['the title "First" is replaced by a later one, as in Mermaid']);
    });

    it('should add continuation lines to the period before them, and note those with no period', () => {
      const { document, notes } = convert([
        'timeline',
        '  : Before anything',
        '  2007',
        '       : iPhone',
        '       : Kindle',
        '  2008 :',
        '  2009:Bitcoin',
      ]);
      expect(document.events.map((e) => [e.id, e.title])).to.deep.equal([
        ['2007-iphone', 'iPhone'],
        ['2007-kindle', 'Kindle'],
      ]);
      expect(notes).to.deep.equal([
        {
          path: 'line 2',
          message:
            'an event ("Before anything") before any period was not placed: there is no period to date it',
        },
        { path: 'line 6', message: 'an empty event (nothing after a colon) is ignored' },
        { path: 'line 6', message: 'period "2008" has no events: nothing to place' },
        {
          path: 'line 7',
          message:
            'period "2009:Bitcoin" has no events: nothing to place (a colon separates events only when a space follows it)',
        },
      ]);
    });

    it('should keep colons that no space follows inside periods and events, as the documentation says', () => {
      const { document, notes } = convert(['timeline', '2021-10-12 14:00 : Launch, see https://example.org']);
      expect(dates(document)).to.deep.equal([
        ['2021-10-12', undefined, undefined, 'Launch, see https://example.org'],
      ]);
      expect(messages(notes)).to.deep.equal([
        'period "2021-10-12 14:00": the time of day (14:00) is dropped (dates are calendar days)',
      ]);
    });
  });

  describe('periods', () => {
    it('should take EDTF periods as the schema does, with the same grammar', () => {
      const { document, notes } = fromMermaid(
        ['timeline', '201X : A decade', '2014? : Maybe', '2014/.. : Ever since', '1850~ : Circa'].join('\n'),
      );
      expect(document.events.map((event) => event.date)).to.deep.equal(['201X', '2014?', '2014/..', '1850~']);
      expect(notes).to.deep.equal([]);
      expect(validateTimeline(document).diagnostics).to.deep.equal([]);
    });

    const cases: readonly [period: string, date: string, end?: string, approximate?: true][] = [
      ['2004', '2004'],
      ['2004-06', '2004-06'],
      ['2004-06-15', '2004-06-15'],
      ['-0043-03-15', '-0043-03-15'],
      ['0000', '0000'],
      ['2013 - 2014', '2013', '2014'],
      ['2013-2014', '2013', '2014'],
      ['2013–2014', '2013', '2014'],
      ['2013 to 2014', '2013', '2014'],
      ['2004-06 - 2005-01-31', '2004-06', '2005-01-31'],
      ['-0500 - -0400', '-0500', '-0400'],
      ['2014 - 2014', '2014'],
      ['500 BC', '-0499'],
      ['1 BCE', '0000'],
      ['500 BC - 300 BC', '-0499', '-0299'],
      ['AD 800', '0800'],
      ['800 CE', '0800'],
      ['c. 1850', '1850', undefined, true],
      ['circa 1850 - 1860', '1850', '1860', true],
    ];
    for (const [period, date, end, approximate] of cases) {
      it(`should date "${period}" as ${date}${end ? ` to ${end}` : ''}${approximate ? ', approximately' : ''}`, () => {
        const { document } = convert(['timeline', `${period} : Event`]);
        expect(dates(document)).to.deep.equal([[date, end, approximate, 'Event']]);
      });
    }

    const free: readonly [period: string, reason?: string][] = [
      ['Industry 1.0'],
      ['17th century'],
      ['Q1 2024'],
      ['June 2004'],
      ['1990s'],
      ['2024-02-30', 'there is no such day or month on the calendar'],
      ['2024-13', 'there is no such day or month on the calendar'],
      ['2014 - 2013', 'it ends before it starts'],
      ['800', 'years are written with four digits, "0800", or with an era, "800 CE"'],
      ['-500', 'ambiguous: write "500 BC", or "-0500", which ISO 8601 reads as 501 BC'],
      ['12000', 'ISO 8601 dates have years of four digits'],
      ['20000 BC', 'ISO 8601 dates reach back only to 10000 BC'],
      ['-0000', 'ISO 8601 writes 1 BC as "0000", never "-0000"'],
    ];
    for (const [period, reason] of free) {
      it(`should place no event for "${period}", and say why`, () => {
        const { document, notes } = convert(['timeline', `${period} : Event`]);
        expect(document.events).to.deep.equal([]);
        expect(messages(notes)).to.deep.equal([
          `period ${JSON.stringify(period)} is not a date${reason ? ` (${reason})` : ''}: its 1 event ("Event") was not placed on the timeline`,
        ]);
      });
    }

    it('should keep dated events and note free-text ones, in the order of the diagram, inventing no dates', () => {
      const { document, notes } = convert([
        'timeline',
        '  2014 : SenseTime',
        '  Later that decade : Many start-ups : More funding',
        '  2024 : Supercomputing centre',
      ]);
      expect(document.events.map((e) => e.date)).to.deep.equal(['2014', '2024']);
      expect(notes).to.deep.equal([
        {
          path: 'line 3',
          message:
            'period "Later that decade" is not a date: its 2 events ("Many start-ups" and "More funding") were not placed on the timeline',
        },
      ]);
    });
  });

  describe('text', () => {
    it('should turn <br> in all its spellings into a space, and say so', () => {
      const { document, notes } = convert([
        'timeline',
        '  title One<br>Two',
        '  section Early<br/>days',
        '  2014 : Steam <br />power : Water<BR>power',
      ]);
      expect(document.title).to.equal('One Two');
      expect(document.events.map((e) => [e.title, e.category])).to.deep.equal([
        ['Steam power', 'Early days'],
        ['Water power', 'Early days'],
      ]);
      expect(messages(notes)).to.deep.equal([
        'the line break (<br>) in the title "One Two" became a space',
        'the line break (<br>) in the section "Early days" became a space',
        'the line break (<br>) in the event "Steam power" became a space',
        'the line break (<br>) in the event "Water power" became a space',
      ]);
    });

    it('should keep hostile text as plain text, never markup', () => {
      const { document, notes } = convert([
        'timeline',
        '  title <img src=x onerror=alert(1)>Pwned',
        '  section <script>alert(1)</script>Evil',
        '  2024 : <script>alert("x")</script>',
        '  2024 : Launch <b onmouseover=alert(1)>now</b> &amp; 2 < 3',
        '  2025 : __proto__ : constructor',
      ]);
      expect(document.title).to.equal('Pwned');
      expect(document.events.map((e) => [e.id, e.title, e.category])).to.deep.equal([
        ['2024-launch-now-2-3', 'Launch now & 2 < 3', 'Evil'],
        ['2025-proto', '__proto__', 'Evil'],
        ['2025-constructor', 'constructor', 'Evil'],
      ]);
      expect(JSON.stringify(document)).not.to.match(/<[a-z/]/i);
      expect(Object.getPrototypeOf(document.events[1])).to.equal(Object.prototype);
      expect(messages(notes)).to.include('an event with no text once its HTML is removed was not placed');
    });

    it('should cut text over the length limit, and say so', () => {
      const { document, notes } = convert(['timeline', `2024 : ${'x'.repeat(LIMITS.textLength + 5)}`]);
      expect(document.events[0]!.title).to.have.length(LIMITS.textLength);
      expect(messages(notes)).to.deep.equal([
        `the event is longer than ${LIMITS.textLength} characters: it is cut to that length`,
      ]);
    });
  });

  describe('ids', () => {
    it('should make stable slugs of period and text, unique with -2, -3', () => {
      const lines = [
        'timeline',
        '  2004 : Launch : Launch',
        '  2004 : Launch',
        "  2004-06 : Café Ångström's opening",
        '  2014 : 商湯科技成立 : 센스타임 설립',
        '  2015 : !!!',
      ];
      const { document } = convert(lines);
      expect(document.events.map((e) => e.id)).to.deep.equal([
        '2004-launch',
        '2004-launch-2',
        '2004-launch-3',
        '2004-06-cafe-angstroms-opening',
        '2014-商湯科技成立',
        '2014-센스타임-설립',
        '2015',
      ]);
      expect(convert(lines).document).to.deep.equal(document);
    });
  });

  describe('language', () => {
    it('should write options.lang, canonical, as the document lang, and refuse a malformed one', () => {
      expect(convert(['timeline', '2014 : A'], { lang: 'ZH-hant' }).document.lang).to.equal('zh-Hant');
      const bad = convert(['timeline', '2014 : A'], { lang: '__proto__' });
      expect(bad.document.lang).to.equal(undefined);
      expect(messages(bad.notes)).to.deep.equal([
        '"__proto__" is not a BCP 47 language tag: the document has no lang',
      ]);
    });
  });

  describe('input that is not a timeline', () => {
    const cases: readonly [input: unknown, path: string, message: string][] = [
      ['graph TD\n  A-->B', 'line 1', 'the first statement is "graph TD"'],
      ['', '$', 'the input is empty'],
      ['  \n\n', '$', 'the input is empty'],
      ['%% just a comment\n', '$', 'there is no "timeline" statement, only comments or settings'],
      [
        '---\ntitle: x\ntimeline\n2014 : A',
        'line 1',
        'the front matter that opens on line 1 is never closed by "---"',
      ],
      ['timelines\n2014 : A', 'line 1', 'the first statement is "timelines"'],
      [undefined, '$', 'the input is not text'],
      [42, '$', 'the input is not text'],
    ];
    for (const [input, path, message] of cases) {
      it(`should give an empty document for ${String(JSON.stringify(input))}, and say why`, () => {
        const { document, notes } = fromMermaid(input as string);
        expect(document).to.deep.equal({ events: [] });
        expect(notes).to.deep.equal([{ path, message: `not a Mermaid timeline: ${message}` }]);
      });
    }

    it('should note a timeline with no periods', () => {
      expect(convert(['timeline', 'title Nothing yet']).notes).to.deep.equal([
        { path: '$', message: 'the timeline has no time periods: there is nothing to place' },
      ]);
    });
  });

  describe('properties', () => {
    const token = fc.constantFrom(
      'timeline',
      '\n',
      '\r\n',
      ':',
      ' ',
      ': ',
      '%%{',
      '}%%',
      '%%',
      '#',
      'accDescr {',
      '}',
      'accTitle: ',
      'section ',
      'title ',
      '---',
      '2004',
      '-',
      '2013 - 2014',
      ' BC',
      'c. ',
      '<br>',
      '<script>',
      '&amp;',
      '__proto__',
    );
    const diagram = fc.oneof(
      fc.string({ unit: 'binary' }),
      fc
        .array(fc.oneof(token, fc.string({ unit: 'binary', maxLength: 6 })), { maxLength: 40 })
        .map((parts) => parts.join('')),
      fc
        .array(fc.oneof(token, fc.string({ maxLength: 6 })), { maxLength: 40 })
        .map((parts) => `timeline\n${parts.join('')}`),
    );

    it('should never throw, and always give a document the validator accepts without a diagnostic', () => {
      fc.assert(
        fc.property(diagram, (text) => {
          const { document } = fromMermaid(text, { lang: 'en' });
          const result = validateTimeline(document);
          return result.ok && result.diagnostics.length === 0;
        }),
        { numRuns: 2000 },
      );
    });
  });
});
