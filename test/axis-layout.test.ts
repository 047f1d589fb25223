import { expect } from '@open-wc/testing';
import {
  axisExtent,
  axisTicks,
  type Dated,
  type Extent,
  fractionOf,
  MIN_TICK_SPACING,
  spanOf,
  type Tick,
} from '../src/components/timeline/axis-layout.js';
import { type CalendarDate, parseCalendarDate, utcDay } from '../src/model/dates.js';

const DAY_MS = 86_400_000;
const YEAR_MS = 365.2425 * DAY_MS;

function date(text: string): CalendarDate {
  const parsed = parseCalendarDate(text);
  if (!parsed.ok) throw new Error(`not a calendar date: ${text}`);
  return parsed.date;
}

function dated(start: string, end?: string): Dated {
  return { date: date(start), end: end === undefined ? undefined : date(end) };
}

/** Milliseconds of a UTC calendar day. */
function ms(year: number, month = 1, day = 1): number {
  return utcDay(year, month, day).getTime();
}

/** The pixel distances between consecutive ticks on an axis `width` pixels wide. */
function gaps(ticks: readonly Tick[], width: number): number[] {
  return ticks.slice(1).map((tick, index) => (tick.at - ticks[index]!.at) * width);
}

function expectWithinAxis(ticks: readonly Tick[]): void {
  for (const tick of ticks) expect(tick.at, tick.date.toISOString()).to.be.within(0, 1);
}

