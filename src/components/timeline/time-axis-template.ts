/**
 * The time axis's template: the zoom steps, the overview strip, the scrolling track (eras, ticks, the reference
 * line, labels in lanes, markers and bars on the axis band, clusters) and the selected event's card, as a pure
 * function of the axis's state and the timeline's view. Part of the axis's chunk, loaded on demand.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { formatCalendarDate, formatDateLabel, type AxisWords, type Translation } from '../../i18n/index.js';
import { UTCDateMini } from '@date-fns/utc/date/mini';
import { calendarDayOf, type CalendarDate, type DatePrecision } from '../../model/dates.js';
import type { AxisLabelLayout, AxisStop, PlacedCluster, PlacedLabel } from './axis-labels.js';
import { fractionOf, spanOf, type Extent, type Tick } from './axis-layout.js';
import type { AxisPointer } from './axis-pointer.js';
import {
  eventClass,
  renderCard,
  renderDateLabel,
  text,
  type TimelineHandlers,
} from './timeline-templates.js';
import type { TimelineView } from './timeline-view.js';
import type { TimelineEntry } from '../../model/normalize.js';
import type { ZoomLevel, ZoomStep } from './zoom-steps.js';

/** A stop's place in the keyboard order, for `aria-posinset` and `aria-setsize`. */
interface Place {
  readonly position: number;
  readonly size: number;
}

/** What the axis hands its template for one render. */
export interface AxisState {
  readonly extent: Extent;
  readonly trackWidth: number;
  readonly ticks: readonly Tick[];
  /** The labels and clusters to render, in keyboard order, and each one's place among all of them. */
  readonly stops: readonly AxisStop[];
  readonly positions: readonly number[];
  readonly layout: AxisLabelLayout;
  /** The root font size in pixels: the track's geometry is set in pixels, from its sizes in rem. */
  readonly rem: number;
  readonly steps: readonly ZoomStep[];
  readonly level: ZoomLevel;
  readonly canZoomOut: boolean;
  readonly canZoomIn: boolean;
  readonly announcement: string;
  /** The overview strip, once zoomed in. */
  readonly overview: TemplateResult | undefined;
  /** The selected event, if the search and filter show it, for its card below the axis. */
  readonly selected: TimelineEntry | undefined;
  /** The reference line: where it is (0–1) and what it says. */
  readonly reference?:
    | {
        readonly at: number;
        readonly date: CalendarDate;
        readonly label?: string | undefined;
        readonly now: boolean;
      }
    | undefined;
  /** The instant at a point of the track, in milliseconds. */
  readonly msAt: (px: number) => number;
  /** Zoom handlers: the buttons call these. */
  readonly step: (direction: 1 | -1) => void;
  readonly show: (level: ZoomLevel) => void;
  readonly scroll: () => void;
}

export function renderAxis(
  axis: AxisState,
  view: TimelineView,
  handlers: TimelineHandlers,
  pointer: AxisPointer,
): TemplateResult {
  const t = view.translation;
  const words = t.axis;
  const level = Math.min(view.headingLevel + 1, 6);
  const { selected } = axis;
  const zoomStep = (name: ZoomLevel) =>
    html`<button
      type="button"
      part="zoom-step"
      aria-pressed=${axis.level === name ? 'true' : 'false'}
      @click=${() => axis.show(name)}
    >
      ${words.levels[name]}
    </button>`;
  return html`<div class="axis-controls" part="axis-controls" role="group" aria-label=${words.zoom}>
      <button
        type="button"
        part="zoom-button"
        aria-label=${words.zoomOut}
        ?disabled=${!axis.canZoomOut}
        @click=${() => axis.step(-1)}
      >
        −
      </button>
      ${zoomStep('fit')} ${axis.steps.map(zoomStep)}
      <button
        type="button"
        part="zoom-button"
        aria-label=${words.zoomIn}
        ?disabled=${!axis.canZoomIn}
        @click=${() => axis.step(1)}
      >
        +
      </button>
    </div>
    <div
      class="viewport"
      part="viewport"
      @wheel=${pointer.viewport}
      @keydown=${pointer.viewport}
      @pointerdown=${pointer.viewport}
      @pointermove=${pointer.viewport}
      @pointerup=${pointer.viewport}
      @pointercancel=${pointer.viewport}
      @click=${pointer.viewport}
      @scroll=${() => axis.scroll()}
    >
      <div
        class=${`track${(view.model.eras?.length ?? 0) > 0 ? ' has-eras' : ''}`}
        .style=${cssText(trackStyle(axis))}
      >
        ${renderEras(axis, view, words)} ${renderTicks(axis, t)} ${renderReference(axis, t, words)}
        <ol
          class="events"
          part="list"
          aria-label=${t.eventsLabel}
          @click=${handlers.listClick}
          @keydown=${handlers.listKeydown}
          @focusin=${handlers.listFocusIn}
        >
          ${axis.stops.map((stop, i) => {
            const place = { position: axis.positions[i]! + 1, size: axis.layout.stops.length };
            return stop.kind === 'event'
              ? renderLabel(view, axis, stop.label, level, place)
              : renderCluster(view, axis, stop.cluster, words, place);
          })}
        </ol>
      </div>
    </div>
    ${axis.overview}
    <p class="axis-status" role="status">${axis.announcement}</p>
    ${
      selected
        ? html`<div class="detail" part="detail" id="axis-detail">
            ${renderCard(view, selected, level, true, 'sel')}
          </div>`
        : nothing
    }`;
}

