/**
 * The time axis's template: zoom buttons, the scrolling viewport, eras, ticks and the events' list, as a pure
 * function of the axis's state and the timeline's view. Part of the axis's chunk, loaded on demand.
 */
import { html, nothing, type TemplateResult } from 'lit';
import type { Month } from 'date-fns';
import { formatDateLabel } from '../../i18n/index.js';
import type { SupportedLanguage } from '../../model/languages.js';
import { fractionOf, spanOf, type Extent, type Tick } from './axis-layout.js';
import { text } from './timeline-templates.js';
import type { TimelineView } from './timeline-view.js';

/** The axis's own words; the rest of the interface comes from the timeline's translation. */
const WORDS: Record<
  SupportedLanguage,
  { zoom: string; zoomIn: string; zoomOut: string; fit: string; eras: string }
> = {
  en: { zoom: 'Zoom', zoomIn: 'Zoom in', zoomOut: 'Zoom out', fit: 'Fit', eras: 'Eras' },
  ko: { zoom: '확대/축소', zoomIn: '확대', zoomOut: '축소', fit: '전체 보기', eras: '시대' },
  'zh-Hant': { zoom: '縮放', zoomIn: '放大', zoomOut: '縮小', fit: '顯示全部', eras: '時期' },
};

/** What the axis hands its template for one render. */
export interface AxisState {
  readonly extent: Extent;
  readonly ticks: readonly Tick[];
  readonly canZoomOut: boolean;
  readonly canZoomIn: boolean;
}

/** The axis's handlers. */
export interface AxisHandlers {
  /** Zooms by a factor; 0 fits the whole axis. */
  readonly zoomBy: (factor: number) => void;
  readonly wheel: (event: WheelEvent) => void;
  readonly keydown: (event: KeyboardEvent) => void;
  readonly pointerDown: (event: PointerEvent) => void;
  readonly pointerMove: (event: PointerEvent) => void;
  readonly pointerUp: (event: PointerEvent) => void;
  readonly click: (event: MouseEvent) => void;
  readonly scroll: () => void;
}

/** How much one press of a zoom button or key zooms. */
export const ZOOM_STEP = 2;

export function renderAxis(
  axis: AxisState,
  view: TimelineView,
  list: TemplateResult,
  on: AxisHandlers,
): TemplateResult {
  const t = view.translation;
  const words = WORDS[view.language];
  const eras = view.model.eras ?? [];
  const at = (ms: number) => fractionOf(ms, axis.extent);
  const month = (date: Date) =>
    t.dateLocale.localize.month(date.getUTCMonth() as Month, { width: 'abbreviated' });
  return html`<div class="axis-controls" part="axis-controls" role="group" aria-label=${words.zoom}>
      <button
        type="button"
        part="zoom-button"
        aria-label=${words.zoomOut}
        ?disabled=${!axis.canZoomOut}
        @click=${() => on.zoomBy(1 / ZOOM_STEP)}
      >
        −
      </button>
      <button type="button" part="zoom-button" ?disabled=${!axis.canZoomOut} @click=${() => on.zoomBy(0)}>
        ${words.fit}
      </button>
      <button
        type="button"
        part="zoom-button"
        aria-label=${words.zoomIn}
        ?disabled=${!axis.canZoomIn}
        @click=${() => on.zoomBy(ZOOM_STEP)}
      >
        +
      </button>
    </div>
    <div
      class="viewport"
      part="viewport"
      @wheel=${on.wheel}
      @keydown=${on.keydown}
      @pointerdown=${on.pointerDown}
      @pointermove=${on.pointerMove}
      @pointerup=${on.pointerUp}
      @pointercancel=${on.pointerUp}
      @click=${on.click}
      @scroll=${on.scroll}
    >
      <div class="track">
        ${
          eras.length > 0
            ? html`<ul class="eras" part="eras" aria-label=${words.eras}>
                ${eras.map((era) => {
                  const { start, end } = spanOf(era);
                  return html`<li
                    class="era"
                    part="era"
                    data-at=${at(start)}
                    data-span=${at(end) - at(start)}
                  >
                    <span class="era-title">${text(view, era.title)}</span>
                    <span class="era-dates"
                      >${formatDateLabel({ ...era, approximate: false }, t, (_, label) => label)}</span
                    >
                  </li>`;
                })}
              </ul>`
            : nothing
        }
        <div class="ticks" part="ticks" aria-hidden="true">
          ${axis.ticks.map(
            (tick) =>
              html`<span class=${`tick ${tick.unit}`} data-at=${tick.at}
                >${tick.unit === 'year' ? t.formatDate(tick.date, 'year') : month(tick.date)}</span
              >`,
          )}
        </div>
        ${list}
      </div>
    </div>`;
}
