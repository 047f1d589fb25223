// npm run check:data -- file.json [more.json …] [--require-complete]
// Validates timeline documents with the component's own validator and lists every event field that is missing
// one of the interface languages (en, ko, zh-Hant). Exits 1 when a document has errors, or, with
// --require-complete, when a translation is missing.
import { readFile } from 'node:fs/promises';
import { importModel } from './model-bundle.js';

const args = process.argv.slice(2);
const requireComplete = args.includes('--require-complete');
const files = args.filter((arg) => !arg.startsWith('--'));
if (files.length === 0) {
  console.error('usage: npm run check:data -- file.json [more.json …] [--require-complete]');
  process.exit(2);
}

const { parseTimelineJson, findMissingTranslations, SUPPORTED_LANGUAGES } = await importModel();
let failed = false;
for (const file of files) {
  let text;
  try {
    text = await readFile(file, 'utf8');
  } catch (error) {
    console.log(`${file}: cannot be read (${error.code ?? error.message})`);
    failed = true;
    continue;
  }
  const result = parseTimelineJson(text);
  for (const diagnostic of result.diagnostics)
    console.log(`${file}: ${diagnostic.severity}: ${diagnostic.message}`);
  if (!result.ok) {
    console.log(`${file}: rejected (${result.kind}); nothing would be shown`);
    failed = true;
    continue;
  }
  const errors = result.diagnostics.filter((d) => d.severity === 'error').length;
  const warnings = result.diagnostics.length - errors;
  console.log(
    `${file}: ${result.document.events.length} valid events, ${errors} errors, ${warnings} warnings`,
  );
  if (errors > 0) failed = true;
  const missing = findMissingTranslations(result.document);
  for (const gap of missing) {
    const where = gap.id === undefined ? 'the document' : `event "${gap.id}"`;
    console.log(`${file}: missing ${gap.missing.join(', ')}: ${gap.field} of ${where}`);
  }
  if (missing.length === 0) {
    console.log(
      `${file}: complete: every title, description, category and alt text in ${SUPPORTED_LANGUAGES.join(', ')}`,
    );
  } else {
    console.log(`${file}: ${missing.length} texts lack a language`);
    if (requireComplete) failed = true;
  }
}
process.exitCode = failed ? 1 : 0;
