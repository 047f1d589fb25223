import { expect } from '@open-wc/testing';
import {
  calendarDayOf,
  compareCalendarDates,
  contains,
  middleOf,
  endOf,
  endsBeforeItStarts,
  parseCalendarDate,
  startOf,
  type CalendarDate,
} from '../../src/model/dates.js';

function date(value: string): CalendarDate {
  const parsed = parseCalendarDate(value);
  if (!parsed.ok) throw new Error(`test setup: ${value} should parse`);
  return parsed.date;
}

describe('calendar dates', () => {
  it('should run in one of the time zones the suite covers', () => {
    // Proves the time-zone groups of web-test-runner.config.js took effect.
    const zone = Intl.DateTimeFormat().resolvedOptions().timeZone;
    expect(['UTC', 'Etc/UTC', 'Pacific/Apia', 'America/Los_Angeles', 'Asia/Hong_Kong']).to.include(zone);
  });

  describe('parseCalendarDate', () => {
    const valid: [string, Omit<CalendarDate, 'iso'>][] = [
      ['2014', { year: 2014, month: 1, day: 1, precision: 'year' }],
      ['2014-10', { year: 2014, month: 10, day: 1, precision: 'month' }],
      ['2024-10-28', { year: 2024, month: 10, day: 28, precision: 'day' }],
      ['2024-02-29', { year: 2024, month: 2, day: 29, precision: 'day' }],
      ['2000-02-29', { year: 2000, month: 2, day: 29, precision: 'day' }],
      ['0099-01-05', { year: 99, month: 1, day: 5, precision: 'day' }],
      ['0005', { year: 5, month: 1, day: 1, precision: 'year' }],
      ['2011-12-30', { year: 2011, month: 12, day: 30, precision: 'day' }],
      ['0000', { year: 0, month: 1, day: 1, precision: 'year' }],
      ['-0043-03-15', { year: -43, month: 3, day: 15, precision: 'day' }],
      ['-0044-02-29', { year: -44, month: 2, day: 29, precision: 'day' }],
      ['-2500', { year: -2500, month: 1, day: 1, precision: 'year' }],
    ];
    for (const [input, expected] of valid) {
      it(`should read ${input} at ${expected.precision} precision`, () => {
        expect(parseCalendarDate(input)).to.deep.equal({ ok: true, date: { ...expected, iso: input } });
      });
    }

    const impossible = [
      '2024-02-30',
      '2023-02-29',
      '1900-02-29',
      '2024-13',
      '2024-00',
      '2024-04-31',
      '2024-01-00',
    ];
    for (const input of impossible) {
      it(`should reject ${input} as not on the calendar`, () => {
        expect(parseCalendarDate(input)).to.deep.equal({ ok: false, reason: 'calendar' });
      });
    }

    const malformed = [
      '',
      '14',
      '2014-1',
      '2014-10-1',
      '2014/10/01',
      ' 2014',
      '2014-10-28T00:00',
      '+2014',
      '２０１４',
      '-0000',
      '--2014',
      '2014-',
      '2014-10-',
      '20141',
      '2014-1a',
      '2014_10',
      '2014-10-28 ',
    ];
    for (const input of malformed) {
      it(`should reject ${JSON.stringify(input)} as not a date form`, () => {
        expect(parseCalendarDate(input)).to.deep.equal({ ok: false, reason: 'format' });
      });
    }
  });

  describe('periods', () => {
    it('should start and end a year, a month and a day on the right calendar days in UTC', () => {
      expect(startOf(date('2014')).toISOString()).to.equal('2014-01-01T00:00:00.000Z');
      expect(endOf(date('2014')).toISOString().slice(0, 10)).to.equal('2014-12-31');
      expect(endOf(date('2024-02')).toISOString().slice(0, 10)).to.equal('2024-02-29');
      expect(endOf(date('2024-10-28')).toISOString().slice(0, 10)).to.equal('2024-10-28');
    });

    it('should keep a day that a local time zone skipped (Samoa, 30 December 2011)', () => {
      expect(startOf(date('2011-12-30')).toISOString()).to.equal('2011-12-30T00:00:00.000Z');
    });

    it('should find the middle of a period, and whether a day falls within it', () => {
      expect(middleOf(date('2014')).toISOString().slice(0, 10)).to.equal('2014-07-02');
      expect(middleOf(date('2024-10-28')).toISOString()).to.equal('2024-10-28T00:00:00.000Z');
      expect(contains(date('2024'), date('2024-12-08'))).to.equal(true);
      expect(contains(date('2024-11'), date('2024-12-08'))).to.equal(false);
    });

    it('should read today as the reader’s calendar day', () => {
      expect(calendarDayOf(new Date(2024, 11, 8, 23, 59))).to.deep.equal(date('2024-12-08'));
      expect(calendarDayOf(new Date(2024, 0, 1, 0, 0)).iso).to.equal('2024-01-01');
    });

    it('should start BCE years on the right day', () => {
      expect(startOf(date('-0043-03-15')).toISOString()).to.equal('-000043-03-15T00:00:00.000Z');
    });

    it('should keep years below 100 out of the 1900s', () => {
      expect(startOf(date('0099-01-05')).toISOString()).to.equal('0099-01-05T00:00:00.000Z');
    });

    it('should tell an end before its start from one that overlaps it', () => {
      expect(endsBeforeItStarts(date('2014-10'), date('2014-09-30'))).to.equal(true);
      expect(endsBeforeItStarts(date('2014-10'), date('2014'))).to.equal(false);
      expect(endsBeforeItStarts(date('2013'), date('2014'))).to.equal(false);
      expect(endsBeforeItStarts(date('2024-10-28'), date('2024-10-28'))).to.equal(false);
    });
  });

  describe('compareCalendarDates', () => {
    it('should order by start, less precise first at the same start', () => {
      const values = ['2024-10-28', '2014-10', '2014', '2024', '2014-10-01', '2013', '0099'];
      const sorted = values
        .map(date)
        .sort(compareCalendarDates)
        .map((d) => d.iso);
      expect(sorted).to.deep.equal(['0099', '2013', '2014', '2014-10', '2014-10-01', '2024', '2024-10-28']);
    });
  });
});
