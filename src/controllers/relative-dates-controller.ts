import type { ReactiveControllerHost } from 'lit';
import type { Translation } from '../i18n/index.js';
import type { formatRelativeDate } from '../i18n/relative-date.js';
import { calendarDayOf, parseCalendarDate, type CalendarDate } from '../model/dates.js';

/** The relative-date formatter, loaded on demand: only timelines with `relative-to` need it (1.7 KB gzip). */
let formatter: typeof formatRelativeDate | undefined;
let loading: Promise<unknown> | undefined;

/**
 * Supplies the relative-date formatter up front, for server rendering, which cannot wait for a module to load.
 * @internal
 */
export function provideRelativeDates(format: typeof formatRelativeDate): void {
  formatter = format;
}

/** `relative-to`: "now" (today, in the reader's time zone), a calendar date, or nothing (with a warning). */
export function parseReference(relativeTo: string | undefined): CalendarDate | undefined {
  const value = relativeTo?.trim();
  if (!value) return undefined;
  if (value === 'now') return calendarDayOf(new Date());
  const parsed = parseCalendarDate(value);
  if (parsed.ok) return parsed.date;
  console.warn(`<hk-ai-timeline>: relative-to="${value}" is neither "now" nor a date (2024-12-08); ignored.`);
  return undefined;
}

/**
 * Phrases each event's distance from `relative-to` ("about 10 years earlier"): parses the reference when it
 * changes, and loads the formatter (date-fns `formatDistance` and its words) the first time one is needed, then
 * renders the host again. It needs none of the host's lifecycle callbacks, so it is not added to the host.
 */
export class RelativeDatesController {
  private _value?: string;
  private _reference?: CalendarDate;

  /** The formatter's code loading, for a reference date given before it had loaded; else `undefined`. */
  get pending(): Promise<unknown> | undefined {
    return this._reference && !formatter ? loading : undefined;
  }

  /** The reference date as parsed at the last update, for the time axis's reference line. */
  get reference(): CalendarDate | undefined {
    return this._reference;
  }

  constructor(private readonly _host: ReactiveControllerHost) {}

  /** The formatter for this update, or `undefined`: no reference, or its code still loading. */
  update(relativeTo: string | undefined, t: Translation): ((date: CalendarDate) => string) | undefined {
    if (relativeTo !== this._value) {
      this._value = relativeTo;
      this._reference = parseReference(relativeTo);
    }
    const reference = this._reference;
    if (!reference) return undefined;
    if (!formatter) {
      loading ??= import('../i18n/relative-date.js').then(
        (module) => (formatter = module.formatRelativeDate),
      );
      void loading.then(() => this._host.requestUpdate());
      return undefined;
    }
    const format = formatter;
    return (date) => format(date, reference, t);
  }
}
