import { expect } from '@open-wc/testing';
import { formatCalendarDate, formatDateLabel, TRANSLATIONS } from '../../src/i18n/index.js';
import { parseCalendarDate, type CalendarDate } from '../../src/model/dates.js';

function date(value: string): CalendarDate {
  const parsed = parseCalendarDate(value);
  if (!parsed.ok) throw new Error(`test setup: ${value} should parse`);
  return parsed.date;
}

const label = (language: keyof typeof TRANSLATIONS, start: string, approximate = false, end?: string) =>
  formatDateLabel(
    { date: date(start), approximate, ...(end !== undefined && { end: date(end) }) },
    TRANSLATIONS[language],
    (_date, text) => text,
  ).join('');

describe('date labels', () => {
  // language × precision: the same calendar day in every time zone the suite runs in.
  const cases: [keyof typeof TRANSLATIONS, string, string][] = [
    ['en', '2014', '2014'],
    ['en', '2014-10', 'October 2014'],
    ['en', '2024-10-28', '28 October 2024'],
    ['en', '2011-12-30', '30 December 2011'],
    ['en', '2024-01-01', '1 January 2024'],
    ['en', '2024-12-31', '31 December 2024'],
    ['ko', '2014', '2014년'],
    ['ko', '2014-10', '2014년 10월'],
    ['ko', '2024-10-28', '2024년 10월 28일'],
    ['ko', '2024-12-31', '2024년 12월 31일'],
    ['zh-Hant', '2014', '2014年'],
    ['zh-Hant', '2014-10', '2014年10月'],
    ['zh-Hant', '2024-10-28', '2024年10月28日'],
    ['zh-Hant', '2024-01-01', '2024年1月1日'],
    ['en', '0099-01-05', '5 January 99'],
  ];
  for (const [language, input, expected] of cases) {
    it(`should write ${input} as "${expected}" in ${language}`, () => {
      expect(formatCalendarDate(date(input), TRANSLATIONS[language])).to.equal(expected);
    });
  }

  it('should say an approximate date is approximate, in each language', () => {
    expect(label('en', '2014', true)).to.equal('c. 2014');
    expect(label('ko', '2014', true)).to.equal('2014년경');
    expect(label('zh-Hant', '2014', true)).to.equal('約2014年');
  });

  it('should join a period with each language’s range mark', () => {
    expect(label('en', '2013', false, '2014')).to.equal('2013 – 2014');
    expect(label('ko', '2013', false, '2014')).to.equal('2013년 ~ 2014년');
    expect(label('zh-Hant', '2024-01', false, '2024-06')).to.equal('2024年1月至2024年6月');
    expect(label('en', '2013', true, '2014')).to.equal('c. 2013 – 2014');
  });

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
