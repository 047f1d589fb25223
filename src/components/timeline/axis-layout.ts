/**
 * Where things go on the horizontal time axis: pure arithmetic on milliseconds and pixels, kept apart from the
 * element so it can be tested on its own. Dates are UTC calendar days (see model/dates.ts).
 */
import { eachMonthOfInterval } from 'date-fns/eachMonthOfInterval';
import { eachYearOfInterval } from 'date-fns/eachYearOfInterval';
import { UTCDateMini } from '@date-fns/utc/date/mini';
import { endOf, startOf, utcDay, type CalendarDate } from '../../model/dates.js';

/** Something with a date and an optional end: an event or an era. */
export interface Dated {
  readonly date: CalendarDate;
  readonly end?: CalendarDate | undefined;
}

/** The span of the axis, in milliseconds since the epoch. */
export interface Extent {
  readonly min: number;
  readonly max: number;
}

const DAY_MS = 86_400_000;
const YEAR_MS = 365.2425 * DAY_MS;

/** The first and last instant a dated thing covers: a year-precision date covers the whole year. */
export function spanOf(item: Dated): { start: number; end: number } {
  // endOf gives the last day (at its last millisecond for a year or a month): the span ends as that day ends.
  const last = endOf(item.end ?? item.date);
  const lastDay = utcDay(last.getUTCFullYear(), last.getUTCMonth() + 1, last.getUTCDate());
  return { start: startOf(item.date).getTime(), end: lastDay.getTime() + DAY_MS };
}

/**
 * The axis runs from the earliest start to the latest end of everything on it, with 3% of room at each end so
 * markers do not sit on the edge; a single day still gets a year of axis.
 */
export function axisExtent(items: readonly Dated[]): Extent {
  let min = Infinity;
  let max = -Infinity;
  for (const item of items) {
    const { start, end } = spanOf(item);
    min = Math.min(min, start);
    max = Math.max(max, end);
  }
  if (!Number.isFinite(min)) return { min: 0, max: YEAR_MS };
  const room = Math.max((max - min) * 0.03, YEAR_MS / 2 - (max - min) / 2);
  return { min: min - room, max: max + room };
}

/** Where an instant lies on the axis, from 0 (start) to 1 (end). */
export function fractionOf(ms: number, extent: Extent): number {
  return (ms - extent.min) / (extent.max - extent.min);
}

export interface Tick {
  readonly date: Date;
  /** 0 to 1 along the axis. */
  readonly at: number;
  /** `year`: a labelled year; `month`: a month within a year (labelled when there is room). */
  readonly unit: 'year' | 'month';
}

/** Year steps that read well: every year, every 2, 5, 10, 20, 50… */
const YEAR_STEPS = [1, 2, 5, 10, 20, 50, 100, 200, 500, 1000];
/** The least room a labelled tick needs, in pixels. */
export const MIN_TICK_SPACING = 64;

/**
 * The ticks of an axis `width` pixels wide: months when a month gets at least `MIN_TICK_SPACING` pixels (every
 * 3rd month when a quarter does), else years at the smallest readable step. Dates come from date-fns on UTC days,
 * so the ticks never shift with the reader's time zone.
 */
export function axisTicks(extent: Extent, width: number): Tick[] {
  const pixelsPerYear = (width * YEAR_MS) / (extent.max - extent.min);
  // UTC days from the start of the first year: ticks land on 1 January and on the 1st of months.
  const bounded = {
    start: utcDay(new UTCDateMini(extent.min).getUTCFullYear(), 1, 1),
    end: new UTCDateMini(extent.max),
  };
  if (pixelsPerYear / 4 >= MIN_TICK_SPACING) {
    const everyMonth = pixelsPerYear / 12 >= MIN_TICK_SPACING;
    return eachMonthOfInterval(bounded)
      .filter((date) => everyMonth || date.getUTCMonth() % 3 === 0)
      .map((date) => ({
        date,
        at: fractionOf(date.getTime(), extent),
        unit: date.getUTCMonth() ? 'month' : 'year',
      }))
      .filter((tick) => tick.at >= 0 && tick.at <= 1) as Tick[];
  }
  const step = YEAR_STEPS.find((years) => years * pixelsPerYear >= MIN_TICK_SPACING) ?? 1000;
  return eachYearOfInterval(bounded)
    .filter((date) => date.getUTCFullYear() % step === 0)
    .map((date) => ({ date, at: fractionOf(date.getTime(), extent), unit: 'year' as const }))
    .filter((tick) => tick.at >= 0 && tick.at <= 1);
}

/** A box along the axis, in pixels. */
export interface Span {
  readonly start: number;
  readonly end: number;
}

/**
 * Stacks boxes into lanes so that none overlaps another: each box, in order of start, takes the lowest lane whose
 * last box ended `gap` pixels before it starts (first fit). Returns each box's lane and the number of lanes.
 * Two heaps (lanes in use by end, free lanes by number) keep it O(n log lanes), for tens of thousands of events.
 */
