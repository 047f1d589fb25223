/**
 * The command line: `hk-ai-timeline validate|report|convert …`, on the same validator as the component.
 * `main` takes its input and output as arguments so that it can be tested and reused (`npm run check:data`).
 */
import { readFile, writeFile } from 'node:fs/promises';
import {
  fromCsv,
  fromMermaid,
  fromTimelineJS,
  fromVisItems,
  type ConversionResult,
} from '../convert/index.js';
import { parseTimelineJson } from '../model/parse-json.js';
import { validateTimeline, type ValidationResult } from '../model/validate.js';
import { findMissingTranslations } from '../model/translations.js';
import { normalizeTimeline } from '../model/normalize.js';
import { renderPosterSvg } from '../render/svg-poster.js';
import { SUPPORTED_LANGUAGES } from '../model/languages.js';

export interface CliIo {
  readonly out: (line: string) => void;
  readonly err: (line: string) => void;
}

const USAGE = `usage:
  hk-ai-timeline validate <file.json>…            check documents against the schema
  hk-ai-timeline report <file.json>… [--require-complete]
                                                 also list each text missing en, ko or zh-Hant
                                                 (source publishers too) and each untitled source
  hk-ai-timeline convert --from timelinejs|vis|mermaid|csv <in> [--lang en] [-o out.json]
                                                 import a TimelineJS3 document or vis-timeline items
                                                 (JSON), a Mermaid timeline diagram (text, .mmd) or a
                                                 spreadsheet in TimelineJS's columns (.csv);
                                                 --lang names the language their text is in
  hk-ai-timeline report --from timelinejs|vis|mermaid|csv <in>… [--lang en]
                                                 per file, what converting it would carry over and what not
  hk-ai-timeline render <file.json> [--lang ko] [--layout vertical|horizontal] [--script url] [-o out.html]
                                                 one static HTML page, readable and printable with
                                                 JavaScript off; --script upgrades it to the element
  hk-ai-timeline render --format svg <file.json> [--lang ko] [--width 1600] [-o out.svg]
                                                 draw the time axis as one standalone SVG poster
exit status: 0 fine, 1 a document has errors (or, with --require-complete, lacks a language), 2 usage`;

/** Runs one command; resolves with the exit status. */
export async function main(args: readonly string[], io: CliIo = consoleIo): Promise<number> {
  const [command, ...rest] = args;
  const flags = rest.filter((arg) => arg.startsWith('-'));
  const files = rest.filter(
    (arg, i) => !arg.startsWith('-') && !OPTIONS_WITH_VALUES.includes(rest[i - 1] ?? ''),
  );
  if (command === 'report' && rest.includes('--from'))
    return reportImports(option(rest, '--from') ?? '', files, option(rest, '--lang'), io);
  if (command === 'validate' || command === 'report') {
    if (files.length === 0) return usage(io);
    let status = 0;
    for (const file of files) status = Math.max(status, await check(file, command === 'report', flags, io));
    return status;
  }
  if (command === 'convert') return convert(rest, io);
  if (command === 'render') return renderCommand(rest, files, io);
  return usage(io, command === '--help' || command === 'help' ? 0 : 2);
}

const OPTIONS_WITH_VALUES = ['--from', '-o', '--lang', '--format', '--width', '--layout', '--script'];

/** The value after `name`, if given. */
const option = (args: readonly string[], name: string) =>
  args.includes(name) ? args[args.indexOf(name) + 1] : undefined;

const consoleIo: CliIo = { out: (line) => console.log(line), err: (line) => console.error(line) };

/** "1 error", "2 errors"; `many` for plurals that are not `one` + s. */
const count = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;

function usage(io: CliIo, status = 2): number {
  (status === 0 ? io.out : io.err)(USAGE);
  return status;
}

async function read(file: string, io: CliIo): Promise<string | undefined> {
  try {
    return await readFile(file, 'utf8');
  } catch (error) {
    io.out(`${file}: cannot be read (${(error as NodeJS.ErrnoException).code ?? String(error)})`);
    return undefined;
  }
}

