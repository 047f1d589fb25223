/**
 * A whole static page for a timeline, for hosts that strip scripts, for archives and for email (`hk-ai-timeline
 * render`): the server-rendered element (its declarative shadow root carries the styles and the events as semantic
 * HTML), schema.org JSON-LD, and with `horizontal` the SVG poster above the list. It reads and prints with
 * JavaScript off; one optional script tag upgrades it to the interactive element, which takes over without a flash
 * (the server-takeover controller).
 */
import { matchSupportedLanguage } from '../model/languages.js';
import { normalizeTimeline } from '../model/normalize.js';
import { toStructuredDataJson } from '../model/structured-data.js';
import { resolveText } from '../model/text.js';
import { validateTimeline } from '../model/validate.js';
import { escapeXml, renderPosterSvg } from '../render/svg-poster.js';
import { renderTimeline, type RenderTimelineOptions } from './render-timeline.js';

export interface RenderPageOptions extends RenderTimelineOptions {
  /** `horizontal` puts the SVG poster of the time axis above the list; the list is always there. */
  readonly layout?: 'vertical' | 'horizontal';
  /** The one-file build's URL: a `<script type="module">` that upgrades the page to the interactive element. */
  readonly script?: string;
}

/** `document` (parsed JSON) as one self-contained HTML page, in `options.lang` (English by default). */
export function renderTimelinePage(document: unknown, options: RenderPageOptions = {}): string {
  const lang = options.lang ?? 'en';
  const language = matchSupportedLanguage(lang) ?? 'en';
  const result = validateTimeline(document);
  const model = result.ok ? normalizeTimeline(result.document) : undefined;
  const title = model?.title ? resolveText(model.title, language).text : 'Timeline';
  const poster =
    model && options.layout === 'horizontal' && model.entries.length > 0
      ? `<figure class="poster">${renderPosterSvg(model, { lang, width: 1200 })}</figure>`
      : '';
  // JSON-LD is data, not script: it runs under any Content-Security-Policy, and `<` is escaped in it.
  const structured = model
    ? `<script type="application/ld+json">${toStructuredDataJson(model, language)}</script>`
    : '';
  const upgrade = options.script ? `<script type="module" src="${escapeXml(options.script)}"></script>` : '';
  return `<!doctype html>
<html lang="${escapeXml(lang)}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeXml(title)}</title>
${structured}
${upgrade}
<style>
  body { margin: 2rem auto; max-inline-size: 60rem; padding: 0 1rem; }
  .poster { margin: 0 0 2rem; }
  .poster svg { max-inline-size: 100%; block-size: auto; }
  /* Without JavaScript the search and the filters cannot work: they show once a script defines the element. */
  hk-ai-timeline:not(:defined)::part(controls) { display: none; }
  @media print { .poster { break-after: page; } }
</style>
</head>
<body>
${poster}
${renderTimeline(document, { ...options, lang })}
</body>
</html>
`;
}
