/**
 * The DOM-free model: schema types, validation, dates, text and URLs. Usable in Node and in workers;
 * exported as `hk-ai-timeline/model`.
 */
export type * from './types.js';
export { CONFIDENCE_LEVELS } from './types.js';
export { fatalDiagnostic, validateTimeline } from './validate.js';
export { parseTimelineJson } from './parse-json.js';
export type { Diagnostic, DiagnosticCode, RejectionKind, ValidationResult } from './validate.js';
export { normalizeTimeline, normalizeText } from './normalize.js';
export type { TimelineEntry, TimelineEra, TimelineModel, TimelineSource } from './normalize.js';
export {
  calendarDayOf,
  compareCalendarDates,
  contains,
  middleOf,
  endOf,
  endsBeforeItStarts,
  parseCalendarDate,
  sortKey,
  startOf,
  utcDay,
} from './dates.js';
export type { CalendarDate, CalendarDateParseResult, DatePrecision } from './dates.js';
export { parseEdtf, edtfSpan } from './edtf.js';
export type { EdtfDate, EdtfEnd, EdtfError, EdtfPrecision, EdtfValue } from './edtf.js';
export type { DatedPeriod } from './edtf-reading.js';
export { resolveText } from './text.js';
export type { LocalizedString, ResolvedText } from './text.js';
export {
  SUPPORTED_LANGUAGES,
  FALLBACK_LANGUAGE,
  canonicalLanguageTag,
  fallbackChain,
  INTERFACE_LANGUAGES,
  matchSupportedLanguage,
  parseDisplayLanguages,
  resolveLanguage,
} from './languages.js';
export type { InterfaceLanguage, SupportedLanguage } from './languages.js';
export { LIMITS, nestsDeeperThan } from './limits.js';
export { checkUrl, FETCH_PROTOCOLS, LINK_PROTOCOLS } from './url.js';
export type { SafeUrlResult } from './url.js';
export { findMissingTranslations } from './translations.js';
export type { MissingTranslation } from './translations.js';
export { categoriesOf, categoryKey, filterEntries, matchesCategory } from './filter.js';
export type { TimelineCategory, TimelineFilter } from './filter.js';
export { toStructuredData, toStructuredDataJson } from './structured-data.js';
