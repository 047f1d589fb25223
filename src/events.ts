import type { FailureKind } from './load/fetch-timeline.js';
import type { TimelineEntry } from './model/normalize.js';
import type { Diagnostic } from './model/validate.js';

/** The shape every hk-ai-* event shares: bubbles, crosses shadow boundaries, carries a read-only detail. */
abstract class HkAiDetailEvent<Detail> extends Event {
  readonly detail: Detail;
  constructor(type: string, detail: Detail) {
    super(type, { bubbles: true, composed: true });
    this.detail = detail;
  }
}

export interface HkAiLoadDetail {
  /** How many events are shown. */
  readonly count: number;
  /** Problems found on the way: skipped events (errors) and ignored values (warnings). */
  readonly diagnostics: readonly Diagnostic[];
}

/** Fired when a timeline document has been loaded and rendered, possibly with some events skipped. */
export class HkAiLoadEvent extends HkAiDetailEvent<HkAiLoadDetail> {
  static readonly type = 'hk-ai-load';
  constructor(detail: HkAiLoadDetail) {
    super(HkAiLoadEvent.type, detail);
  }
}

export interface HkAiErrorDetail {
  /** `parse`: not JSON · `shape`: not a timeline document · `http`: an error status · `network`: no answer. */
  readonly kind: FailureKind;
  /** What went wrong and where, e.g. `$.events: "events" must be an array, not the string "x"`. */
  readonly message: string;
  /** The HTTP status, for `kind: "http"`. */
  readonly status?: number;
  readonly diagnostics: readonly Diagnostic[];
}

/** Fired when no timeline could be shown: the data could not be fetched, parsed or used. */
export class HkAiErrorEvent extends HkAiDetailEvent<HkAiErrorDetail> {
  static readonly type = 'hk-ai-error';
  constructor(detail: HkAiErrorDetail) {
    super(HkAiErrorEvent.type, detail);
  }
}

export interface HkAiSelectDetail {
  /** The selected event's id. */
  readonly id: string;
  /** The selected event, as the timeline holds it (dates parsed, text per language). */
  readonly event: TimelineEntry;
}

/** Fired when the reader selects an event: by click, Enter or Space, or by following a `#id` link (`hash-link`). */
export class HkAiSelectEvent extends HkAiDetailEvent<HkAiSelectDetail> {
  static readonly type = 'hk-ai-select';
  constructor(detail: HkAiSelectDetail) {
    super(HkAiSelectEvent.type, detail);
  }
}

export interface HkAiFilterChangeDetail {
  /** The category key filtered by, if any. */
  readonly filter?: string;
  /** The search text, if any. */
  readonly query?: string;
  /** How many events are shown now. */
  readonly count: number;
}

/** Fired when the reader changes the search text or the category filter. */
export class HkAiFilterChangeEvent extends HkAiDetailEvent<HkAiFilterChangeDetail> {
  static readonly type = 'hk-ai-filter-change';
  constructor(detail: HkAiFilterChangeDetail) {
    super(HkAiFilterChangeEvent.type, detail);
  }
}

export interface HkAiRangeChangeDetail {
  /** The zoom step nearest to the view: `fit`, `decade`, `year`, `quarter`, `month`, `week` or `day`. */
  readonly zoom: string;
  /** The visible period, two days joined by `/`: `2023-01-01/2024-06-30`. */
  readonly period: string;
}

/** Fired when the reader pans or zooms the time axis, once the view has settled. */
export class HkAiRangeChangeEvent extends HkAiDetailEvent<HkAiRangeChangeDetail> {
  static readonly type = 'hk-ai-range-change';
  constructor(detail: HkAiRangeChangeDetail) {
    super(HkAiRangeChangeEvent.type, detail);
  }
}

export interface HkAiLanguageChangeDetail {
  /** The language chosen: `ko`, `en` or `zh-Hant`; the timeline's `lang` is set to it. */
  readonly lang: string;
}

/** Fired when the reader chooses a language in the `language-picker` menu. */
export class HkAiLanguageChangeEvent extends HkAiDetailEvent<HkAiLanguageChangeDetail> {
  static readonly type = 'hk-ai-language-change';
  constructor(detail: HkAiLanguageChangeDetail) {
    super(HkAiLanguageChangeEvent.type, detail);
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'hk-ai-language-change': HkAiLanguageChangeEvent;
    'hk-ai-load': HkAiLoadEvent;
    'hk-ai-error': HkAiErrorEvent;
    'hk-ai-select': HkAiSelectEvent;
    'hk-ai-filter-change': HkAiFilterChangeEvent;
    'hk-ai-range-change': HkAiRangeChangeEvent;
  }
}
