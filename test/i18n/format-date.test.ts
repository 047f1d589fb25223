import { DISTANCE_LOCALES, formatRelativeDate } from '../../src/i18n/relative-date.js';
import { expect } from '@open-wc/testing';
import { formatCalendarDate, formatDateLabel, TRANSLATIONS } from '../../src/i18n/index.js';
import { dateFormatter } from '../../src/i18n/date-patterns.js';
import { parseCalendarDate, type CalendarDate, type DatePrecision } from '../../src/model/dates.js';
import type { SupportedLanguage } from '../../src/model/languages.js';

function date(value: string): CalendarDate {
  const parsed = parseCalendarDate(value);
  if (!parsed.ok) throw new Error(`test setup: ${value} should parse`);
  return parsed.date;
}

const label = (language: SupportedLanguage, start: string, approximate = false, end?: string) =>
  formatDateLabel(
    { date: date(start), approximate, ...(end !== undefined && { end: date(end) }) },
    TRANSLATIONS[language],
    (_date, text) => text,
  ).join('');

/** Each language's words for a date at each precision, in the common era and before it. */
const WRITTEN: Record<
  SupportedLanguage,
  Record<'ce' | 'bce' | 'ceEnd' | 'bceEnd', Record<DatePrecision, string>>
> = {
  en: {
    ce: { year: '2014', month: 'October 2014', day: '28 October 2014' },
    ceEnd: { year: '2015', month: 'January 2015', day: '2 January 2015' },
    bce: { year: '44 BC', month: 'March 44 BC', day: '15 March 44 BC' },
    bceEnd: { year: '43 BC', month: 'April 43 BC', day: '1 April 43 BC' },
  },
  ko: {
    ce: { year: '2014년', month: '2014년 10월', day: '2014년 10월 28일' },
    ceEnd: { year: '2015년', month: '2015년 1월', day: '2015년 1월 2일' },
    bce: { year: '기원전 44년', month: '기원전 44년 3월', day: '기원전 44년 3월 15일' },
    bceEnd: { year: '기원전 43년', month: '기원전 43년 4월', day: '기원전 43년 4월 1일' },
  },
  'zh-Hant': {
    ce: { year: '2014年', month: '2014年10月', day: '2014年10月28日' },
    ceEnd: { year: '2015年', month: '2015年1月', day: '2015年1月2日' },
    bce: { year: '公元前44年', month: '公元前44年3月', day: '公元前44年3月15日' },
    bceEnd: { year: '公元前43年', month: '公元前43年4月', day: '公元前43年4月1日' },
  },
};
const INPUT = {
  ce: { year: '2014', month: '2014-10', day: '2014-10-28' },
  ceEnd: { year: '2015', month: '2015-01', day: '2015-01-02' },
  bce: { year: '-0043', month: '-0043-03', day: '-0043-03-15' },
  bceEnd: { year: '-0042', month: '-0042-04', day: '-0042-04-01' },
} as const;
/** How each language marks one approximate date. */
const APPROXIMATE: Record<SupportedLanguage, (text: string) => string> = {
  en: (text) => `c. ${text}`,
  ko: (text) => `${text}경`,
  'zh-Hant': (text) => `約${text}`,
};

/**
 * Periods at every pair of precisions, each saying once what its dates share: [start, end, en, ko, zh-Hant].
 * en: an en dash, unspaced between bare numbers (British style); ko: an unspaced "~"; zh-Hant: "至".
 */
