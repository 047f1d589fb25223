import { expect } from '@open-wc/testing';
import {
  compareCalendarDates,
  daySortKey,
  parseCalendarDate,
  sortKey,
  utcMilliseconds,
  type CalendarDate,
} from '../../src/model/dates.js';

const VALUES = [
  '-0500',
  '-0043-03-15',
  '0000',
  '0099-01-05',
  '2013',
  '2014',
  '2014-01',
  '2014-01-01',
  '2014-10',
  '2024-02-29',
  '2024-12-31',
  '9999-12-31',
];

const DATES = VALUES.map((value) => (parseCalendarDate(value) as { date: CalendarDate }).date);

for (const [name, key] of [
  ['sortKey', sortKey],
  ['daySortKey', daySortKey],
] as const) {
  describe(name, () => {
    it('should order every pair of dates exactly as compareCalendarDates does', () => {
      for (const a of DATES) {
        for (const b of DATES) {
          expect(Math.sign(key(a) - key(b)), `${a.iso} vs ${b.iso}`).to.equal(
            Math.sign(compareCalendarDates(a, b)),
          );
        }
      }
    });
  });
}

describe('daySortKey', () => {
  // The point of it: a sort of thousands compares integers the engine keeps unboxed, not milliseconds.
  it('should be a small integer for every date from 9999 BCE to 9999', () => {
    for (const iso of ['-9999-01-01', '-0043-03-15', '0000', '2014-10', '9999-12-31']) {
      const key = daySortKey((parseCalendarDate(iso) as { date: CalendarDate }).date);
      expect(Number.isInteger(key) && Math.abs(key) < 2 ** 30, `${iso}: ${key}`).to.equal(true);
    }
  });
});

describe('utcMilliseconds', () => {
  const byDate = (year: number, month: number, day: number) =>
    new Date(0).setUTCFullYear(year, month - 1, day);

  it('should give what a new Date gives, rolling months and days over, in any order of calls', () => {
    const cases: [number, number, number][] = [
      [2024, 2, 29],
      [2023, 2, 29],
      [2024, 13, 1],
      [2024, 0, 1],
      [-43, 3, 15],
      [0, 1, 1],
      [99, 12, 32],
      [9999, 12, 31],
      // Beyond what a Date holds: NaN, and the dates after it unharmed.
      [300_000, 1, 1],
      [1970, 1, 1],
      [-300_000, 1, 1],
      [2014, 10, 28],
    ];
    for (const [year, month, day] of cases) {
      expect(utcMilliseconds(year, month, day), `${year}-${month}-${day}`).to.deep.equal(
        byDate(year, month, day),
      );
    }
  });
});
