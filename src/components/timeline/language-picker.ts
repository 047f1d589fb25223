/**
 * The opt-in language picker (`language-picker`): a menu of the languages the document has, each named in itself
 * ("한국어", "English", "繁體中文"). Its own chunk, loaded only by timelines that show it: most pages have their own.
 */
import { css, html, type TemplateResult } from 'lit';
import { languageName } from '../../i18n/index.js';
import {
  INTERFACE_LANGUAGES,
  matchSupportedLanguage,
  type InterfaceLanguage,
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

/**
 * The interface languages the document's title or any event's title is written in: the built-in ones in the usual
 * order, then the registered ones (`registerTranslation`).
 */
export function documentLanguages(model: TimelineModel): InterfaceLanguage[] {
  const found = new Set<InterfaceLanguage | undefined>();
  for (const title of [model.title ?? [], ...model.entries.map((entry) => entry.title)])
    for (const [tag] of title) found.add(matchSupportedLanguage(tag));
  return INTERFACE_LANGUAGES.filter((language) => found.has(language));
}

export class LanguagePicker {
  private _model?: TimelineModel;
  /** How many interface languages there were when `_languages` was found: a registration finds them again. */
  private _known = 0;
  private _languages: InterfaceLanguage[] = [];

  constructor(root: HTMLElement | DocumentFragment) {
    if (root instanceof ShadowRoot && styles.styleSheet)
      root.adoptedStyleSheets = [...root.adoptedStyleSheets, styles.styleSheet];
  }

  /** The menu, or nothing when the document has fewer than two languages. */
  render(view: TimelineView, choose: (language: InterfaceLanguage) => void): TemplateResult | string {
    if (view.model !== this._model || INTERFACE_LANGUAGES.length !== this._known) {
      this._model = view.model;
      this._known = INTERFACE_LANGUAGES.length;
      this._languages = documentLanguages(view.model);
    }
    if (this._languages.length < 2) return '';
    return html`<select
      class="language-picker"
      part="language-picker"
      aria-label=${view.translation.language}
      @change=${(event: Event) => choose((event.target as HTMLSelectElement).value)}
    >
      ${this._languages.map(
        (language) =>
          html`<option value=${language} lang=${language} ?selected=${language === view.language}>
            ${languageName(language, language)}
          </option>`,
      )}
    </select>`;
  }
}