/**
 * An event's label: its date and title (at most two lines), standing in its lane; its marker (a dot, or a bar as
 * long as its period) on the axis band below, joined to the label by a stem. Its name is its date and title.
 */
function renderLabel(
  view: TimelineView,
  { layout, rem }: AxisState,
  label: PlacedLabel,
  level: number,
  place: Place,
) {
  const entry = view.entries[label.index]!;
  const marker = layout.marker(label.index);
  const selected = entry.id === view.selected;
  const mark = markStyles(rem, label.x, label.lane, marker.row, marker.start, marker.end);
  return html`<li
    class=${eventClass(entry, selected)}
    part="event"
    data-event-id=${entry.id}
    aria-labelledby=${`d${label.index} t${label.index}`}
    aria-current=${ifDefined(selected ? 'true' : undefined)}
    aria-details=${ifDefined(selected ? 'axis-detail' : undefined)}
    tabindex=${entry.id === view.tabStop ? 0 : -1}
    aria-posinset=${place.position}
    aria-setsize=${place.size}
    .style=${cssText(mark.label)}
  >
    <span class="stem" aria-hidden="true" .style=${cssText(mark.stem)}></span>
    <span class="marker" part="marker" .style=${cssText(mark.marker)}></span>
    <div class="card" part="card">
      <p class="date" part="date" id=${`d${label.index}`}>${renderDateLabel(view, entry)}</p>
      <p class="title" part="title" id=${`t${label.index}`} role="heading" aria-level=${level}>
        ${text(view, entry.title)}
      </p>
    </div>
  </li>`;
}

/**
 * A `.style` binding's value: inline styles as text. The DOM's `style` setter takes text and forwards it to
 * `cssText` (the CSSOM, which a strict CSP allows); lit-analyzer checks a binding against the getter's type.
 */
const cssText = (styles: string) => styles as unknown as CSSStyleDeclaration;

/** A lane's height and a marker row's on the axis band, in rem. */
const LANE_REM = 4;
const ROW_REM = 0.625;

/**
 * The track's size: its width, and the heights of its lanes and band as custom properties for the styles, in
 * pixels like everything placed on it.
 */
function trackStyle({ trackWidth, layout, rem }: AxisState): string {
  const lane = LANE_REM * rem;
  return `inline-size:${trackWidth}px;--_lane:${lane}px;--_lanes:${layout.lanes * lane}px;--_band:${(layout.markerRows * ROW_REM + 0.5) * rem}px`;
}

/**
 * Where a label or cluster goes, as inline styles: the mark in its lane at `x`, its stem down to its marker's row,
 * its marker (or bar) from `start` to `end`, in track pixels. The template sets them with property bindings, through
 * the CSSOM, which a strict CSP allows (a style attribute it would not). Plain pixels: a custom property set on a
 * label, or a `var()` in its inline style, made the browser compute its style (and with a custom property, its
 * descendants') without its cache, which doubled the first render's style pass.
 */
function markStyles(rem: number, x: number, lane: number, row: number, start: number, end: number) {
  const offset = start - x;
  const drop = (lane * LANE_REM + row * ROW_REM + 0.25) * rem;
  const bar = `inset-inline-start:${offset}px;inline-size:${Math.max(0.5 * rem, end - start)}px`;
  return {
    label: `inset-inline-start:${x}px;inset-block-end:${lane * LANE_REM * rem}px`,
    stem: `inset-inline-start:${offset + 0.25 * rem}px;block-size:${drop}px`,
    bar,
    // An event's marker hangs below its stem; a cluster's bar has its own place on the band.
    marker: `${bar};inset-block-start:calc(100% + ${drop}px)`,
  };
}

