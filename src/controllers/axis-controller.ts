import type { ReactiveController, ReactiveControllerHost, TemplateResult } from 'lit';
import type { TimeAxis } from '../components/timeline/time-axis.js';
import type { TimelineHandlers } from '../components/timeline/timeline-templates.js';
import type { TimelineView } from '../components/timeline/timeline-view.js';
import { HkAiRangeChangeEvent, type HkAiRangeChangeDetail } from '../events.js';
import type { CalendarDate } from '../model/dates.js';
import type { TimelineEntry, TimelineEra } from '../model/normalize.js';
import type { PosterModule } from './print-controller.js';

export interface AxisHost extends ReactiveControllerHost, HTMLElement {
  readonly renderRoot: HTMLElement | DocumentFragment;
  readonly layout: string;
  zoom?: string | undefined;
  period?: string | undefined;
  readonly selected?: string | undefined;
  readonly relativeTo?: string | undefined;
  readonly relativeLabel?: string | undefined;
}

/**
 * The time axis, as the timeline sees it: its module loaded on demand (only timelines shown as an axis need it),
 * as soon as the layout is known: at connection for `layout="horizontal"` (it loads while the data does), and
 * for `auto` when it first resolves to the axis. Until it has loaded, `ready` is false and the timeline shows
 * no events rather than a list it would throw away. The reader's pans and zooms come back as `zoom` and `period`
 * and an `hk-ai-range-change` event.
 */
/** The axis's class, once a timeline on the page has loaded its module: the next ones make theirs at once. */
let loadedTimeAxis: typeof TimeAxis | undefined;

export class AxisController implements ReactiveController {
  /** The axis, once its module has loaded. */
  private _axis?: TimeAxis;
  private _requested = false;
  /** The zoom and period the axis last reported, which the host's properties then took. */
  private _reported?: HkAiRangeChangeDetail;

  constructor(private readonly _host: AxisHost) {
    this._host.addController(this);
  }

  get ready(): boolean {
    return !!this._axis;
  }

  /** Loads the SVG poster's module, for the print overview; `undefined` before the axis has loaded. */
  loadPoster(): Promise<PosterModule> | undefined {
    return this._axis?.loadPoster();
  }

  hostConnected(): void {
    // Loaded already: the first update makes the axis (not here, amid the host's other controllers connecting).
    if (this._host.layout === 'horizontal' && !loadedTimeAxis) this.load();
  }

  /**
   * Makes the axis (called in `willUpdate`, so it renders in that update) when its module has loaded; else loads
   * it (once), then renders the host again.
   */
  load(): void {
    if (loadedTimeAxis) {
      this._axis ??= new loadedTimeAxis(this._host, { rangeChanged: (range) => this._rangeChanged(range) });
      return;
    }
    if (this._requested) return;
    this._requested = true;
    import('../components/timeline/time-axis.js').then(({ TimeAxis }) => {
      loadedTimeAxis = TimeAxis;
      this.load();
      this._host.requestUpdate();
    });
  }

  /**
   * What to render of `entries` (called in `willUpdate`): the indexes of the events whose labels are rendered, and
   * the ids of every rendered stop (labels and clusters) in keyboard order.
   */
  prepare(
    entries: readonly TimelineEntry[],
    eras: readonly TimelineEra[],
    keep: readonly (string | undefined)[],
    date?: CalendarDate,
  ): { readonly indexes: readonly number[]; readonly stops: readonly string[] } | undefined {
    const axis = this._axis;
    if (!axis) return undefined;
    const { zoom, period, selected, relativeTo, relativeLabel } = this._host;
    const reference = date && { date, label: relativeLabel, now: relativeTo?.trim() === 'now' };
    const indexes = axis.prepare({ entries, eras, keep, zoom, period, pinned: selected, reference });
    return { indexes, stops: axis.shownStopIds() };
  }

  /**
   * Whether an update is for nothing but `zoom` and `period` taking the range the axis reported: the reader's own
   * gesture, already on screen, so the host need not update at all (neither property is reflected).
   */
  echoes(changed: ReadonlyMap<PropertyKey, unknown>): boolean {
    const reported = this._reported;
    if (!reported || changed.size === 0) return false;
    for (const key of changed.keys()) if (key !== 'zoom' && key !== 'period') return false;
    return this._host.zoom === reported.zoom && this._host.period === reported.period;
  }

  /** The ids of every stop in keyboard order, rendered or not; `undefined` before the axis has loaded. */
  stopIds(): string[] | undefined {
    return this._axis?.stopIds();
  }

  /**
   * Opens a cluster (`cluster:<id>`): zooms to its span and says so; returns the stop to move focus to, the one
   * showing its first event. `undefined` for anything else.
   */
  openCluster(id: string, view: TimelineView): string | undefined {
    const first = this._axis?.openCluster(id, view);
    return first && this._axis!.stopFor(first);
  }

  render(view: TimelineView, handlers: TimelineHandlers): TemplateResult | undefined {
    return this._axis?.render(view, handlers);
  }

  /** The reader moved or zoomed the axis: `zoom` and `period` follow, and hk-ai-range-change says so. */
  private _rangeChanged(range: HkAiRangeChangeDetail): void {
    this._reported = range;
    this._host.zoom = range.zoom;
    this._host.period = range.period;
    this._host.dispatchEvent(new HkAiRangeChangeEvent(range));
  }
}