async function check(
  file: string,
  withTranslations: boolean,
  flags: readonly string[],
  io: CliIo,
): Promise<number> {
  const text = await read(file, io);
  if (text === undefined) return 1;
  const result = parseTimelineJson(text);
  return summarize(file, result, withTranslations, flags.includes('--require-complete'), io);
}

function summarize(
  file: string,
  result: ValidationResult,
  withTranslations: boolean,
  requireComplete: boolean,
  io: CliIo,
): number {
  for (const diagnostic of result.diagnostics)
    io.out(`${file}: ${diagnostic.severity}: ${diagnostic.message}`);
  if (!result.ok) {
    io.out(`${file}: rejected (${result.kind}); nothing would be shown`);
    return 1;
  }
  const errors = result.diagnostics.filter((d) => d.severity === 'error').length;
  const warnings = result.diagnostics.length - errors;
  io.out(
    `${file}: ${count(result.document.events.length, 'valid event')}, ${count(errors, 'error')}, ${count(warnings, 'warning')}`,
  );
  let status = errors > 0 ? 1 : 0;
  if (withTranslations) {
    const missing = findMissingTranslations(result.document);
    for (const gap of missing) {
      const where = gap.id === undefined ? 'the document' : `event "${gap.id}"`;
      // A source's title may be in any language: no list, it is just missing.
      const languages = gap.missing.length > 0 ? ` ${gap.missing.join(', ')}` : '';
      io.out(`${file}: missing${languages}: ${gap.field} of ${where}`);
    }
    if (missing.length === 0) {
      io.out(
        `${file}: complete: every title, description, category, alt text and source publisher in ${SUPPORTED_LANGUAGES.join(', ')}; every source has a title`,
      );
    } else {
      io.out(`${file}: ${count(missing.length, 'text lacks', 'texts lack')} a language`);
      if (requireComplete) status = 1;
    }
  }
  return status;
}

const FORMATS = ['timelinejs', 'vis', 'mermaid', 'csv'];

/**
 * Imports one file from another format: its document, what did not carry over (`notes`) and how many of its
 * problems are errors (a spreadsheet's bad rows, then the validator's). Problems go to `io.err`; `undefined` when
 * the file cannot be read or parsed.
 */
async function importFile(from: string, input: string, lang: string | undefined, io: CliIo) {
  const text = await read(input, io);
  if (text === undefined) return undefined;
  let conversion: ConversionResult;
  let errors = 0;
  // A Mermaid diagram and a spreadsheet are text, and their converters set lang themselves (checked, canonical).
  if (from === 'mermaid') conversion = fromMermaid(text, lang === undefined ? {} : { lang });
  else if (from === 'csv') {
    const sheet = fromCsv(text, lang === undefined ? {} : { lang });
    // The sheet's own problems, by row and column: its bad rows are skipped.
    for (const diagnostic of sheet.diagnostics)
      io.err(`${input}: ${diagnostic.severity}: ${diagnostic.message}`);
    errors = sheet.diagnostics.filter((d) => d.severity === 'error').length;
    conversion = sheet;
  } else {
    let json: unknown;
    try {
      json = JSON.parse(text);
    } catch (error) {
      io.err(`${input}: not JSON (${(error as Error).message})`);
      return undefined;
    }
    // vis-timeline data comes as an item array, or as { items, groups }.
    const visInput = json as { items?: unknown; groups?: unknown };
    const imported =
      from === 'timelinejs'
        ? fromTimelineJS(json)
        : Array.isArray(json)
          ? fromVisItems(json)
          : fromVisItems(visInput.items, visInput.groups);
    conversion = lang ? { ...imported, document: { lang, ...imported.document } } : imported;
  }
  const { document, notes } = conversion;
  for (const note of notes) io.err(`${input}: not carried over: ${note.path}: ${note.message}`);
  const result = validateTimeline(document);
  for (const diagnostic of result.diagnostics)
    io.err(`${input}: ${diagnostic.severity}: ${diagnostic.message}`);
  if (!result.ok) errors += 1;
  errors += result.diagnostics.filter((d) => d.severity === 'error').length;
  return { document, notes, errors };
}

