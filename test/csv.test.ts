import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import fc from 'fast-check';
import '../src/index.js';
import type { HkAiTimeline } from '../src/components/timeline/timeline.js';
import { fromCsv, parseTimelineCsv } from '../src/convert/csv.js';
import { fetchTimeline } from '../src/load/fetch-timeline.js';
import type { Diagnostic } from '../src/model/validate.js';
import { harness, settled, text } from './helpers/timeline-harness.js';

const TEMPLATE = '/data/examples/timelinejs-template.csv';
const BROKEN = '/data/examples/csv-broken-rows.csv';

const paths = (items: readonly { path: string }[]) => items.map((item) => item.path);
const timeline = (src: string, lang = 'en') =>
  fixture<HkAiTimeline>(html`<hk-ai-timeline lang=${lang} src=${src}></hk-ai-timeline>`);

/**
 * Answers the given URLs with the given bodies and content types, like a server the test server cannot be (no
 * extension, a foreign host); every other request goes through.
 */
function stubFetch(routes: Record<string, { body: string; type: string }>) {
  const original = window.fetch;
  window.fetch = (input: RequestInfo | URL, init?: RequestInit) => {
    const route = routes[String(input)];
    if (!route) return original.call(window, input, init);
    return Promise.resolve(new Response(route.body, { headers: { 'content-type': route.type } }));
  };
  return () => (window.fetch = original);
}