describe('axis layout', () => {
  describe('spanOf', () => {
    it('should cover the whole year of a year-precision date, up to the next year', () => {
      const span = spanOf(dated('2014'));
      expect(new Date(span.start).toISOString()).to.equal('2014-01-01T00:00:00.000Z');
      expect(new Date(span.end).toISOString()).to.equal('2015-01-01T00:00:00.000Z');
    });

    it('should cover a whole month and a single day', () => {
      expect(spanOf(dated('2024-02'))).to.deep.equal({ start: ms(2024, 2, 1), end: ms(2024, 3, 1) });
      expect(spanOf(dated('2024-10-28'))).to.deep.equal({ start: ms(2024, 10, 28), end: ms(2024, 10, 29) });
    });

    it('should run a range to the end of its end date’s period', () => {
      expect(spanOf(dated('2013', '2014'))).to.deep.equal({ start: ms(2013), end: ms(2015) });
      expect(spanOf(dated('2023-10-05', '2024-03'))).to.deep.equal({
        start: ms(2023, 10, 5),
        end: ms(2024, 4, 1),
      });
    });
  });

  describe('axisExtent', () => {
    it('should add 3% of room at both ends of a long range', () => {
      const extent = axisExtent([dated('2024-12-31'), dated('2000-01-01'), dated('2010-06-15')].map(spanOf));
      const span = ms(2025) - ms(2000);
      expect(extent.min).to.be.closeTo(ms(2000) - span * 0.03, 1);
      expect(extent.max).to.be.closeTo(ms(2025) + span * 0.03, 1);
    });

    it('should give a single day a year of axis, centred on it', () => {
      const extent = axisExtent([dated('2024-10-28')].map(spanOf));
      expect(extent.max - extent.min).to.be.closeTo(YEAR_MS, 1);
      expect((extent.min + extent.max) / 2).to.be.closeTo(ms(2024, 10, 28) + DAY_MS / 2, 1);
    });

    it('should give an empty list a year of axis', () => {
      const extent = axisExtent([]);
      expect(Number.isFinite(extent.min) && Number.isFinite(extent.max)).to.equal(true);
      expect(extent.max - extent.min).to.be.closeTo(YEAR_MS, 1);
    });
  });

  describe('fractionOf', () => {
    it('should map the start of the axis to 0, its end to 1 and the middle to 0.5', () => {
      const extent: Extent = { min: ms(2000), max: ms(2020) };
      expect(fractionOf(extent.min, extent)).to.equal(0);
      expect(fractionOf(extent.max, extent)).to.equal(1);
      expect(fractionOf((extent.min + extent.max) / 2, extent)).to.equal(0.5);
    });
  });

  describe('axisTicks', () => {
    /** 2000 to 2024, as the default synthetic timeline spans. */
    const decades = axisExtent([dated('2000'), dated('2024-12-31')].map(spanOf));

    it('should put a tick on 1 January (UTC) of every year when years are wide enough', () => {
      const width = 2000;
      const ticks = axisTicks(decades, width);
      expect(ticks.map((tick) => tick.date.getUTCFullYear())).to.deep.equal(
        Array.from({ length: 26 }, (_, index) => 2000 + index),
      );
      for (const tick of ticks) {
        expect(tick.unit).to.equal('year');
        expect(tick.date.getUTCMonth()).to.equal(0);
        expect(tick.date.getUTCDate()).to.equal(1);
        expect(tick.date.getUTCHours()).to.equal(0);
        expect(tick.at).to.be.closeTo(fractionOf(ms(tick.date.getUTCFullYear()), decades), 1e-12);
      }
      expect(Math.min(...gaps(ticks, width))).to.be.at.least(MIN_TICK_SPACING);
      expectWithinAxis(ticks);
    });

    for (const [width, step] of [
      [1000, 2],
      [600, 5],
      [200, 10],
      [100, 20],
    ] as const) {
      it(`should step ${step} years at a time on ${width} pixels, ticks far enough apart`, () => {
        const ticks = axisTicks(decades, width);
        expect(ticks.length).to.be.at.least(2);
        const years = ticks.map((tick) => tick.date.getUTCFullYear());
        for (const year of years) expect(year % step, String(year)).to.equal(0);
        expect(years).to.deep.equal(
          Array.from({ length: years.length }, (_, index) => years[0]! + index * step),
        );
        expect(ticks.every((tick) => tick.unit === 'year')).to.equal(true);
        expect(Math.min(...gaps(ticks, width))).to.be.at.least(MIN_TICK_SPACING);
        expectWithinAxis(ticks);
      });
    }

    it('should never put year ticks closer than MIN_TICK_SPACING, at any width', () => {
      for (let width = 50; width <= 4000; width += 7) {
        const ticks = axisTicks(decades, width);
        if (ticks.some((tick) => tick.unit === 'month')) break;
        const closest = Math.min(...gaps(ticks, width));
        // Steps are chosen for an average year (365.2425 days); a common year is a little shorter.
        expect(closest, `${width} px`).to.be.at.least((MIN_TICK_SPACING * 365) / 365.2425);
      }
    });

    it('should tick every quarter, then every month, as the axis widens', () => {
      const extent = axisExtent([dated('2023'), dated('2024')].map(spanOf));
      const years = (extent.max - extent.min) / YEAR_MS;

      const quarterWidth = years * MIN_TICK_SPACING * 6;
      const quarters = axisTicks(extent, quarterWidth);
      expect(quarters.map((tick) => tick.date.getUTCMonth())).to.include.members([0, 3, 6, 9]);
      for (const tick of quarters) {
        expect(tick.date.getUTCMonth() % 3, tick.date.toISOString()).to.equal(0);
        expect(tick.date.getUTCDate()).to.equal(1);
        expect(tick.unit).to.equal(tick.date.getUTCMonth() === 0 ? 'year' : 'month');
      }
      expect(quarters.filter((tick) => tick.unit === 'year')).to.have.length.at.least(2);
      expect(Math.min(...gaps(quarters, quarterWidth))).to.be.at.least(MIN_TICK_SPACING);
      expectWithinAxis(quarters);

      const monthWidth = years * MIN_TICK_SPACING * 13;
      const months = axisTicks(extent, monthWidth);
      expect(months.length).to.be.greaterThan(quarters.length * 2);
      expect(new Set(months.map((tick) => tick.date.getUTCMonth())).size).to.equal(12);
      for (const [index, tick] of months.entries()) {
        expect(tick.date.getUTCDate()).to.equal(1);
        expect(tick.unit).to.equal(tick.date.getUTCMonth() === 0 ? 'year' : 'month');
        const previous = months[index - 1];
        if (previous) {
          const next = previous.date.getUTCMonth() + 1;
          expect(tick.date.getUTCMonth()).to.equal(next % 12);
        }
      }
      // Months are chosen when an average month (30.44 days) gets MIN_TICK_SPACING: February gets 28/30.44 of it.
      expect(Math.min(...gaps(months, monthWidth))).to.be.at.least((MIN_TICK_SPACING * 28 * 12) / 365.2425);
      expectWithinAxis(months);
    });

    it('should tick BCE years on 1 January too', () => {
      const extent: Extent = { min: ms(-500), max: ms(-400) };
      const ticks = axisTicks(extent, 1000);
      const years = ticks.map((tick) => tick.date.getUTCFullYear());
      expect(years).to.deep.equal(Array.from({ length: 11 }, (_, index) => -500 + index * 10));
      for (const tick of ticks) {
        expect(tick.unit).to.equal('year');
        expect(tick.date.getUTCMonth()).to.equal(0);
        expect(tick.date.getUTCDate()).to.equal(1);
      }
      expect(ticks[0]!.at).to.equal(0);
      expect(ticks.at(-1)!.at).to.equal(1);
      expect(Math.min(...gaps(ticks, 1000))).to.be.at.least(MIN_TICK_SPACING);
      expectWithinAxis(ticks);
    });

    it('should tick months of a BCE year', () => {
      const extent = axisExtent([dated('-0499')].map(spanOf));
      const ticks = axisTicks(extent, 2000);
      expect(ticks.length).to.be.at.least(12);
      expect(ticks.every((tick) => tick.date.getUTCDate() === 1)).to.equal(true);
      const january = ticks.find((tick) => tick.unit === 'year');
      expect(january?.date.getUTCFullYear()).to.equal(-499);
      expectWithinAxis(ticks);
    });
  });

  describe('axisTicks at week and day zoom', () => {
    it('should tick days when a week gets room, labelling the 1st of each month as the month', () => {
      const extent: Extent = { min: ms(2024, 1, 1), max: ms(2025, 1, 1) };
      const pixelsPerDay = 20;
      const width = ((extent.max - extent.min) / DAY_MS) * pixelsPerDay;
      const ticks = axisTicks(extent, width, ms(2024, 2, 20), ms(2024, 3, 10));
      const labels = ticks.map((tick) => `${tick.unit} ${tick.date.toISOString().slice(0, 10)}`);
      // Every 7 days from the 1st (the 1st, 8th, 15th and 22nd), a month tick on the 1st.
      expect(labels).to.include.members(['day 2024-02-22', 'month 2024-03-01', 'day 2024-03-08']);
      expect(labels).to.not.include('day 2024-03-02');
      expect(Math.min(...gaps(ticks, width))).to.be.at.least(MIN_TICK_SPACING);
      expectWithinAxis(ticks);
    });

    it('should tick every day when a day gets room, the last days of a month included', () => {
      const extent: Extent = { min: ms(2000), max: ms(2030) };
      const width = ((extent.max - extent.min) / DAY_MS) * 80;
      const ticks = axisTicks(extent, width, ms(2024, 12, 28), ms(2025, 1, 3));
      const labels = ticks.map((tick) => `${tick.unit} ${tick.date.toISOString().slice(0, 10)}`);
      expect(labels).to.include.members([
        'day 2024-12-29',
        'day 2024-12-30',
        'day 2024-12-31',
        'year 2025-01-01',
        'day 2025-01-02',
        'day 2025-01-03',
      ]);
      // Only the month of `from` onwards, and nothing after `to`: a long axis asks only for what is on screen.
      expect(ticks[0]!.date.toISOString().slice(0, 10)).to.equal('2024-12-01');
      expect(ticks.at(-1)!.date.getTime()).to.be.at.most(ms(2025, 1, 3));
    });
  });
});
