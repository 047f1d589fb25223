// Prop types of <hk-ai-timeline> for JSX and other typed templates. Type-only and framework-free: src/react.ts
// plugs them into React's JSX, and other JSX flavours (Preact, Solid) can map them the same way.
import type { HkAiTimeline } from './components/timeline/timeline.js';
import type { HkAiErrorEvent, HkAiFilterChangeEvent, HkAiLoadEvent, HkAiSelectEvent } from './events.js';
import type { TimelineDocumentJson } from './model/types.js';

/** The writable properties a framework may set; picked from the class so the two cannot drift apart. */
export type HkAiTimelineWritableProperty =
  | 'src'
  | 'lang'
  | 'timeout'
  | 'headingLevel'
  | 'displayLang'
  | 'relativeTo'
  | 'selected'
  | 'hashLink'
  | 'filter'
  | 'query'
  | 'urlState'
  | 'layout'
  | 'collapsed';

/** Properties by their property names and types: React 19 and Vue set a prop as a property when it exists. */
export type HkAiTimelineProperties = Partial<Pick<HkAiTimeline, HkAiTimelineWritableProperty>> & {
  /**
   * A timeline document as an object. Typed by the schema so that literals are checked; the element itself takes
   * `unknown` and validates it at runtime, so cast data of unknown shape (e.g. from `fetch`).
   */
  data?: TimelineDocumentJson;
};

/**
 * The multi-word attributes by their HTML names, for markup rendered on a server (where props become attributes).
 * Single-word attributes share their property's name and type.
 */
export interface HkAiTimelineAttributes {
  'heading-level'?: number | string;
  'display-lang'?: string;
  'relative-to'?: string;
  'hash-link'?: boolean;
  'url-state'?: boolean;
}

/** Listeners in the `on<event-type>` form by which React 19 (and Preact) listen to a custom element's events. */
export interface HkAiTimelineEventHandlers {
  'onhk-ai-load'?: (event: HkAiLoadEvent) => void;
  'onhk-ai-error'?: (event: HkAiErrorEvent) => void;
  'onhk-ai-select'?: (event: HkAiSelectEvent) => void;
  'onhk-ai-filter-change'?: (event: HkAiFilterChangeEvent) => void;
}

/** Everything `<hk-ai-timeline>` takes in JSX, besides the framework's own global HTML attributes. */
export type HkAiTimelineJsxProps = HkAiTimelineProperties &
  HkAiTimelineAttributes &
  HkAiTimelineEventHandlers;