export function stackLanes(spans: readonly Span[], gap = 8): { lanes: number[]; count: number } {
  const order = spans.map((_, index) => index).sort((a, b) => spans[a]!.start - spans[b]!.start || a - b);
  const lanes = new Array<number>(spans.length);
  const busy = new MinHeap<{ end: number; lane: number }>((a, b) => a.end - b.end);
  const free = new MinHeap<number>((a, b) => a - b);
  let count = 0;
  for (const index of order) {
    const { start, end } = spans[index]!;
    while (busy.size > 0 && busy.peek()!.end + gap <= start) free.push(busy.pop()!.lane);
    const lane = free.size > 0 ? free.pop()! : count++;
    lanes[index] = lane;
    busy.push({ end, lane });
  }
  return { lanes, count };
}

/** A binary min-heap. */
class MinHeap<T> {
  private readonly items: T[] = [];
  constructor(private readonly compare: (a: T, b: T) => number) {}

  get size(): number {
    return this.items.length;
  }

  peek(): T | undefined {
    return this.items[0];
  }

  push(item: T): void {
    const items = this.items;
    items.push(item);
    for (let i = items.length - 1; i > 0;) {
      const parent = (i - 1) >> 1;
      if (this.compare(items[i]!, items[parent]!) >= 0) break;
      [items[i], items[parent]] = [items[parent]!, items[i]!];
      i = parent;
    }
  }

  pop(): T | undefined {
    const items = this.items;
    const top = items[0];
    const last = items.pop();
    if (items.length > 0 && last !== undefined) {
      items[0] = last;
      for (let i = 0; ;) {
        const left = 2 * i + 1;
        const right = left + 1;
        let smallest = i;
        if (left < items.length && this.compare(items[left]!, items[smallest]!) < 0) smallest = left;
        if (right < items.length && this.compare(items[right]!, items[smallest]!) < 0) smallest = right;
        if (smallest === i) break;
        [items[i], items[smallest]] = [items[smallest]!, items[i]!];
        i = smallest;
      }
    }
    return top;
  }
}

/** Where an event's card goes on a track `trackWidth` pixels wide. */
export interface Placement {
  /** The card's left edge. */
  readonly x: number;
  /** The marker's offset from the card's left edge (more than 0 only for cards pushed left at the axis's end). */
  readonly marker: number;
  /** The length of the event's period: a bar, or a dot when shorter than one. */
  readonly length: number;
  readonly lane: number;
}

/**
 * Places every event: at its date, its card `cardWidth` wide (kept on the track at the far end), stacked so that
 * no two cards or bars overlap. Pure, so that a long timeline can be placed whole and rendered a window at a time.
 */
export function placeEvents(
  items: readonly Dated[],
  extent: Extent,
  trackWidth: number,
  cardWidth: number,
): { placements: Placement[]; lanes: number } {
  const boxes = items.map((item) => {
    const span = spanOf(item);
    const start = fractionOf(span.start, extent) * trackWidth;
    const length = (fractionOf(span.end, extent) - fractionOf(span.start, extent)) * trackWidth;
    const x = Math.max(0, Math.min(start, trackWidth - cardWidth));
    return { x, marker: start - x, length, start: x, end: Math.max(x + cardWidth, start + length) };
  });
  const { lanes, count } = stackLanes(boxes);
  return {
    placements: boxes.map(({ x, marker, length }, index) => ({ x, marker, length, lane: lanes[index]! })),
    lanes: count,
  };
}

/** What of the track is on screen: pixels across, lanes down. */
export interface AxisView {
  readonly left: number;
  readonly right: number;
  readonly firstLane: number;
  readonly lastLane: number;
}

/**
 * The events to render: those whose card or bar reaches into `view` (widened by `margin` pixels and one lane each
 * way), in order, plus the indexes in `keep` (the focused and the selected event), so focus never lands on nothing.
 */
export function axisWindow(
  placements: readonly Placement[],
  view: AxisView,
  cardWidth: number,
  keep: ReadonlySet<number> = new Set(),
  margin = 200,
): number[] {
  const shown: number[] = [];
  placements.forEach((place, index) => {
    const end = place.x + Math.max(cardWidth, place.marker + place.length);
    const inView =
      end >= view.left - margin &&
      place.x <= view.right + margin &&
      place.lane >= view.firstLane - 1 &&
      place.lane <= view.lastLane + 1;
    if (inView || keep.has(index)) shown.push(index);
  });
  return shown;
}

/** Zoom is 1 (the whole axis fits) up to this, or until the axis is a million pixels wide. */
export const MAX_ZOOM = 512;

export function clampZoom(zoom: number, viewportWidth: number): number {
  return Math.min(Math.max(zoom, 1), MAX_ZOOM, 1_000_000 / Math.max(viewportWidth, 1));
}
