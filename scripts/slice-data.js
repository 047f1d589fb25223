// npm run data:slices: writes the default dataset once per language, src/default-documents/hk-ai-milestones.<lang>.json, each with
// only that language's text: a reader downloads a third of the text (see src/default-documents/index.ts). A text
// the data has only in other languages (a source's title, in the article's own language) is kept whole, and so is
// the document's title, which names the languages the dataset has. test/node/slices.test.js fails when the slices
// no longer match data/hk-ai-milestones.json.
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

export const LANGUAGES = ['en', 'ko', 'zh-Hant'];
export const SOURCE = 'data/hk-ai-milestones.json';
export const sliceFile = (language) => `src/default-documents/hk-ai-milestones.${language}.json`;

const isLanguageTag = (key) => /^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$/.test(key);

/** Whether `value` is a LocalizedText map: an object whose keys are all language tags and values all strings. */
function isTextMap(value) {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) return false;
  const entries = Object.entries(value);
  return entries.length > 0 && entries.every(([key, text]) => isLanguageTag(key) && typeof text === 'string');
}

/** The document with every text map narrowed to `language` where it has it. */
export function sliceDocument(document, language) {
  const narrow = (value, key) => {
    if (isTextMap(value))
      return key !== 'document-title' && language in value ? { [language]: value[language] } : value;
    if (Array.isArray(value)) return value.map((item) => narrow(item));
    if (value !== null && typeof value === 'object')
      return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, narrow(v, k)]));
    return value;
  };
  const { title, ...rest } = document;
  const sliced = narrow(rest);
  return title === undefined ? sliced : { ...sliced, title: narrow(title, 'document-title') };
}

/** The slices' file contents, as written. */
export function slices(document = JSON.parse(readFileSync(SOURCE, 'utf8'))) {
  return LANGUAGES.map((language) => [
    sliceFile(language),
    `${JSON.stringify(sliceDocument(document, language))}\n`,
  ]);
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  for (const [file, text] of slices()) {
    writeFileSync(file, text);
    console.log(`wrote ${file}`);
  }
}