/** What an import carried over, beside the notes on what it did not: the counts a migrating user checks. */
function carriedOver(input: string, { document, notes }: ConversionResult): string {
  const kept = { images: 0, links: 0, credits: 0, sources: 0 };
  for (const event of document.events) {
    kept.images += event.media ? 1 : 0;
    kept.links += event.links?.length ?? 0;
    kept.credits += [event.media, ...(event.links ?? [])].filter((item) => item?.credit).length;
    kept.sources += event.sources?.length ?? 0;
  }
  const eras = document.eras?.length ?? 0;
  return `${input}: carried over ${count(document.events.length, 'event')}, ${count(kept.images, 'image')}, ${count(kept.links, 'link')}, ${count(kept.credits, 'credit')}, ${count(kept.sources, 'source')}${eras ? `, ${count(eras, 'era')}` : ''}; not carried over: ${count(notes.length, 'note')}`;
}

async function convert(args: readonly string[], io: CliIo): Promise<number> {
  const from = option(args, '--from') ?? '';
  const input = args.find(
    (arg, i) => !arg.startsWith('-') && !OPTIONS_WITH_VALUES.includes(args[i - 1] ?? ''),
  );
  if (!input || !FORMATS.includes(from)) return usage(io);
  const imported = await importFile(from, input, option(args, '--lang'), io);
  if (!imported) return 1;
  const schema = 'https://unpkg.com/hk-ai-timeline/data/timeline.schema.json';
  const converted = `${JSON.stringify({ $schema: schema, ...imported.document }, null, 2)}\n`;
  const output = option(args, '-o');
  if (output) await writeFile(output, converted);
  else io.out(converted.trimEnd());
  io.err(carriedOver(input, imported));
  return imported.errors === 0 ? 0 : 1;
}

/** `report --from <format> <files>…`: per file, what an import would carry over and what not; nothing written. */
async function reportImports(from: string, files: readonly string[], lang: string | undefined, io: CliIo) {
  if (!FORMATS.includes(from) || files.length === 0) return usage(io);
  let status = 0;
  // Everything on standard output: the report is the output.
  const toOut: CliIo = { out: io.out, err: io.out };
  for (const file of files) {
    const imported = await importFile(from, file, lang, toOut);
    if (imported) io.out(carriedOver(file, imported));
    status = Math.max(status, !imported || imported.errors > 0 ? 1 : 0);
  }
  return status;
}

/**
 * `render --format svg`: the document's valid events as a poster. Diagnostics go to stderr, as `convert`'s do;
 * a document with nothing to show is not drawn.
 */
async function renderCommand(args: readonly string[], files: readonly string[], io: CliIo): Promise<number> {
  const [input] = files;
  const width = Number(option(args, '--width') ?? 1600);
  const format = option(args, '--format') ?? 'html';
  const layout = option(args, '--layout') ?? 'vertical';
  if (!input || files.length > 1 || !['html', 'svg'].includes(format) || !(width >= 640)) return usage(io);
  if (layout !== 'vertical' && layout !== 'horizontal') return usage(io);
  const text = await read(input, io);
  if (text === undefined) return 1;
  const result = parseTimelineJson(text);
  for (const diagnostic of result.diagnostics)
    io.err(`${input}: ${diagnostic.severity}: ${diagnostic.message}`);
  if (!result.ok) {
    io.err(`${input}: rejected (${result.kind}); nothing to draw`);
    return 1;
  }
  const lang = option(args, '--lang');
  let rendered: string;
  if (format === 'svg') rendered = renderPosterSvg(normalizeTimeline(result.document), { lang, width });
  else {
    // The server renderer (Lit SSR and the element) loads only for a page: the other commands stay light.
    const { renderTimelinePage } = await import('../ssr/render-timeline.js');
    const script = option(args, '--script');
    // The document as written: the page shows its problems as the element in a browser would.
    rendered = renderTimelinePage(JSON.parse(text), {
      layout,
      ...(lang && { lang }),
      ...(script && { script }),
    });
  }
  const output = option(args, '-o');
  if (output) await writeFile(output, rendered);
  else io.out(rendered.trimEnd());
  return result.diagnostics.some((d) => d.severity === 'error') ? 1 : 0;
}
