import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../../src/index.js';
import type { HkAiTimeline } from '../../src/components/timeline/timeline.js';
import { formatDateLabel, TRANSLATIONS } from '../../src/i18n/index.js';
import { normalizeTimeline } from '../../src/model/normalize.js';
import { validateTimeline } from '../../src/model/validate.js';
import { harness, settled } from '../helpers/timeline-harness.js';

/** The label an event dated `date` (and `end`) gets in `lang`, through the validator and the model. */
function label(lang: 'en' | 'ko' | 'zh-Hant', date: string, end?: string): string {
  const result = validateTimeline({ events: [{ id: 'a', date, ...(end && { end }), title: 'A' }] });
  if (!result.ok || result.diagnostics.length > 0) throw new Error(JSON.stringify(result.diagnostics));
  const [entry] = normalizeTimeline(result.document).entries;
  return formatDateLabel(entry!, TRANSLATIONS[lang], (_, text) => text).join('');
}

// Every EDTF form the schema takes, labelled in each language. Uncertain is not approximate.
const FORMS: [string, string | undefined, string, string, string][] = [
  ['2014~', undefined, 'c. 2014', '2014년경', '約2014年'],
  ['2014?', undefined, '2014?', '2014년(?)', '2014年（？）'],
  ['2014%', undefined, 'c. 2014?', '약 2014년(?)', '約2014年（？）'],
  ['2014-06?', undefined, 'June 2014?', '2014년 6월(?)', '2014年6月（？）'],
  ['201X', undefined, 'the 2010s', '2010년대', '2010年代'],
  ['19XX', undefined, '20th century', '20세기', '20世紀'],
  ['200X', undefined, 'the 2000s', '2000년대', '2000年代'],
  ['2004-XX', undefined, '2004', '2004년', '2004年'],
  ['1985-04-XX', undefined, 'April 1985', '1985년 4월', '1985年4月'],
  ['2013/2014', undefined, '2013–2014', '2013~2014년', '2013至2014年'],
  [
    '2004-06~/2006-08',
    undefined,
    'c. June 2004 – August 2006',
    '약 2004년 6월~2006년 8월',
    '約2004年6月至2006年8月',
  ],
  ['2014/..', undefined, '2014 –', '2014년~', '2014年起'],
  ['2014/', undefined, '2014 –', '2014년~', '2014年起'],
  ['../1990', undefined, 'until 1990', '1990년까지', '至1990年'],
  ['2014', '2016~', 'c. 2014–2016', '약 2014~2016년', '約2014至2016年'],
];

describe('EDTF dates, labelled in three languages', () => {
  for (const [date, end, en, ko, zh] of FORMS) {
    it(`should label ${date}${end ? ` to ${end}` : ''}`, () => {
      expect([label('en', date, end), label('ko', date, end), label('zh-Hant', date, end)]).to.deep.equal([
        en,
        ko,
        zh,
      ]);
    });
  }

  it('should name the part of a date that is wrong', () => {
    const result = validateTimeline({
      events: [
        { id: 'a', date: '2014-13~', title: 'A' },
        { id: 'b', date: '1X85', title: 'B' },
        { id: 'c', date: '2014', end: '2015/2016', title: 'C' },
        { id: 'd', date: '../..', title: 'D' },
      ],
    });
    expect(result.diagnostics.map((diagnostic) => diagnostic.message)).to.deep.equal([
      '$.events[0].date: "2014-13~": month 13; the event is skipped',
      '$.events[1].date: "1X85": unspecified digits (X) only at the end of the year, as in 201X or 19XX; the event is skipped',
      '$.events[2].end: "2015/2016": only an event\'s date may be an interval; the value is ignored',
      '$.events[3].date: "../..": an interval cannot be open at both ends; the event is skipped',
    ]);
  });

  it('should mark an uncertain date apart from an approximate one, on the list and on the axis', async () => {
    const data = {
      lang: 'en',
      events: [
        { id: 'sure', date: '2010', title: 'Sure' },
        { id: 'about', date: '2012~', title: 'About' },
        { id: 'maybe', date: '2014?', title: 'Maybe' },
        { id: 'decade', date: '201X', title: 'A decade' },
      ],
    };
    for (const layout of ['vertical', 'horizontal']) {
      const el = await fixture<HkAiTimeline>(
        html`<hk-ai-timeline lang="en" layout=${layout}></hk-ai-timeline>`,
      );
      el.data = data;
      await settled(el);
      const view = harness(el);
      await waitUntil(() => view.event('maybe') && view.event('about'), `${layout}: not rendered`);
      const classes = (id: string) =>
        [...view.event(id)!.classList].filter((name) => ['event', 'approximate', 'uncertain'].includes(name));
      expect(classes('maybe'), layout).to.deep.equal(['event', 'uncertain']);
      expect(classes('about'), layout).to.deep.equal(['event', 'approximate']);
      const background = (id: string) =>
        getComputedStyle(view.event(id)!.querySelector('[part="marker"]')!).backgroundImage;
      expect(background('maybe'), layout).to.contain('repeating-linear-gradient');
      expect(background('sure'), layout).to.equal('none');
      expect(view.dateLabels(), layout).to.include.members(['2014?', 'the 2010s']);
    }
  });
});
