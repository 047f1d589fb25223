import { expect } from '@open-wc/testing';
import milestones from '../../data/hk-ai-milestones.json' with { type: 'json' };
import partialErrors from '../../data/examples/partial-errors.json' with { type: 'json' };
import hostile from '../../data/examples/hostile.json' with { type: 'json' };
import { LIMITS, nestsDeeperThan } from '../../src/model/limits.js';
import { parseTimelineJson } from '../../src/model/parse-json.js';
import { validateTimeline, type Diagnostic } from '../../src/model/validate.js';

/** The parts of a diagnostic a table row pins down. */
const brief = ({ severity, path, code }: Diagnostic) => ({ severity, path, code });

const minimalEvent = { id: 'a', date: '2024-10-28', title: 'A' };
const withEvent = (overrides: Record<string, unknown>) => ({ events: [{ ...minimalEvent, ...overrides }] });

describe('validateTimeline', () => {
  describe('documents rejected as a whole', () => {
    const cases: [string, unknown, string, string][] = [
      ['null', null, '$', 'not-an-object'],
      ['a string', 'events', '$', 'not-an-object'],
      ['an array', [minimalEvent], '$', 'not-an-object'],
      ['an object without events', { title: 'x' }, '$.events', 'missing-events'],
      ['events: null', { events: null }, '$.events', 'missing-events'],
      ['events: "x"', { events: 'x' }, '$.events', 'events-not-an-array'],
      ['events: {}', { events: {} }, '$.events', 'events-not-an-array'],
    ];
    for (const [name, input, path, code] of cases) {
      it(`should reject ${name} at ${path} with ${code}`, () => {
        const result = validateTimeline(input);
        expect(result.ok).to.equal(false);
        expect(result.diagnostics.map(brief)).to.deep.equal([{ severity: 'error', path, code }]);
        if (!result.ok) expect(result.kind).to.equal('shape');
      });
    }

    it('should name the path in the message', () => {
      const [diagnostic] = validateTimeline({ events: 'x' }).diagnostics;
      expect(diagnostic?.message).to.equal('$.events: "events" must be an array, not the string "x"');
    });
  });

  describe('events skipped with an error', () => {
    const cases: [string, Record<string, unknown>, string, string][] = [
      ['an impossible date', { date: '2024-02-30' }, '$.events[0].date', 'invalid-date'],
      ['29 February in a common year', { date: '2023-02-29' }, '$.events[0].date', 'invalid-date'],
      ['month 13', { date: '2024-13' }, '$.events[0].date', 'invalid-date'],
      ['a date with a time', { date: '2024-10-28T10:00:00Z' }, '$.events[0].date', 'invalid-date-format'],
      ['a date as a number', { date: 2024 }, '$.events[0].date', 'wrong-type'],
      ['no date', { date: undefined }, '$.events[0].date', 'missing-field'],
      ['a null date', { date: null }, '$.events[0].date', 'missing-field'],
      ['no id', { id: undefined }, '$.events[0].id', 'missing-field'],
      ['a numeric id', { id: 7 }, '$.events[0].id', 'wrong-type'],
      ['a blank id', { id: '  ' }, '$.events[0].id', 'empty-text'],
      ['no title', { title: undefined }, '$.events[0].title', 'missing-field'],
      ['an empty title', { title: '' }, '$.events[0].title', 'empty-text'],
      ['a title as an array', { title: ['A'] }, '$.events[0].title', 'wrong-type'],
    ];
    for (const [name, overrides, path, code] of cases) {
      it(`should skip an event with ${name} (${code} at ${path})`, () => {
        const result = validateTimeline(withEvent(overrides));
        expect(result.ok).to.equal(true);
        if (!result.ok) return;
        expect(result.document.events).to.have.length(0);
        expect(result.diagnostics.map(brief)).to.deep.equal([{ severity: 'error', path, code }]);
      });
    }

    it('should quote the bad value in a message', () => {
      const [diagnostic] = validateTimeline(withEvent({ date: '2024-02-30' })).diagnostics;
      expect(diagnostic?.message).to.equal(
        '$.events[0].date: "2024-02-30" is not a real calendar date; the event is skipped',
      );
      expect(diagnostic?.id).to.equal('a');
    });

    it('should skip the later of two events with one id', () => {
      const result = validateTimeline({ events: [minimalEvent, { ...minimalEvent, title: 'B' }] });
      expect(result.ok && result.document.events.map((event) => event.title)).to.deep.equal(['A']);
      expect(result.diagnostics.map(brief)).to.deep.equal([
        { severity: 'error', path: '$.events[1].id', code: 'duplicate-id' },
      ]);
    });

    it('should skip events that are not objects', () => {
      const result = validateTimeline({ events: [null, 3, 'x', [], minimalEvent] });
      expect(result.ok && result.document.events).to.have.length(1);
      expect(result.diagnostics.map((d) => d.path)).to.deep.equal([
        '$.events[0]',
        '$.events[1]',
        '$.events[2]',
        '$.events[3]',
      ]);
    });
  });

  describe('optional values dropped with a warning', () => {
    const cases: [string, Record<string, unknown>, string, string, string][] = [
      [
        'an unsafe source URL',
        { sources: [{ url: 'javascript:alert(1)' }] },
        '$.events[0].sources[0].url',
        'unsafe-url',
        'sources',
      ],
      [
        'a tab-split javascript: URL',
        { sources: [{ url: 'java\tscript:alert(1)' }] },
        '$.events[0].sources[0].url',
        'unsafe-url',
        'sources',
      ],
      [
        'a control-character javascript: URL',
        { sources: [{ url: '\u0001javascript:alert(1)' }] },
        '$.events[0].sources[0].url',
        'unsafe-url',
        'sources',
      ],
      [
        'a data: image',
        { media: { image: 'data:image/png;base64,AAAA', alt: 'x' } },
        '$.events[0].media',
        'unsafe-url',
        'media',
      ],
      [
        'a mailto: image',
        { media: { image: 'mailto:a@b.c', alt: 'x' } },
        '$.events[0].media',
        'unsafe-url',
        'media',
      ],
      [
        'an image without alt',
        { media: { image: 'https://example.org/a.png' } },
        '$.events[0].media',
        'missing-field',
        'media',
      ],
      ['an end before the date', { end: '2024-10-27' }, '$.events[0].end', 'end-before-date', 'end'],
      ['an impossible end', { end: '2025-02-29' }, '$.events[0].end', 'invalid-date', 'end'],
      [
        'a string for approximate',
        { approximate: 'yes' },
        '$.events[0].approximate',
        'wrong-type',
        'approximate',
      ],
      [
        'an unknown confidence',
        { confidence: 'certain' },
        '$.events[0].confidence',
        'invalid-value',
        'confidence',
      ],
      ['importance 0', { importance: 0 }, '$.events[0].importance', 'invalid-value', 'importance'],
      ['importance 6', { importance: 6 }, '$.events[0].importance', 'invalid-value', 'importance'],
      ['importance 2.5', { importance: 2.5 }, '$.events[0].importance', 'invalid-value', 'importance'],
      ['importance -1', { importance: -1 }, '$.events[0].importance', 'invalid-value', 'importance'],
      ['importance NaN', { importance: NaN }, '$.events[0].importance', 'invalid-value', 'importance'],
      ['importance "3"', { importance: '3' }, '$.events[0].importance', 'wrong-type', 'importance'],
      ['importance true', { importance: true }, '$.events[0].importance', 'wrong-type', 'importance'],
      ['importance [3]', { importance: [3] }, '$.events[0].importance', 'wrong-type', 'importance'],
      ['tags that are not an array', { tags: 'ai' }, '$.events[0].tags', 'wrong-type', 'tags'],
      [
        'a description as a number',
        { description: 42 },
        '$.events[0].description',
        'wrong-type',
        'description',
      ],
      ['an unknown field', { colour: 'red' }, '$.events[0].colour', 'unknown-field', 'colour'],
    ];
    for (const [name, overrides, path, code, field] of cases) {
      it(`should keep the event and drop ${name} (${code} at ${path})`, () => {
        const result = validateTimeline(withEvent(overrides));
        expect(result.ok).to.equal(true);
        if (!result.ok) return;
        // Only the bad value goes: a list keeps its place, emptied of what was dropped.
        const kept = field === 'sources' ? { ...minimalEvent, sources: [] } : minimalEvent;
        expect(result.document.events).to.deep.equal([kept]);
        expect(result.diagnostics.map(brief)).to.deep.equal([{ severity: 'warning', path, code }]);
      });
    }

    it('should treat null in an optional field as absent, without a warning', () => {
      const result = validateTimeline(
        withEvent({ description: null, end: null, media: null, confidence: null, importance: null }),
      );
      expect(result.diagnostics).to.deep.equal([]);
      expect(result.ok && Object.keys(result.document.events[0]!)).to.deep.equal(['id', 'date', 'title']);
    });

    for (const importance of [1, 3, 5]) {
      it(`should keep importance ${importance} without a warning`, () => {
        const result = validateTimeline(withEvent({ importance }));
        expect(result.diagnostics).to.deep.equal([]);
        expect(result.ok && result.document.events).to.deep.equal([{ ...minimalEvent, importance }]);
      });
    }

    it('should leave importance out when it is absent', () => {
      const result = validateTimeline(withEvent({}));
      expect(result.diagnostics).to.deep.equal([]);
      expect(result.ok && result.document.events[0]).to.not.have.property('importance');
    });

    it('should say what importance must be', () => {
      const messages = [2.5, '3'].map(
        (importance) => validateTimeline(withEvent({ importance })).diagnostics[0]?.message,
      );
      expect(messages).to.deep.equal([
        '$.events[0].importance: number 2.5 is not an integer from 1 to 5; the value is ignored',
        '$.events[0].importance: expected an integer from 1 to 5, got the string "3"; the value is ignored',
      ]);
    });

    it('should report a bad importance at the path of its event', () => {
      const events = [
        minimalEvent,
        { ...minimalEvent, id: 'b' },
        { ...minimalEvent, id: 'c', importance: 0 },
      ];
      const result = validateTimeline({ events });
      expect(result.ok && result.document.events.map((event) => event.id)).to.deep.equal(['a', 'b', 'c']);
      expect(result.diagnostics.map(brief)).to.deep.equal([
        { severity: 'warning', path: '$.events[2].importance', code: 'invalid-value' },
      ]);
      expect(result.diagnostics[0]?.id).to.equal('c');
    });

    it('should drop bad entries of a language map and keep the good ones', () => {
      const title = { en: 'A', ko: 3, 'not a tag!': 'x', 'zh-hant': '甲', fr: ' ' };
      const result = validateTimeline(withEvent({ title }));
      expect(result.ok && result.document.events[0]?.title).to.deep.equal({ en: 'A', 'zh-Hant': '甲' });
      expect(result.diagnostics.map(brief)).to.deep.equal([
        { severity: 'warning', path: '$.events[0].title.ko', code: 'wrong-type' },
        { severity: 'warning', path: '$.events[0].title["not a tag!"]', code: 'invalid-language-tag' },
        { severity: 'warning', path: '$.events[0].title.fr', code: 'empty-text' },
      ]);
    });

    it('should keep the safe sources of an event and drop the unsafe one', () => {
      const sources = [
        { url: 'https://example.org/a' },
        { url: 'vbscript:msgbox(1)' },
        { url: 'mailto:press@example.org' },
      ];
      const result = validateTimeline(withEvent({ sources }));
      expect(result.ok && result.document.events[0]?.sources?.map((s) => s.url)).to.deep.equal([
        'https://example.org/a',
        'mailto:press@example.org',
      ]);
    });
  });

  describe('objects that are not plain JSON', () => {
    it('should skip the holes of a sparse events array without a diagnostic', () => {
      const events = [minimalEvent, minimalEvent, { ...minimalEvent, id: 'b' }];
      delete events[1];
      const result = validateTimeline({ events });
      expect(result.ok && result.document.events.map((event) => event.id)).to.deep.equal(['a', 'b']);
      expect(result.diagnostics).to.deep.equal([]);
    });

    it('should read own fields only, and never run an inherited getter', () => {
      class WithGetters {
        get description(): string {
          throw new Error('an inherited getter ran');
        }
        get id(): string {
          throw new Error('an inherited getter ran');
        }
      }
      const inherited = Object.assign(new WithGetters(), { date: '2020', title: 'T' });
      const own = Object.assign(new WithGetters(), { date: '2020', title: 'T' });
      Object.defineProperty(own, 'id', { value: 'own', enumerable: true });
      const result = validateTimeline({ events: [inherited, own] });
      expect(result.ok && result.document.events.map((event) => event.id)).to.deep.equal(['own']);
      expect(result.diagnostics.map(brief)).to.deep.equal([
        { severity: 'error', path: '$.events[0].id', code: 'missing-field' },
      ]);
    });
  });

  describe('hostile keys', () => {
    it('should never touch a prototype through __proto__ or constructor keys', () => {
      const input = JSON.parse(
        '{"events":[{"id":"a","date":"2024","title":{"__proto__":{"polluted":"yes"},"constructor":"x","en":"A"}}],"__proto__":{"polluted":"yes"}}',
      );
      const result = validateTimeline(input);
      expect(({} as Record<string, unknown>)['polluted']).to.equal(undefined);
      expect(result.ok && result.document.events[0]?.title).to.deep.equal({ en: 'A' });
      expect(result.diagnostics.map(brief)).to.deep.include({
        severity: 'warning',
        path: '$.__proto__',
        code: 'unknown-field',
      });
    });
  });

  describe('limits', () => {
    it('should skip an event whose title is longer than the text limit, and drop a long description', () => {
      const long = 'x'.repeat(LIMITS.textLength + 1);
      const result = validateTimeline({
        events: [
          { ...minimalEvent, title: long },
          { ...minimalEvent, id: 'b', description: long },
        ],
      });
      expect(result.ok && result.document.events.map((event) => event.id)).to.deep.equal(['b']);
      expect(result.diagnostics.map(brief)).to.deep.equal([
        { severity: 'error', path: '$.events[0].title', code: 'text-too-long' },
        { severity: 'warning', path: '$.events[1].description', code: 'text-too-long' },
      ]);
    });

    it('should read the first events up to the limit and say how many there were', () => {
      const events = Array.from({ length: LIMITS.events + 2 }, (_, i) => ({
        id: `e${i}`,
        date: '2024',
        title: 'x',
      }));
      const result = validateTimeline({ events });
      expect(result.ok && result.document.events.length).to.equal(LIMITS.events);
      expect(result.diagnostics.map(brief)).to.deep.equal([
        { severity: 'error', path: '$.events', code: 'too-many-events' },
      ]);
      expect(result.diagnostics[0]?.message).to.contain(
        `${LIMITS.events + 2} events; only the first ${LIMITS.events}`,
      );
    });

    it('should reject JSON text nested deeper than the limit, whatever strings it holds', () => {
      const deep = `{"events":[],"x":${'['.repeat(LIMITS.depth)}${']'.repeat(LIMITS.depth)}}`;
      expect(parseTimelineJson(deep).diagnostics.map(brief)).to.deep.equal([
        { severity: 'error', path: '$', code: 'too-deep' },
      ]);
      const shallow = `{"events":[],"title":"${'['.repeat(200)}"}`;
      expect(parseTimelineJson(shallow).ok).to.equal(true);
      expect(nestsDeeperThan('[[["\\"]]]', 3)).to.equal(false);
      expect(nestsDeeperThan('[[[["]"]]]]', 3)).to.equal(true);
    });

    it('should reject JSON text over the size limit without parsing it', () => {
      const huge = `{"events":[],"title":"${'x'.repeat(LIMITS.documentSize)}"}`;
      expect(parseTimelineJson(huge).diagnostics.map(brief)).to.deep.equal([
        { severity: 'error', path: '$', code: 'document-too-large' },
      ]);
    });
  });

  describe('parseTimelineJson', () => {
    it('should reject text that is not JSON, with the parser’s reason', async () => {
      const text = await (await fetch('/data/examples/not-json.json')).text();
      const result = parseTimelineJson(text);
      expect(result.ok).to.equal(false);
      if (result.ok) return;
      expect(result.kind).to.equal('parse');
      expect(result.diagnostics.map(brief)).to.deep.equal([
        { severity: 'error', path: '$', code: 'invalid-json' },
      ]);
      expect(result.diagnostics[0]?.message).to.match(/^\$: the document is not valid JSON \(.+\)$/);
    });

    it('should not accept JSON5 or JavaScript', () => {
      expect(parseTimelineJson("{events: [], 'title': 'x',}").ok).to.equal(false);
      expect(parseTimelineJson('{"events": [NaN]}').ok).to.equal(false);
    });
  });

  describe('the shared sample documents', () => {
    it('should accept the default dataset without a single diagnostic', () => {
      const result = validateTimeline(milestones);
      expect(result.diagnostics).to.deep.equal([]);
      expect(result.ok && result.document.events.length).to.be.at.least(12);
    });

    it('should report every mistake of data/examples/partial-errors.json and keep the three valid events', () => {
      const result = validateTimeline(partialErrors);
      expect(result.ok && result.document.events.map((event) => event.id)).to.deep.equal([
        'valid-day',
        'valid-month',
        'valid-approximate-range',
      ]);
      expect(result.diagnostics.map(brief)).to.deep.equal([
        { severity: 'error', path: '$.events[1].date', code: 'invalid-date' },
        { severity: 'warning', path: '$.events[2].sources[0].url', code: 'unsafe-url' },
        { severity: 'error', path: '$.events[3].id', code: 'missing-field' },
        { severity: 'error', path: '$.events[4].id', code: 'duplicate-id' },
        { severity: 'error', path: '$.events[5]', code: 'event-not-an-object' },
        { severity: 'warning', path: '$.events[6].colour', code: 'unknown-field' },
      ]);
    });

    it('should drop every unsafe URL of data/examples/hostile.json', () => {
      const result = validateTimeline(hostile);
      expect(result.ok).to.equal(true);
      if (!result.ok) return;
      const urls = result.document.events.flatMap((event) => [
        ...(event.sources ?? []).map((source) => source.url),
        ...(event.media ? [event.media.image] : []),
      ]);
      expect(urls).to.have.length(2);
      for (const url of urls) expect(new URL(url).protocol).to.equal('https:');
      const unsafe = result.diagnostics.filter((d) => d.code === 'unsafe-url').map((d) => d.path);
      expect(unsafe).to.have.length(7);
    });
  });
});
