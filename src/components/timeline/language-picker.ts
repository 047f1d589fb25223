/**
 * The opt-in language picker (`language-picker`): a menu of the languages the document has, each named in itself
 * ("한국어", "English", "中文"). Its own chunk, loaded only by timelines that show it: most pages have their own.
 */
import { css, html, type TemplateResult } from 'lit';
import { TRANSLATIONS } from '../../i18n/index.js';
import {
  matchSupportedLanguage,
  SUPPORTED_LANGUAGES,
  type SupportedLanguage,
} from '../../model/languages.js';
import type { TimelineModel } from '../../model/normalize.js';
import type { TimelineView } from './timeline-view.js';

const styles = css`
  .language-picker {
    min-block-size: 2rem;
    padding: 0 0.5rem;
    border: 1px solid var(--_border);
    border-radius: 999px;
    background: var(--_surface);
    color: inherit;
    font: inherit;
  }
`;

/** The supported languages the document's title or any event's title is written in, in the usual order. */
export function documentLanguages(model: TimelineModel): SupportedLanguage[] {
  const found = new Set<SupportedLanguage | undefined>();
  for (const title of [model.title ?? [], ...model.entries.map((entry) => entry.title)])
    for (const [tag] of title) found.add(matchSupportedLanguage(tag));
  return SUPPORTED_LANGUAGES.filter((language) => found.has(language));
}

export class LanguagePicker {
  private _model?: TimelineModel;
  private _languages: SupportedLanguage[] = [];

  constructor(root: HTMLElement | DocumentFragment) {
    if (root instanceof ShadowRoot && styles.styleSheet)
      root.adoptedStyleSheets = [...root.adoptedStyleSheets, styles.styleSheet];
  }

  /** The menu, or nothing when the document has fewer than two languages. */
  render(view: TimelineView, choose: (language: SupportedLanguage) => void): TemplateResult | string {
    if (view.model !== this._model) {
      this._model = view.model;
      this._languages = documentLanguages(view.model);
    }
    if (this._languages.length < 2) return '';
    return html`<select
      class="language-picker"
      part="language-picker"
      aria-label=${view.translation.language}
      @change=${(event: Event) => choose((event.target as HTMLSelectElement).value as SupportedLanguage)}
    >
      ${this._languages.map(
        (language) =>
          html`<option value=${language} lang=${language} ?selected=${language === view.language}>
            ${TRANSLATIONS[language].languageNames[language]}
          </option>`,
      )}
    </select>`;
  }
}
