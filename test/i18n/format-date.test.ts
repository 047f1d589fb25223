import { DISTANCE_LOCALES, formatRelativeDate } from '../../src/i18n/relative-date.js';
import { expect } from '@open-wc/testing';
import { formatCalendarDate, formatDateLabel, TRANSLATIONS } from '../../src/i18n/index.js';
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
/** How each language marks an approximate date and joins a period. */
const APPROXIMATE: Record<SupportedLanguage, (text: string) => string> = {
  en: (text) => `c. ${text}`,
  ko: (text) => `${text}경`,
  'zh-Hant': (text) => `約${text}`,
};
const RANGE: Record<SupportedLanguage, (a: string, b: string) => string> = {
  en: (a, b) => `${a} – ${b}`,
  ko: (a, b) => `${a} ~ ${b}`,
  'zh-Hant': (a, b) => `${a}至${b}`,
};

describe('date labels', () => {
  // language × precision × approximate × range × era; the file also runs in four time zones.
  for (const language of ['en', 'ko', 'zh-Hant'] as const) {
    for (const precision of ['year', 'month', 'day'] as const) {
      for (const era of ['ce', 'bce'] as const) {
        const endEra = era === 'ce' ? 'ceEnd' : 'bceEnd';
        const start = INPUT[era][precision];
        const end = INPUT[endEra][precision];
        const one = WRITTEN[language][era][precision];
        const period = RANGE[language](one, WRITTEN[language][endEra][precision]);
        it(`${language} · ${precision} · ${era}: "${one}", "${APPROXIMATE[language](one)}", "${period}"`, () => {
          expect(label(language, start)).to.equal(one);
          expect(label(language, start, true)).to.equal(APPROXIMATE[language](one));
          expect(label(language, start, false, end)).to.equal(period);
          expect(label(language, start, true, end)).to.equal(APPROXIMATE[language](period));
        });
      }
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

  it('should hand each date to the wrapper with its own precision', () => {
    const parts = formatDateLabel(
      { date: date('2013'), end: date('2014-06'), approximate: false },
      TRANSLATIONS.en,
      (d, text) => ({ datetime: d.iso, text }),
    );
    expect(parts).to.deep.equal([
      { datetime: '2013', text: '2013' },
      ' – ',
      { datetime: '2014-06', text: 'June 2014' },
    ]);
  });
});

describe('relative dates', () => {
  it('should use the same date-fns locale as each translation', () => {
    for (const language of ['en', 'ko', 'zh-Hant'] as const) {
      expect(DISTANCE_LOCALES[language].code).to.equal(TRANSLATIONS[language].dateLocale.code);
    }
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
