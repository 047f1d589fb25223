// The README's pictures: the default dataset as SVG posters in three languages, docs/poster.<lang>.svg, drawn by
// `hk-ai-timeline render --format svg` (the built CLI: run `npm run build` first). `npm run posters` writes
// them; test/node/posters.test.js fails when one is stale.
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

export const LANGUAGES = ['en', 'ko', 'zh-Hant'];
export const SOURCE = 'data/hk-ai-milestones.json';
export const posterFile = (language) => `docs/poster.${language}.svg`;

/** Each poster's file and its text, from the built renderer. */
export async function posters() {
  const { parseTimelineJson } = await import('../dist/lib/src/model/parse-json.js');
  const { normalizeTimeline } = await import('../dist/lib/src/model/normalize.js');
  const { renderPosterSvg } = await import('../dist/lib/src/render/svg-poster.js');
  const result = parseTimelineJson(readFileSync(SOURCE, 'utf8'));
  if (!result.ok) throw new Error(`${SOURCE} is not a timeline`);
  const model = normalizeTimeline(result.document);
  return LANGUAGES.map((language) => [
    posterFile(language),
    renderPosterSvg(model, { lang: language, width: 1600 }),
  ]);
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  for (const [file, svg] of await posters()) {
    writeFileSync(file, svg);
    console.log(`wrote ${file}`);
  }
}
