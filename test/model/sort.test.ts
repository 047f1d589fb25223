import { expect } from '@open-wc/testing';
import {
  compareCalendarDates,
  parseCalendarDate,
  sortKey,
  type CalendarDate,
} from '../../src/model/dates.js';

describe('sortKey', () => {
  it('should order every pair of dates exactly as compareCalendarDates does', () => {
    const values = [
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
    const dates = values.map((value) => (parseCalendarDate(value) as { date: CalendarDate }).date);
    for (const a of dates) {
      for (const b of dates) {
        expect(Math.sign(sortKey(a) - sortKey(b)), `${a.iso} vs ${b.iso}`).to.equal(
          Math.sign(compareCalendarDates(a, b)),
        );
      }
    }
  });
});