const PERIODS: [string, string, string, string, string][] = [
  // year – year
  ['2013', '2014', '2013–2014', '2013~2014년', '2013至2014年'],
  // month – month, same year and different years
  ['2024-02', '2024-05', 'February – May 2024', '2024년 2월~5월', '2024年2月至5月'],
  ['2024-11', '2025-02', 'November 2024 – February 2025', '2024년 11월~2025년 2월', '2024年11月至2025年2月'],
  // day – day: same month, different months, different years, and the same day of different months
  ['0622-08-09', '0622-08-23', '9–23 August 622', '622년 8월 9일~23일', '622年8月9日至23日'],
  [
    '2024-08-01',
    '2024-09-03',
    '1 August – 3 September 2024',
    '2024년 8월 1일~9월 3일',
    '2024年8月1日至9月3日',
  ],
  [
    '2024-12-30',
    '2025-01-02',
    '30 December 2024 – 2 January 2025',
    '2024년 12월 30일~2025년 1월 2일',
    '2024年12月30日至2025年1月2日',
  ],
  [
    '2024-08-01',
    '2024-09-01',
    '1 August – 1 September 2024',
    '2024년 8월 1일~9월 1일',
    '2024年8月1日至9月1日',
  ],
  [
    '2024-03-01',
    '2025-03-01',
    '1 March 2024 – 1 March 2025',
    '2024년 3월 1일~2025년 3월 1일',
    '2024年3月1日至2025年3月1日',
  ],
  // mixed precisions: each date in full, even in the same year
  ['2013', '2014-06', '2013 – June 2014', '2013년~2014년 6월', '2013年至2014年6月'],
  ['2013', '2014-06-01', '2013 – 1 June 2014', '2013년~2014년 6월 1일', '2013年至2014年6月1日'],
  [
    '2014-10',
    '2015-01-02',
    'October 2014 – 2 January 2015',
    '2014년 10월~2015년 1월 2일',
    '2014年10月至2015年1月2日',
  ],
  ['2014-06-01', '2014', '1 June 2014 – 2014', '2014년 6월 1일~2014년', '2014年6月1日至2014年'],
  // before the common era: a shared era said once where the dates share their year or are bare years
  ['-0043', '-0042', '44–43 BC', '기원전 44~43년', '公元前44至43年'],
  ['-0043-03', '-0043-06', 'March – June 44 BC', '기원전 44년 3월~6월', '公元前44年3月至6月'],
  [
    '-0043-03',
    '-0042-04',
    'March 44 BC – April 43 BC',
    '기원전 44년 3월~기원전 43년 4월',
    '公元前44年3月至公元前43年4月',
  ],
  ['-0043-03-01', '-0043-03-15', '1–15 March 44 BC', '기원전 44년 3월 1일~15일', '公元前44年3月1日至15日'],
  [
    '-0043-03-15',
    '-0043-04-01',
    '15 March – 1 April 44 BC',
    '기원전 44년 3월 15일~4월 1일',
    '公元前44年3月15日至4月1日',
  ],
  [
    '-0043-03-15',
    '-0042-04-01',
    '15 March 44 BC – 1 April 43 BC',
    '기원전 44년 3월 15일~기원전 43년 4월 1일',
    '公元前44年3月15日至公元前43年4月1日',
  ],
  // from BCE into CE: both eras named
  ['-0043', '0014', '44 BC – 14 AD', '기원전 44년~서기 14년', '公元前44年至公元14年'],
  [
    '0000-12',
    '0001-01',
    'December 1 BC – January 1 AD',
    '기원전 1년 12월~서기 1년 1월',
    '公元前1年12月至公元1年1月',
  ],
  // years below 100 are not read as 19xx
  ['0099-01-05', '0099-01-09', '5–9 January 99', '99년 1월 5일~9일', '99年1月5日至9日'],
];

/** An approximate period: the approximation covers all of it. */
const APPROXIMATE_PERIODS: [string, string, string, string, string][] = [
  ['2013', '2014', 'c. 2013–2014', '약 2013~2014년', '約2013至2014年'],
  ['2024-02', '2024-05', 'c. February – May 2024', '약 2024년 2월~5월', '約2024年2月至5月'],
  ['0622-08-09', '0622-08-23', 'c. 9–23 August 622', '약 622년 8월 9일~23일', '約622年8月9日至23日'],
  ['-0043', '-0042', 'c. 44–43 BC', '약 기원전 44~43년', '約公元前44至43年'],
];

describe('date labels', () => {
  // language × precision × approximate × era; the file also runs in four time zones.
  for (const language of ['en', 'ko', 'zh-Hant'] as const) {
    for (const precision of ['year', 'month', 'day'] as const) {
      for (const era of ['ce', 'bce'] as const) {
        const one = WRITTEN[language][era][precision];
        it(`${language} · ${precision} · ${era}: "${one}", "${APPROXIMATE[language](one)}"`, () => {
          expect(label(language, INPUT[era][precision])).to.equal(one);
          expect(label(language, INPUT[era][precision], true)).to.equal(APPROXIMATE[language](one));
          const endEra = era === 'ce' ? 'ceEnd' : 'bceEnd';
          expect(label(language, INPUT[endEra][precision])).to.equal(WRITTEN[language][endEra][precision]);
        });
      }
    }
  }

  for (const [table, approximate] of [
    [PERIODS, false],
    [APPROXIMATE_PERIODS, true],
  ] as const) {
    for (const [start, end, ...expected] of table) {
      it(`should write ${approximate ? 'about ' : ''}${start} to ${end} as ${expected.map((e) => `"${e}"`).join(', ')}`, () => {
        expect(
          (['en', 'ko', 'zh-Hant'] as const).map((language) => label(language, start, approximate, end)),
        ).to.deep.equal(expected);
      });
    }
  }

  const edges: [SupportedLanguage, string, string][] = [
    ['en', '2011-12-30', '30 December 2011'],
    ['en', '2024-01-01', '1 January 2024'],
    ['en', '2024-12-31', '31 December 2024'],
    ['ko', '2024-12-31', '2024년 12월 31일'],
    ['zh-Hant', '2024-01-01', '2024年1月1日'],
    ['en', '0099-01-05', '5 January 99'],
    ['ko', '0999', '999년'],
    ['en', '0000', '1 BC'],
    ['zh-Hant', '0001', '1年'],
  ];
  for (const [language, input, expected] of edges) {
    it(`should write ${input} as "${expected}" in ${language}`, () => {
      expect(formatCalendarDate(date(input), TRANSLATIONS[language])).to.equal(expected);
    });
  }

  it('should not show an end equal to the start as a period', () => {
    expect(label('en', '2024-10-28', false, '2024-10-28')).to.equal('28 October 2024');
  });

  const parts = (language: SupportedLanguage, start: string, end: string, approximate = false) =>
    formatDateLabel(
      { date: date(start), end: date(end), approximate },
      TRANSLATIONS[language],
      (d, text) => ({
        datetime: d.iso,
        text,
      }),
    );

  it('should hand each date to the wrapper with its own precision', () => {
    expect(parts('en', '2013', '2014-06')).to.deep.equal([
      { datetime: '2013', text: '2013' },
      ' – ',
      { datetime: '2014-06', text: 'June 2014' },
    ]);
  });

  it('should keep one part per date when they share text, the shared text with the date it is written beside', () => {
    expect(parts('en', '0622-08-09', '0622-08-23')).to.deep.equal([
      { datetime: '0622-08-09', text: '9' },
      '–',
      { datetime: '0622-08-23', text: '23 August 622' },
    ]);
    expect(parts('ko', '0622-08-09', '0622-08-23')).to.deep.equal([
      { datetime: '0622-08-09', text: '622년 8월 9일' },
      '~',
      { datetime: '0622-08-23', text: '23일' },
    ]);
    expect(parts('zh-Hant', '2013', '2014', true)).to.deep.equal([
      '約',
      { datetime: '2013', text: '2013' },
      '至',
      { datetime: '2014', text: '2014年' },
    ]);
    expect(parts('ko', '2013', '2014', true)).to.deep.equal([
      '약 ',
      { datetime: '2013', text: '2013' },
      '~',
      { datetime: '2014', text: '2014년' },
    ]);
  });
});