describe('fromCsv', () => {
  describe('reading CSV', () => {
    it('should read quoted cells with commas, doubled quotes and line breaks', () => {
      const { document, diagnostics } = fromCsv(
        'Year,Headline,category\n2024,"Cyberport, phase 1","The ""big"" one\nsecond line"\n',
      );
      expect(diagnostics).to.deep.equal([]);
      expect(document.events[0]).to.include({
        title: 'Cyberport, phase 1',
        category: 'The "big" one\nsecond line',
      });
    });

    it('should read CRLF line ends and a byte order mark, and match headers whatever their case and spacing', () => {
      const { document, diagnostics } = fromCsv('\uFEFF YEAR ,  headline \r\n2014,A\r\n2023,B\r\n');
      expect(diagnostics).to.deep.equal([]);
      expect(document.events.map((e) => [e.date, e.title])).to.deep.equal([
        ['2014', 'A'],
        ['2023', 'B'],
      ]);
    });

    it('should read semicolon- and tab-separated sheets', () => {
      expect(fromCsv('Year;Headline\n2014;A').document.events[0]?.title).to.equal('A');
      expect(fromCsv('Year\tHeadline\n2014\tA, B').document.events[0]?.title).to.equal('A, B');
    });

    it('should count rows as the spreadsheet does: a quoted line break stays in its row', () => {
      const { diagnostics } = fromCsv('Year,Headline\n2024,"two\nlines"\n,,\nabc,Bad\n');
      expect(paths(diagnostics)).to.deep.equal(['row 4, Year']);
    });

    it('should report a quote that is never closed, and keep the rows before it', () => {
      const { document, diagnostics } = fromCsv('Year,Headline\n2014,A\n2024,"never closed\n2025,C\n');
      expect(document.events.map((e) => e.title)).to.deep.equal(['A']);
      expect(paths(diagnostics)).to.deep.equal(['row 3']);
      expect(diagnostics[0]!.message).to.contain('never closed');
    });

    it('should never throw, whatever the text', () => {
      fc.assert(
        fc.property(
          fc.string({ unit: fc.constantFrom('"', ',', '\n', '\r', 'Year', 'Headline', '2024', '@', 'x') }),
          (text) => {
            const result = fromCsv(`Year,Headline\n${text}`);
            expect(result.rejected).to.equal(false);
            fromCsv(text);
          },
        ),
        { numRuns: 300 },
      );
    });
  });

  describe('columns', () => {
    it('should map TimelineJS columns: dates at their precision, Group, image media with Alt Text', () => {
      const { document } = fromCsv(
        [
          'Year,Month,Day,End Year,End Month,End Day,Headline,Text,Media,Media Caption,Alt Text,Group',
          '2024,12,9,2025,,,AISC,Opens,https://example.org/aisc.jpg,Caption,The centre,Infrastructure',
          '2014,10,,,,,SenseTime,,https://example.org/s.png,The office,,Industry',
        ].join('\n'),
      );
      expect(document.events[0]).to.deep.include({
        date: '2024-12-09',
        end: '2025',
        title: 'AISC',
        description: 'Opens',
        category: 'Infrastructure',
        media: { image: 'https://example.org/aisc.jpg', alt: 'The centre', caption: 'Caption' },
      });
      expect(document.events[1]).to.deep.include({
        date: '2014-10',
        media: { image: 'https://example.org/s.png', alt: 'The office' },
      });
    });

    it('should read our own columns: id, date, end, category, importance, source and source title', () => {
      const { document, diagnostics } = fromCsv(
        [
          'id,date,end,headline,category,importance,source,source title',
          'aisc,2024-12-09,2025-06,AISC,Infrastructure,5,https://chinadailyhk.com/hk/article/599754,HK’s largest AI supercomputing center opens',
          ',-0043-03-15,,Ides of March,,,,',
        ].join('\n'),
      );
      expect(diagnostics).to.deep.equal([]);
      expect(document.events[0]).to.deep.equal({
        id: 'aisc',
        date: '2024-12-09',
        end: '2025-06',
        title: 'AISC',
        category: 'Infrastructure',
        importance: 5,
        sources: [
          {
            url: 'https://chinadailyhk.com/hk/article/599754',
            title: 'HK’s largest AI supercomputing center opens',
          },
        ],
      });
      expect(document.events[1]).to.include({ date: '-0043-03-15', title: 'Ides of March' });
    });

    it('should read per-language columns into language maps, the unlabelled one in `lang`', () => {
      const csv =
        'Year,Headline,Headline@ko,Text@zh-hant,Group\n2014,SenseTime,센스타임 설립,商湯科技成立,Industry';
      const { document, notes } = fromCsv(csv, { lang: 'en' });
      expect(document.lang).to.equal('en');
      expect(document.events[0]).to.deep.include({
        title: { en: 'SenseTime', ko: '센스타임 설립' },
        description: { 'zh-Hant': '商湯科技成立' },
        category: 'Industry',
      });
      expect(notes).to.deep.equal([]);
    });

    it('should take the unlabelled columns as English when there is no lang, and say so', () => {
      const { document, notes } = fromCsv('Year,Headline,Headline@ko\n2014,SenseTime,센스타임 설립');
      expect(document.lang).to.equal(undefined);
      expect(document.events[0]!.title).to.deep.equal({ en: 'SenseTime', ko: '센스타임 설립' });
      expect(notes.map((n) => n.message).join()).to.contain('read as English');
    });

    it('should give a document no lang, and plain strings, when nothing names a language', () => {
      const { document } = fromCsv('Year,Headline\n2014,SenseTime');
      expect(document).to.not.have.property('lang');
      expect(document.events[0]!.title).to.equal('SenseTime');
    });

    it('should accept a sheet whose only headline columns name their language', () => {
      const { document, rejected } = fromCsv('Year,Headline@ko\n2014,센스타임 설립');
      expect(rejected).to.equal(false);
      expect(document.events[0]!.title).to.deep.equal({ ko: '센스타임 설립' });
    });

    it('should not read a column whose language tag is not one, and warn', () => {
      const { document, diagnostics } = fromCsv('Year,Headline,Headline@not_a_tag\n2014,A,B');
      expect(document.events[0]!.title).to.equal('A');
      expect(diagnostics).to.have.length(1);
      expect(diagnostics[0]).to.include({
        severity: 'warning',
        code: 'invalid-language-tag',
        path: 'row 1, Headline@not_a_tag',
      });
    });

    it('should make the title row the document’s title and description, and era rows eras', () => {
      const { document } = fromCsv(
        [
          'Year,End Year,End Month,End Day,Headline,Headline@ko,Text,Type',
          ',,,,Hong Kong AI milestones,홍콩 AI 이정표,<p>From <b>TimelineJS</b></p>,title',
          '2013,2024,12,8,Until the report,보도 이전,,era',
          '2014,,,,SenseTime,센스타임,,',
        ].join('\n'),
      );
      expect(document.title).to.deep.equal({ en: 'Hong Kong AI milestones', ko: '홍콩 AI 이정표' });
      expect(document.description).to.equal('From TimelineJS');
      expect(document.eras).to.deep.equal([
        { title: { en: 'Until the report', ko: '보도 이전' }, date: '2013', end: '2024-12-08' },
      ]);
      expect(document.events.map((e) => e.date)).to.deep.equal(['2014']);
    });

    it('should make stable, readable ids, numbered when two rows would share one', () => {
      const { document } = fromCsv(
        'Year,Month,Headline,id\n2014,10,SenseTime is founded,\n2014,10,SenseTime is founded,\n2024,,Été à Hong Kong,\n2025,,Taken,2025-taken',
      );
      expect(document.events.map((e) => e.id)).to.deep.equal([
        '2014-10-sensetime-is-founded',
        '2014-10-sensetime-is-founded-2',
        '2024-ete-a-hong-kong',
        '2025-taken',
      ]);
    });

    it('should turn a TimelineJS year before the common era into ISO 8601, and say so', () => {
      const { document, notes } = fromCsv('Year,Month,Day,Headline\n-44,3,15,Ides of March');
      expect(document.events[0]!.date).to.equal('-0043-03-15');
      expect(notes).to.deep.include({
        path: 'row 2, Year',
        message: 'the year -44 (44 BCE) is written "-0043" in ISO 8601',
      });
    });
  });

  describe('plain text', () => {
    it('should turn HTML in TimelineJS’s Text and Headline into plain text, and say so', () => {
      const { document, notes } = fromCsv(
        'Year,Headline,Text\n2014,<b>SenseTime</b>,"<p>Formed at Science Park &mdash; see <a href=""https://www.scmp.com/"">SCMP</a>.</p>"',
      );
      expect(document.events[0]).to.include({
        title: 'SenseTime',
        description: 'Formed at Science Park — see SCMP.',
      });
      expect(paths(notes)).to.deep.equal(['row 2, Headline', 'row 2, Text']);
    });

    it('should keep hostile strings as inert plain text', () => {
      const { document } = fromCsv(
        [
          'Year,Headline,Text,category,id',
          '2024,<img src=x onerror=alert(1)>Cyberport,<script>alert(1)</script>Safe,<b onclick=alert(1)>x</b>,"""><svg onload=alert(1)>"',
        ].join('\n'),
      );
      expect(document.events[0]).to.deep.equal({
        id: '"><svg onload=alert(1)>',
        date: '2024',
        title: 'Cyberport',
        description: 'Safe',
        // Our own columns are plain text already: what they say is what shows, as text.
        category: '<b onclick=alert(1)>x</b>',
      });
    });
  });

  describe('notes', () => {
    it('should note each field that does not carry over, at its row and column', () => {
      const { notes } = fromCsv(
        [
          'Year,Month,Day,Time,End Time,Display Date,Headline,Media,Media Credit,Media Thumbnail,Media Caption,Background,Foo',
          '2024,10,28,10:30,11:00,FinTech Week,FSTB policy,https://youtu.be/x,Credit,https://example.org/t.jpg,A caption,#003366,bar',
        ].join('\n'),
      );
      expect(notes).to.deep.equal([
        { path: 'row 1, Foo', message: 'this column is not read' },
        { path: 'row 2, Time', message: 'the time of day is dropped: dates are calendar days' },
        { path: 'row 2, End Time', message: 'the time of day is dropped: dates are calendar days' },
        { path: 'row 2, Display Date', message: 'the display date is replaced by our own date label' },
        { path: 'row 2, Background', message: 'backgrounds are not carried over' },
        { path: 'row 2, Media Thumbnail', message: 'thumbnails are not carried over' },
        // A video is kept as a link, with its caption and credit: its URL is not lost.
        { path: 'row 2, Media', message: 'kept as a link (video), not embedded' },
      ]);
    });
  });

  describe('bad rows', () => {
    const HEADER = 'Year,Month,Day,End Year,End Month,End Day,Headline,date';
    const cases: [row: string, path: string, code: string, message: string][] = [
      ['2024,12,9,abc,,,AISC,', 'row 2, End Year', 'invalid-date-format', '"abc" is not a year'],
      ['2024,13,,,,,A,', 'row 2, Month', 'invalid-date', '"13" is not a month (1 to 12)'],
      ['2024,,30,,,,A,', 'row 2, Day', 'invalid-date', 'a day ("30") needs a month'],
      ['2023,2,29,,,,A,', 'row 2, Day', 'invalid-date', '"29" is not a day of 2023-02'],
      [',10,,,,,A,', 'row 2, Month', 'invalid-date', 'a month ("10") needs a year'],
      ['2024,Oct,,,,,A,', 'row 2, Month', 'invalid-date-format', '"Oct" is not a month (1 to 12)'],
      ['2024,,,,13,,A,', 'row 2, End Month', 'invalid-date', 'a month ("13") needs a year'],
      ['12000,,,,,,A,', 'row 2, Year', 'invalid-date', 'is beyond ±9999'],
      [',,,,,,A,2024/10/28', 'row 2, date', 'invalid-date-format', 'an interval has one "/"'],
      [',,,,,,A,2023-02-29', 'row 2, date', 'invalid-date', 'is not a real calendar date'],
      [',,,,,,A,', 'row 2, date', 'missing-field', 'it has no date'],
      ['2024,,,,,,,', 'row 2, Headline', 'missing-field', 'it has no headline'],
    ];
    for (const [row, path, code, message] of cases) {
      it(`should skip ${JSON.stringify(row)}, naming ${path}`, () => {
        const { document, diagnostics } = fromCsv(`${HEADER}\n${row}\n2014,10,,,,,Good,`);
        expect(document.events.map((e) => e.title)).to.deep.equal(['Good']);
        expect(diagnostics).to.have.length(1);
        expect(diagnostics[0]).to.include({ severity: 'error', path, code });
        expect(diagnostics[0]!.message)
          .to.contain(`${path}: `)
          .and.contain(message)
          .and.contain('the row is skipped');
      });
    }

    it('should read a year written with a thousands separator', () => {
      expect(fromCsv('Year,Headline\n"2,014",A').document.events[0]!.date).to.equal('2014');
    });

    it('should ignore completely empty rows, but not a row with text and neither date nor headline', () => {
      const { diagnostics } = fromCsv('Year,Headline,Text\n,,\n   ,,\n,,Only text\n');
      expect(diagnostics).to.have.length(1);
      expect(diagnostics[0]).to.include({ path: 'row 4', code: 'missing-field' });
    });

    it('should name the id of a skipped row that has one', () => {
      const { diagnostics } = fromCsv('Year,Headline,id\nabc,A,my-id');
      expect(diagnostics[0]).to.include({ id: 'my-id' });
    });
  });

  describe('not a spreadsheet', () => {
    const cases: [what: string, text: string, message: string][] = [
      ['empty text', ' \n', 'the spreadsheet is empty'],
      ['JSON', '{"events": []}', 'no Year or date column and no Headline column'],
      ['an HTML page', '<!doctype html><title>Sign in</title>', 'HTML page, not CSV'],
      ['a sheet without headlines', 'Year,Text\n2014,A', 'no Headline column'],
    ];
    for (const [what, input, message] of cases) {
      it(`should reject ${what} with an empty document and one diagnostic`, () => {
        const result = fromCsv(input);
        expect(result.rejected).to.equal(true);
        expect(result.document).to.deep.equal({ events: [] });
        expect(result.diagnostics).to.have.length(1);
        expect(result.diagnostics[0]!.severity).to.equal('error');
        expect(result.diagnostics[0]!.message).to.contain(message);
        expect(parseTimelineCsv(input)).to.include({ ok: false, kind: 'parse' });
      });
    }
  });

  describe('parseTimelineCsv', () => {
    it('should validate the document and name the validator’s findings by row and column', () => {
      const result = parseTimelineCsv(
        [
          'Year,End Year,Headline,Headline@ko,id,source',
          '2014,,A,가,a,javascript:alert(1)',
          '2024,2020,B,나,b,',
          '2025,,C,다,a,',
          'abc,,D,라,d,',
        ].join('\n'),
      );
      expect(result.ok).to.equal(true);
      expect(result.diagnostics.map((d) => [d.path, d.code])).to.deep.equal([
        ['row 5, Year', 'invalid-date-format'],
        ['row 2, source', 'unsafe-url'],
        ['row 3, End Year', 'end-before-date'],
        ['row 4, id', 'duplicate-id'],
      ]);
      for (const diagnostic of result.diagnostics) expect(diagnostic.message).to.match(/^row \d, /);
      if (result.ok) expect(result.document.events.map((e) => e.id)).to.deep.equal(['a', 'b']);
    });
  });
});

