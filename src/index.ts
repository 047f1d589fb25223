// Library entry: importing it defines <hk-ai-timeline>; the classes and the model are exported for typed use.
export { HkAiTimeline, type TimelineStatus } from './components/timeline/timeline.js';
export {
  HkAiErrorEvent,
  HkAiFilterChangeEvent,
  HkAiLoadEvent,
  HkAiLanguageChangeEvent,
  HkAiRangeChangeEvent,
  HkAiSelectEvent,
  type HkAiErrorDetail,
  type HkAiLanguageChangeDetail,
  type HkAiRangeChangeDetail,
  type HkAiFilterChangeDetail,
  type HkAiLoadDetail,
  type HkAiSelectDetail,
} from './events.js';
export { fetchTimeline, DEFAULT_TIMEOUT_MS } from './load/fetch-timeline.js';
export type { FailureKind, TimelineFailure, TimelineLoadResult, LoadOptions } from './load/fetch-timeline.js';
export { documentFromEventElements, timelineFromLightDom } from './load/light-dom.js';
export { HkAiEvent } from './components/event/event.js';
export {
  TRANSLATIONS,
  formatCalendarDate,
  formatDateLabel,
  languageName,
  registerTranslation,
  translationFor,
} from './i18n/index.js';
export { formatRelativeDate } from './i18n/relative-date.js';
export type { Translation, TranslationInput, LabelPart } from './i18n/index.js';
export * from './model/index.js';
