// Node entry, exported as `hk-ai-timeline/ssr`: <hk-ai-timeline> rendered to HTML on the server.
import { render } from '@lit-labs/ssr';
import { collectResultSync } from '@lit-labs/ssr/lib/render-result.js';
import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
// Defines <hk-ai-timeline> for the server's renderer.
import '../components/timeline/timeline.js';
import { provideDocumentReader } from '../controllers/data-source-controller.js';
import { provideRelativeDates } from '../controllers/relative-dates-controller.js';
import { formatRelativeDate } from '../i18n/relative-date.js';
import * as documentReader from '../load/read-document.js';

// The time axis as an SVG poster, for anywhere an image goes: `renderPosterSvg(normalizeTimeline(document))`; in a
// browser, `renderPosterElement(model, options, document)` builds it as DOM.
export { renderPosterElement, renderPosterSvg, type PosterOptions } from '../render/svg-poster.js';

// The browser loads relative dates and the document reader on demand; a synchronous render needs them at hand.
provideRelativeDates(formatRelativeDate);
provideDocumentReader(documentReader);

/** How the server renders the timeline; each option becomes the attribute of the same name on the element. */
export interface RenderTimelineOptions {
  /**
   * The interface language (`ko`, `en`, `zh-Hant`; any BCP 47 tag is matched to the closest), set as the element's
   * `lang`. Without it the server renders English, while the browser would follow the page's language: pass it.
   */
  readonly lang?: string;
  /** Languages to show event text in, as the `display-lang` attribute: `"zh-Hant en"`. */
  readonly displayLang?: string;
  /** The heading level (1–5) of the timeline's title, as the `heading-level` attribute. */
  readonly headingLevel?: number;
  /** A calendar date such as `"2024-12-08"` that events are described relative to, as `relative-to`. */
  readonly relativeTo?: string;
  /** The id of the selected event, as the `selected` attribute. */
  readonly selected?: string;
}

/**
 * Renders `<hk-ai-timeline>` showing `document` (a timeline document as parsed JSON) to an HTML string with a
 * declarative shadow root: a page shows the whole timeline, events, dates and sources, before any script runs or
 * with scripts disabled. The document travels along in a `<script type="application/json">` child, so when the
 * bundle loads the element reads the same data and replaces the server's HTML in one render, with no flash.
 * Invalid documents and events render as the browser would render them: skipped, or an error message.
 *
 * @example
 * ```js
 * import { renderTimeline } from 'hk-ai-timeline/ssr';
 * const html = renderTimeline(JSON.parse(await readFile('timeline.json', 'utf8')), { lang: 'zh-Hant' });
 * ```
 */
export function renderTimeline(document: unknown, options: RenderTimelineOptions = {}): string {
  const json = JSON.stringify(document);
  if (json === undefined) throw new TypeError('renderTimeline: the document is not a JSON value');
  // The server renders what the browser will read back: the document after a JSON round trip.
  const data: unknown = JSON.parse(json);
  // Every `<` escaped as \u003c, which JSON.parse reads back as `<`: no text can end the script element early.
  const script = `<script type="application/json">${json.replace(/</g, '\\u003c')}</script>`;
  const { lang, displayLang, headingLevel, relativeTo, selected } = options;
  // One line, so that no line breaks end up inside the start tag.
  // prettier-ignore
  const template = html`<hk-ai-timeline lang=${ifDefined(lang)} display-lang=${ifDefined(displayLang)} heading-level=${ifDefined(headingLevel)} relative-to=${ifDefined(relativeTo)} selected=${ifDefined(selected)} .data=${data}></hk-ai-timeline>`;
  const element = collectResultSync(render(template));
  // The script goes in as a child, after the shadow root. Lit escapes every `<` of the rendered text, so the last
  // end tag is the element's own.
  const end = element.lastIndexOf('</hk-ai-timeline>');
  return `${element.slice(0, end)}${script}${element.slice(end)}`;
}

// A whole static page: the element as above, JSON-LD and, for the axis, the SVG poster (`hk-ai-timeline render`).
export { renderTimelinePage, type RenderPageOptions } from './render-page.js';