/** A cluster: a chip in the lane nearest the axis, its events' span as a bar below; a button that zooms to it. */
function renderCluster(
  view: TimelineView,
  { msAt, rem }: AxisState,
  cluster: PlacedCluster,
  words: AxisWords,
  place: Place,
) {
  const { members } = cluster;
  const id = `cluster:${view.entries[members[0]!]!.id}`;
  // The cluster's span, from pixels back to time.
  const label = words.cluster(
    members.length,
    periodText(msAt(cluster.start), msAt(cluster.end), view.translation),
  );
  const mark = markStyles(rem, cluster.x, 0, 0, cluster.start, cluster.end);
  return html`<li
    class="cluster"
    part="cluster"
    aria-posinset=${place.position}
    aria-setsize=${place.size}
    .style=${cssText(mark.label)}
  >
    <span class="stem" aria-hidden="true" .style=${cssText(mark.stem)}></span>
    <span class="cluster-span" part="cluster-span" .style=${cssText(mark.bar)}></span>
    <button
      type="button"
      class="cluster-label"
      part="cluster-label"
      data-event-id=${id}
      tabindex=${id === view.tabStop ? 0 : -1}
    >
      ${label}
    </button>
  </li>`;
}

function renderEras(axis: AxisState, view: TimelineView, words: AxisWords) {
  const eras = view.model.eras ?? [];
  if (eras.length === 0) return nothing;
  const at = (ms: number) => fractionOf(ms, axis.extent);
  return html`<ul class="eras" part="eras" aria-label=${words.eras}>
    ${eras.map((era) => {
      const { start, end } = spanOf(era);
      return html`<li
        class="era"
        part="era"
        .style=${cssText(`inset-inline-start:${at(start) * 100}%;inline-size:${(at(end) - at(start)) * 100}%`)}
      >
        <span class="era-title">${text(view, era.title)}</span>
        <span class="era-dates"
          >${formatDateLabel({ ...era, approximate: false }, view.translation, (_, label) => label)}</span
        >
      </li>`;
    })}
  </ul>`;
}

/** The line at `relative-to`: "Report, 8 December 2024", "Today, 1 December 2026", or the date alone. */
function renderReference({ reference }: AxisState, t: Translation, words: AxisWords) {
  if (!reference) return nothing;
  const name = reference.label ?? (reference.now ? words.today : '');
  return html`<p
    class="reference"
    part="reference"
    .style=${cssText(`inset-inline-start:${reference.at * 100}%`)}
  >
    <span .style=${cssText(`translate:${reference.at * -100}%`)}
      >${name && words.named(name)}<time datetime=${reference.date.iso}
        >${formatCalendarDate(reference.date, t)}</time
      ></span
    >
  </p>`;
}

function renderTicks(axis: AxisState, t: Translation) {
  return html`<div class="ticks" part="ticks" aria-hidden="true">
    ${axis.ticks.map(
      (tick) =>
        html`<span class=${`tick ${tick.unit}`} .style=${cssText(`inset-inline-start:${tick.at * 100}%`)}
          >${tickLabel(tick, t)}</span
        >`,
    )}
  </div>`;
}

/** A tick's words: its year, its month's short name ("Mar", "3월", "3月") or its day. */
export function tickLabel(tick: Tick, t: Translation): string {
  return tick.unit === 'year'
    ? t.formatDate(tick.date, 'year')
    : tick.unit === 'month'
      ? monthName(t.lang).format(tick.date)
      : t.axis.day(tick.date.getUTCDate());
}

const monthNames = new Map<string, Intl.DateTimeFormat>();
/** A month's short name in a language, a format made once per language. */
function monthName(lang: string): Intl.DateTimeFormat {
  let format = monthNames.get(lang);
  if (!format)
    monthNames.set(lang, (format = new Intl.DateTimeFormat(lang, { month: 'short', timeZone: 'UTC' })));
  return format;
}

/** A period in words, at the precision that tells its ends apart: "2023–2024", "February – May 2024". */
export function periodText(start: number, end: number, t: Translation): string {
  const a = new Date(start);
  const b = new Date(Math.max(start, end - 1));
  const precision: DatePrecision =
    a.getUTCFullYear() !== b.getUTCFullYear()
      ? 'year'
      : a.getUTCMonth() !== b.getUTCMonth()
        ? 'month'
        : 'day';
  return formatDateLabel(
    { date: calendarDate(a, precision), end: calendarDate(b, precision), approximate: false },
    t,
    (_, label) => label,
  ).join('');
}

/** A UTC instant as a calendar date at `precision` (a UTCDateMini's getters read UTC). */
function calendarDate(date: Date, precision: DatePrecision): CalendarDate {
  const day = calendarDayOf(new UTCDateMini(date.getTime()));
  return {
    ...day,
    month: precision === 'year' ? 1 : day.month,
    day: precision === 'day' ? day.day : 1,
    precision,
  };
}