describe('<hk-ai-timeline> with a CSV src', () => {
  let restore: (() => void) | undefined;
  afterEach(() => {
    restore?.();
    restore = undefined;
  });

  it('should show every event of a TimelineJS template in Korean, from its @ko columns', async () => {
    const el = await timeline(TEMPLATE, 'ko');
    const { detail } = await oneEvent(el, 'hk-ai-load');
    expect(detail.count).to.equal(5);
    expect(detail.diagnostics).to.deep.equal([]);
    expect(harness(el).titles()).to.deep.equal([
      '센스타임, 홍콩에서 창업',
      '홍콩 생성형 AI 연구개발센터(HKGAI) 설립',
      '시스코·사이버포트, 양해각서(MOU) 체결',
      '재경사무국고국, 금융시장의 책임 있는 AI 응용 정책 선언 발표',
      '사이버포트 AI 슈퍼컴퓨팅센터 1기 가동',
    ]);
    expect(text(el.shadowRoot!.querySelector('[part~="heading"]'))).to.equal('홍콩 인공지능(AI) 주요 이정표');
  });

  it('should show the same template in English, from its unlabelled columns', async () => {
    const el = await timeline(TEMPLATE, 'en');
    await oneEvent(el, 'hk-ai-load');
    expect(harness(el).titles()).to.deep.equal([
      'SenseTime is founded in Hong Kong',
      'Hong Kong Generative AI Research and Development Center (HKGAI) is set up',
      'Cisco and Cyberport sign an MOU',
      'FSTB policy statement on responsible AI in finance',
      'Cyberport AI Supercomputing Centre phase 1 opens',
    ]);
    expect(harness(el).ids()[0]).to.equal('2014-10-sensetime-is-founded-in-hong-kong');
  });

  it('should show the good rows of a broken sheet and name the bad rows and columns', async () => {
    const el = await timeline(BROKEN);
    const { detail } = await oneEvent(el, 'hk-ai-load');
    expect(harness(el).ids()).to.deep.equal([
      'sensetime-founded',
      '2019-11-smartmore-is-founded',
      'fstb-policy-statement',
    ]);
    const messages = (detail.diagnostics as Diagnostic[]).map((d) => d.message);
    expect(messages[0]).to.equal('row 3, Month: "13" is not a month (1 to 12); the row is skipped');
    expect(messages[1]).to.equal('row 4, End Year: "abc" is not a year; the row is skipped');
    expect(messages[2]).to.equal('row 6, Day: a day ("30") needs a month; the row is skipped');
    expect(messages[3]).to.contain('row 8, source: "javascript:alert(1)"');
    expect(el.diagnostics).to.deep.equal(detail.diagnostics);
    const problems = text(harness(el).diagnostics());
    for (const cell of ['row 3, Month', 'row 4, End Year', 'row 6, Day', 'row 8, source']) {
      expect(problems).to.contain(cell);
    }
    // The javascript: source was dropped, not linked.
    expect(
      harness(el)
        .links()
        .some((a) => a.href.startsWith('javascript:')),
    ).to.equal(false);
  });

  it('should read CSV served as text/csv from an address without .csv', async () => {
    const response = await fetch(TEMPLATE);
    restore = stubFetch({
      '/sheets/milestones': { body: await response.text(), type: 'text/csv; charset=utf-8' },
    });
    const el = await timeline('/sheets/milestones');
    const { detail } = await oneEvent(el, 'hk-ai-load');
    expect(detail.count).to.equal(5);
  });

  it('should read a published Google Sheet (output=csv) even when its content type says nothing', async () => {
    const sheet = 'https://docs.google.com/spreadsheets/d/e/2PACX-test/pub?gid=0&single=true&output=csv';
    restore = stubFetch({ [sheet]: { body: 'Year,Headline\n2024,From a sheet', type: 'text/plain' } });
    const el = await timeline(sheet);
    await oneEvent(el, 'hk-ai-load');
    expect(harness(el).titles()).to.deep.equal(['From a sheet']);
  });

  it('should believe a server that answers JSON, whatever the address says', async () => {
    const json = JSON.stringify({ events: [{ id: 'j', date: '2024', title: 'JSON' }] });
    restore = stubFetch({ '/api/timeline.csv': { body: json, type: 'application/json' } });
    const el = await timeline('/api/timeline.csv');
    await oneEvent(el, 'hk-ai-load');
    expect(harness(el).ids()).to.deep.equal(['j']);
  });

  it('should show hostile cells as text, never as markup', async () => {
    restore = stubFetch({
      '/hostile.csv': {
        body: 'Year,Headline,category\n2024,<img src=x onerror=alert(1)>Cyberport,<img src=y onerror=alert(2)>',
        type: 'text/csv',
      },
    });
    const el = await timeline('/hostile.csv');
    await oneEvent(el, 'hk-ai-load');
    expect(harness(el).titles()).to.deep.equal(['Cyberport']);
    expect(el.shadowRoot!.querySelector('img, script')).to.equal(null);
    expect(text(harness(el).events()[0])).to.contain('<img src=y onerror=alert(2)>');
  });

  it('should load a sheet whose every row is bad as an empty timeline with its problems', async () => {
    restore = stubFetch({ '/all-bad.csv': { body: 'Year,Headline\nabc,A\n2024,\n', type: 'text/csv' } });
    const el = await timeline('/all-bad.csv');
    const { detail } = await oneEvent(el, 'hk-ai-load');
    expect(detail.count).to.equal(0);
    expect(el.status).to.equal('empty');
    expect(paths(detail.diagnostics)).to.deep.equal(['row 2, Year', 'row 3, Headline']);
    expect(text(harness(el).diagnostics())).to.contain('row 2, Year');
  });

  it('should fail to parse, with a clear message, a .csv that is not a spreadsheet', async () => {
    restore = stubFetch({
      '/not-a-sheet.csv': { body: '<!doctype html><title>Sign in</title>', type: 'text/html' },
      '/no-headline.csv': { body: 'Year,Text\n2024,x', type: 'text/csv' },
    });
    const el = await timeline('/not-a-sheet.csv');
    const { detail } = await oneEvent(el, 'hk-ai-error');
    expect(detail.kind).to.equal('parse');
    expect(detail.message).to.contain('HTML page, not CSV');
    el.src = '/no-headline.csv';
    const second = await oneEvent(el, 'hk-ai-error');
    expect(second.detail.message).to.contain('no Headline column');
    await settled(el);
    expect(text(harness(el).alert())).to.contain('no Headline column');
  });

  it('should keep the byte cap for CSV bodies', async () => {
    restore = stubFetch({
      '/big.csv': { body: `Year,Headline\n${'2024,A\n'.repeat(20_000)}`, type: 'text/csv' },
    });
    const result = await fetchTimeline('/big.csv', { maxBytes: 100_000 });
    expect(!result.ok && result.failure.diagnostics[0]?.code).to.equal('document-too-large');
  });
});
