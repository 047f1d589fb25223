import type { SupportedLanguage } from '../model/languages.js';
import { en } from './en.js';
import { ko } from './ko.js';
import type { Translation } from './translation.js';
import { zhHant } from './zh-hant.js';

export type { AxisWords, LabelPart, Translation, ZoomLevelName } from './translation.js';
export { formatDateLabel, formatCalendarDate } from './format-date.js';

/** The interface strings of every supported language; the `Record` type makes a missing language a type error. */
export const TRANSLATIONS: Readonly<Record<SupportedLanguage, Translation>> = { en, ko, 'zh-Hant': zhHant };
