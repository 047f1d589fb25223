/**
 * What the time axis takes from the timeline and gives back: its host, its input for each update, and the range it
 * reports. Types only, apart from the axis itself (time-axis.ts).
 */
import type { ReactiveControllerHost } from 'lit';
import type { CalendarDate } from '../../model/dates.js';
import type { TimelineEntry, TimelineEra } from '../../model/normalize.js';
import type { ZoomLevel } from './zoom-steps.js';

export interface TimeAxisHost extends ReactiveControllerHost, HTMLElement {
  readonly renderRoot: HTMLElement | DocumentFragment;
}

/** What the reader's view is: the zoom step nearest to it and the visible period (`2023-01-01/2024-06-30`). */
export interface AxisRange {
  readonly zoom: ZoomLevel;
  readonly period: string;
}

export interface TimeAxisOptions {
  /** The reader moved or zoomed the axis (not called for what the page asked for). */
  readonly rangeChanged: (range: AxisRange) => void;
}

/** What the timeline hands the axis in `willUpdate`. */
export interface AxisInput {
  readonly entries: readonly TimelineEntry[];
  readonly eras: readonly TimelineEra[];
  /** The active and the selected event: rendered even off screen. */
  readonly keep: readonly (string | undefined)[];
  /** The selected event: its label is placed first, so it always has one. */
  readonly pinned?: string | undefined;
  /** The zoom and period the page asked for (`zoom`, `period` attributes). */
  readonly zoom: string | undefined;
  readonly period: string | undefined;
  /** `relative-to`, drawn as a line: its date, its name (`relative-label`), and whether it is today. */
  readonly reference?: {
    readonly date: CalendarDate;
    readonly label?: string | undefined;
    readonly now: boolean;
  };
}