describe('relative dates', () => {
  it('should word distances with the date-fns locale of each language: British English and Hong Kong Chinese', () => {
    expect(
      Object.entries(DISTANCE_LOCALES).map(([language, locale]) => [language, locale.code]),
    ).to.deep.equal([
      ['en', 'en-GB'],
      ['ko', 'ko'],
      ['zh-Hant', 'zh-HK'],
    ]);
  });

  const report = date('2024-12-08');
  const relative = (language: SupportedLanguage, value: string, reference = report) =>
    formatRelativeDate(date(value), reference, TRANSLATIONS[language]);

  it('should say SenseTime’s founding was about 10 years before the report, as the report does', () => {
    expect(relative('en', '2014-10')).to.equal('about 10 years earlier');
    expect(relative('ko', '2014-10')).to.equal('약 10년 전');
    expect(relative('zh-Hant', '2014-10')).to.equal('大約 10 年前');
  });

  it('should measure a year from its middle, not from 1 January ("almost 11 years")', () => {
    expect(relative('en', '2014')).to.equal('over 10 years earlier');
  });

  it('should say later for events after the reference', () => {
    expect(relative('en', '2024-12-09')).to.equal('1 day later');
    expect(relative('ko', '2025-02-25')).to.equal('3개월 후');
    expect(relative('zh-Hant', '2025-02-25')).to.equal('3 個月後');
  });

  it('should say "at the same time" when the reference falls within the event’s period', () => {
    expect(relative('en', '2024-12')).to.equal('at the same time');
    expect(relative('ko', '2024-12-08')).to.equal('같은 시기');
    expect(relative('zh-Hant', '2024')).to.equal('同一時期');
  });

  it('should measure across the era boundary', () => {
    expect(relative('en', '-0043-03-15', date('0001-03-15'))).to.equal('about 44 years earlier');
  });
});

describe('the built-in languages write dates as Intl.DateTimeFormat does, without it', () => {
  // What each built-in language's dates are checked against: the locale and era width Intl would be given.
  const INTL = { en: ['en-GB', 'short'], ko: ['ko', 'long'], 'zh-Hant': ['zh-HK', 'long'] } as const;
  const years = [-2999, -500, -43, -1, 0, 1, 14, 99, 100, 622, 1000, 1582, 1999, 2000, 2024, 2100, 9999];
  const days = [1, 2, 9, 10, 15, 28, 29, 30, 31];

  for (const [language, [locale, era]] of Object.entries(INTL) as [
    SupportedLanguage,
    (typeof INTL)['en'],
  ][]) {
    it(`should match Intl (${locale}) at every precision, with and without the era, in ${language}`, () => {
      const intl = dateFormatter(locale, era);
      const ours = TRANSLATIONS[language].formatDate;
      const differences: string[] = [];
      for (const year of years)
        for (let month = 0; month < 12; month += 1)
          for (const day of days) {
            const at = new Date(0);
            at.setUTCFullYear(year, month, day);
            if (at.getUTCMonth() !== month) continue;
            for (const precision of ['year', 'month', 'day'] as const)
              for (const withEra of [false, true]) {
                const [expected, actual] = [intl(at, precision, withEra), ours(at, precision, withEra)];
                if (expected !== actual)
                  differences.push(`${at.toISOString()} ${precision} ${withEra}: ${actual} ≠ ${expected}`);
              }
          }
      expect(differences.slice(0, 5)).to.deep.equal([]);
    });
  }
});
