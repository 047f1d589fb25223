/**
 * Mermaid `timeline` diagrams into our schema: the public `fromMermaid` and `MermaidOptions`, the reading of the
 * diagram's statements (front matter, directives, titles, sections, periods and their events) and the building of
 * the document from them. How a period's text reads as a date or a range lives in `mermaid-periods.ts`, which
 * knows nothing of diagrams or documents.
 */
import { canonicalLanguageTag } from '../model/languages.js';
import { LIMITS } from '../model/limits.js';
import type { TimelineDocumentJson, TimelineEventJson } from '../model/types.js';
import type { Mutable } from '../model/validate.js';
import { readPeriod } from './mermaid-periods.js';
import type { ConversionNote, ConversionResult } from './note.js';
import { toPlainText } from './plain-text.js';

/** Options for `fromMermaid`. */
export interface MermaidOptions {
  /** The language the diagram's text is in (a BCP 47 tag); it becomes the document's `lang`. */
  readonly lang?: string;
}

/**
 * Converts a Mermaid `timeline` diagram (https://mermaid.js.org/syntax/timeline.html) into our schema, with notes
 * on what did not carry over. Never throws: text that is not a timeline gives an empty document and a note why.
 *
 * - `title …` is the document's title; `accTitle: …` stands in when there is none, `accDescr: …` (or
 *   `accDescr { … }`) is its description. A front-matter `title:` counts as a title too.
 * - `<period> : <event> : <event>`, and continuation lines `: <event>`, give one event per event text, dated by the
 *   period. `section …` becomes the category of the events after it.
 * - A period is a date when it is written `YYYY`, `YYYY-MM`, `YYYY-MM-DD` (with a leading `-` before 1 BC, as in
 *   the schema), `YYYY-MM-DD hh:mm` (the time is dropped), `N BC`/`N BCE`/`N CE`/`AD N`, or a range of those
 *   (`2013 - 2014`, `2013-2014`, `2013–2014`, `2013 to 2014`), optionally after `c.`, `ca.`, `circa` or `~`
 *   (`approximate`). Any other period ("Industry 1.0", "17th century", "Q1 2024") has no date, and the schema has
 *   no place for undated events: its events are not placed, and one note per period lists them, so that nothing is
 *   given a date the diagram does not state.
 * - Text is plain text: `<br>` becomes a space, other HTML is removed, entities are decoded.
 * - Comments (`%%`, `#`), `%%{…}%%` directives, front-matter `config` and the direction (`timeline TD`) set how
 *   Mermaid draws the diagram and are not carried over.
 *
 * Ids are slugs of the period and the event text (`2004-facebook`), with `-2`, `-3`… where they would repeat.
 * Note paths are `line N` (1-based), or `$` for the text as a whole.
 */
export function fromMermaid(text: string, options: MermaidOptions = {}): ConversionResult {
  const reader = new DiagramReader();
  const diagram = reader.read(text);
  if (!diagram) return { document: { events: [] }, notes: reader.finish() };
  const document = toDocument(diagram, options, reader);
  return { document, notes: reader.finish() };
}

interface Located {
  readonly text: string;
  readonly line: number;
}

interface Section extends Located {
  /** Whether its markup has been noted (once, when an event first uses it). */
  noted: boolean;
}

interface Period extends Located {
  readonly section: Section | undefined;
  readonly events: Located[];
}

type Field = 'title' | 'accTitle' | 'accDescr';

const FIELD_NAMES: Record<Field, string> = {
  title: 'the title',
  accTitle: 'the accessible title',
  accDescr: 'the accessible description',
};

interface Diagram {
  readonly periods: readonly Period[];
  readonly fields: Partial<Record<Field, Located>>;
  readonly frontMatterTitle: Located | undefined;
}

const DIRECTIVE_NOTE = 'a %%{…}%% directive is not carried over: it sets how Mermaid draws the diagram';
/** A colon separates a period from its events, and events from each other, only before white space. */
const SEPARATOR = /:(?=\s|$)/;

/** Reads the text into periods, sections and titles, noting as it goes; knows nothing of our schema. */
class DiagramReader {
  private readonly notes: { readonly line: number; readonly message: string }[] = [];
  private header = false;
  private section: Section | undefined;
  private period: Period | undefined;
  private readonly periods: Period[] = [];
  private readonly fields: Partial<Record<Field, Located>> = {};
  /** An `accDescr {` block still open, and its lines so far. */
  private block: { readonly line: number; readonly parts: string[] } | undefined;
  /** Set once the text turns out not to be a timeline: reading stops there. */
  private failed = false;

  note(line: number, message: string): void {
    this.notes.push({ line, message });
  }

  /** The notes in the order of the text; those about the whole text (`$`) first. */
  finish(): ConversionNote[] {
    return [...this.notes]
      .sort((a, b) => a.line - b.line)
      .map(({ line, message }) => ({ path: line > 0 ? `line ${line}` : '$', message }));
  }

  read(text: unknown): Diagram | undefined {
    if (typeof text !== 'string') return this.fail(0, 'the input is not text');
    const lines = text.replace(/^\uFEFF/, '').split(/\r\n?|\n/);
    if (lines.every((line) => line.trim() === '')) return this.fail(0, 'the input is empty');
    let index = lines.findIndex((line) => line.trim() !== '');
    let frontMatterTitle: Located | undefined;
    if (lines[index]!.trim() === '---') {
      const close = lines.findIndex((line, i) => i > index && line.trim() === '---');
      if (close < 0)
        return this.fail(
          index + 1,
          `the front matter that opens on line ${index + 1} is never closed by "---"`,
        );
      frontMatterTitle = this.readFrontMatter(lines, index, close);
      index = close + 1;
    }
    let directive = false;
    for (; index < lines.length && !this.failed; index += 1) {
      const line = index + 1;
      // Directives may span lines; what is outside them is read as usual.
      let rest = lines[index]!;
      let kept = '';
      for (;;) {
        if (directive) {
          const close = rest.indexOf('}%%');
          if (close < 0) break;
          rest = rest.slice(close + 3);
          directive = false;
        }
        const open = rest.indexOf('%%{');
        if (open < 0) {
          kept += rest;
          break;
        }
        kept += rest.slice(0, open);
        rest = rest.slice(open + 3);
        directive = true;
        this.note(line, DIRECTIVE_NOTE);
      }
      this.consume(kept, line);
    }
    if (this.failed) return undefined;
    if (!this.header) return this.fail(0, 'there is no "timeline" statement, only comments or settings');
    if (this.block) {
      this.note(this.block.line, 'accDescr { is never closed by "}": its text runs to the end');
      this.setField('accDescr', this.block.parts.join('\n'), this.block.line);
    }
    return { periods: this.periods, fields: this.fields, frontMatterTitle };
  }

  private fail(line: number, why: string): undefined {
    this.failed = true;
    this.note(line, `not a Mermaid timeline: ${why}`);
    return undefined;
  }

  /** Top-level `key: value` lines of the YAML between lines `open` and `close`; only `title` carries over. */
  private readFrontMatter(lines: readonly string[], open: number, close: number): Located | undefined {
    let title: Located | undefined;
    const others: string[] = [];
    for (let i = open + 1; i < close; i += 1) {
      const entry = /^([A-Za-z_][\w-]*)\s*:\s*(.*)$/.exec(lines[i]!);
      if (!entry) continue;
      if (entry[1] === 'title') {
        const value = yamlScalar(entry[2]!);
        if (value) title = { text: value, line: i + 1 };
      } else others.push(quote(entry[1]!));
    }
    if (others.length > 0) {
      const [subject, verb] = others.length === 1 ? ['it sets', 'is'] : ['they set', 'are'];
      this.note(
        open + 1,
        `the front matter's ${list(others)} ${verb} not carried over: ${subject} how Mermaid draws the diagram`,
      );
    }
    return title;
  }

  /** One line outside directives: comments are skipped, an `accDescr {` block is collected. */
  private consume(line: string, number: number): void {
    let rest = line;
    for (;;) {
      if (this.block) {
        const close = rest.indexOf('}');
        if (close < 0) return void this.block.parts.push(rest);
        this.block.parts.push(rest.slice(0, close));
        this.setField('accDescr', this.block.parts.join('\n'), this.block.line);
        this.block = undefined;
        rest = rest.slice(close + 1);
        continue;
      }
      const text = rest.trim();
      if (text === '' || text.startsWith('%%') || text.startsWith('#')) return;
      const block = this.header ? /^accdescr\s*\{/i.exec(text) : null;
      if (!block) return this.statement(text, number);
      this.block = { line: number, parts: [] };
      rest = text.slice(block[0].length);
    }
  }

  /** One statement (a trimmed line): keywords are case-insensitive, as in Mermaid. */
  private statement(text: string, line: number): void {
    if (!this.header) {
      const header = /^timeline(?:\s+(.*))?$/i.exec(text);
      if (!header) return void this.fail(line, `the first statement is ${quote(clip(text, 60))}`);
      this.header = true;
      const rest = header[1]?.trim();
      if (rest && /^(LR|TD)$/i.test(rest)) {
        // LR is what Mermaid does by default, and what the timeline does too.
        if (/^TD$/i.test(rest))
          this.note(line, 'the direction "TD" (top down) is not carried over: the timeline lays itself out');
      } else if (rest) this.consume(rest, line);
      return;
    }
    let match: RegExpExecArray | null;
    if ((match = /^title\s+(.+)$/i.exec(text))) return this.setField('title', match[1]!, line);
    if ((match = /^acctitle\s*:\s*(.*)$/i.exec(text))) return this.setField('accTitle', match[1]!, line);
    if ((match = /^accdescr\s*:\s*(.*)$/i.exec(text))) return this.setField('accDescr', match[1]!, line);
    if ((match = /^section\s+(.+)$/i.exec(text))) {
      this.section = { text: match[1]!, line, noted: false };
      return;
    }
    if (text.startsWith(':')) {
      const events = this.readEvents(text.slice(1).split(SEPARATOR), line);
      // A loop, not push(...events): a line may hold more events than a call has arguments.
      if (this.period) for (const event of events) this.period.events.push(event);
      else if (events.length > 0) {
        this.note(
          line,
          `${events.length === 1 ? 'an event' : `${events.length} events`} (${list(events.map((e) => quote(plain(e.text))))}) before any period ${events.length === 1 ? 'was' : 'were'} not placed: there is no period to date ${events.length === 1 ? 'it' : 'them'}`,
        );
      }
      return;
    }
    const [period, ...rest] = text.split(SEPARATOR);
    this.period = {
      text: period!.trim(),
      line,
      section: this.section,
      events: this.readEvents(rest, line),
    };
    this.periods.push(this.period);
  }

  /** The events after a period's colon, or a continuation line's, split at their colons. */
  private readEvents(parts: readonly string[], line: number): Located[] {
    const events: Located[] = [];
    for (const part of parts) {
      const event = part.trim();
      if (event) events.push({ text: event, line });
      else this.note(line, 'an empty event (nothing after a colon) is ignored');
    }
    return events;
  }

  /** Later statements replace earlier ones in Mermaid; so they do here, with a note. */
  private setField(field: Field, text: string, line: number): void {
    const previous = this.fields[field];
    if (previous) {
      this.note(
        previous.line,
        `${FIELD_NAMES[field]} ${quote(plain(previous.text))} is replaced by a later one, as in Mermaid`,
      );
    }
    this.fields[field] = { text, line };
  }
}

/** The diagram as our document: dated periods become events, the others notes. */
function toDocument(diagram: Diagram, options: MermaidOptions, reader: DiagramReader): TimelineDocumentJson {
  const note = (line: number, message: string) => reader.note(line, message);
  const text = (value: Located, what: string) => readText(value, what, note);

  let lang: string | undefined;
  if (options?.lang !== undefined) {
    lang = typeof options.lang === 'string' ? canonicalLanguageTag(options.lang) : undefined;
    if (!lang)
      note(0, `${quote(String(options.lang))} is not a BCP 47 language tag: the document has no lang`);
  }

  const { fields, frontMatterTitle } = diagram;
  const titleSource = fields.title ?? frontMatterTitle;
  if (fields.title && frontMatterTitle) {
    note(
      frontMatterTitle.line,
      `the front matter's title ${quote(plain(frontMatterTitle.text))} is not carried over: the title statement on line ${fields.title.line} is used`,
    );
  }
  let title = titleSource && text(titleSource, 'the title');
  if (fields.accTitle) {
    const accTitle = plain(fields.accTitle.text);
    if (!title) title = text(fields.accTitle, 'the accessible title');
    else if (accTitle && accTitle !== title) {
      note(
        fields.accTitle.line,
        `the accessible title ${quote(accTitle)} is not carried over: the document has the title ${quote(title)}`,
      );
    }
  }
  const description = fields.accDescr && text(fields.accDescr, 'the accessible description');

  const events: TimelineEventJson[] = [];
  const ids = new IdSet();
  let beyondLimit = 0;
  for (const period of diagram.periods) {
    const label = plain(period.text);
    const where = `period ${quote(label)}${period.section ? ` in section ${quote(plain(period.section.text))}` : ''}`;
    const texts = period.events.filter((event) => plain(event.text) !== '');
    if (texts.length < period.events.length) {
      note(period.line, 'an event with no text once its HTML is removed was not placed');
    }
    if (texts.length === 0) {
      // "2004:Facebook" is one period in Mermaid: the colon separates only before a space.
      const hint = label.includes(':') ? ' (a colon separates events only when a space follows it)' : '';
      if (period.events.length === 0) note(period.line, `${where} has no events: nothing to place${hint}`);
      continue;
    }
    const when = readPeriod(label);
    if ('reason' in when) {
      const n = texts.length;
      note(
        period.line,
        `${where} is not a date${when.reason ? ` (${when.reason})` : ''}: its ${n === 1 ? '1 event' : `${n} events`} (${list(texts.map((event) => quote(plain(event.text))))}) ${n === 1 ? 'was' : 'were'} not placed on the timeline`,
      );
      continue;
    }
    for (const remark of when.remarks) note(period.line, `${where}: ${remark}`);
    const section = period.section;
    let category: string | undefined;
    if (section && plain(section.text)) {
      // Its markup is noted once, not for every period in it.
      category = readText(section, 'the section', section.noted ? () => undefined : note);
      section.noted = true;
    }
    for (const eventText of texts) {
      if (events.length >= LIMITS.events) {
        beyondLimit += 1;
        continue;
      }
      const eventTitle = text(eventText, 'the event');
      const event: Mutable<TimelineEventJson> = {
        id: ids.take(slug(`${label} ${eventTitle}`)),
        date: when.date,
        title: eventTitle,
      };
      if (when.end) event.end = when.end;
      if (when.approximate) event.approximate = true;
      if (category) event.category = category;
      events.push(event);
    }
  }
  if (beyondLimit > 0) {
    note(0, `${beyondLimit} more events were not placed: a document holds at most ${LIMITS.events}`);
  }
  if (diagram.periods.length === 0) note(0, 'the timeline has no time periods: there is nothing to place');
  return {
    ...(lang && { lang }),
    ...(title && { title }),
    ...(description && { description }),
    events,
  };
}

const LINE_BREAK = /<br\s*\/?>/gi;

/** Plain text of a statement's text, noting what markup became and cutting what is over the length limit. */
function readText(value: Located, what: string, note: (line: number, message: string) => void): string {
  const { text, hadMarkup } = toPlainText(value.text);
  if (hadMarkup) {
    const breaks = value.text.match(LINE_BREAK)?.length ?? 0;
    const onlyBreaks = breaks > 0 && !toPlainText(value.text.replace(LINE_BREAK, ' ')).hadMarkup;
    note(
      value.line,
      onlyBreaks
        ? `${breaks === 1 ? 'the line break' : 'the line breaks'} (<br>) in ${what} ${quote(text)} became ${breaks === 1 ? 'a space' : 'spaces'}`
        : `HTML in ${what} ${quote(text)} became plain text`,
    );
  }
  if (text.length <= LIMITS.textLength) return text;
  note(value.line, `${what} is longer than ${LIMITS.textLength} characters: it is cut to that length`);
  return clip(text, LIMITS.textLength - 1);
}

const plain = (text: string) => toPlainText(text).text;

/** Quoted as JSON writes it, so that quotes and control characters in the text cannot confuse a reader. */
const quote = (text: string) => JSON.stringify(text);

const list = (items: readonly string[]) =>
  items.length < 3 ? items.join(' and ') : `${items.slice(0, -1).join(', ')} and ${items.at(-1)}`;

/** The first `length` characters, not splitting a surrogate pair; an ellipsis if anything was cut. */
function clip(text: string, length: number): string {
  if (text.length <= length) return text;
  const end = /[\uD800-\uDBFF]/.test(text[length - 1]!) ? length - 1 : length;
  return `${text.slice(0, end)}…`;
}

/** A lowercase slug of letters and digits in any script: "2004 Facebook" → "2004-facebook". */
function slug(text: string): string {
  const words = Array.from(
    text
      .slice(0, 200)
      .normalize('NFKD')
      .replace(/\p{M}+/gu, '')
      .normalize('NFC')
      .toLowerCase()
      .replace(/['’]/g, '')
      .replace(/[^\p{L}\p{N}]+/gu, '-')
      .replace(/^-+|-+$/g, ''),
  );
  const cut = words.slice(0, 60).join('');
  // Cut at a word's end when the slug is long.
  const base = words.length > 60 ? cut.replace(/-[^-]*$/, '') || cut : cut;
  return base || 'event';
}

/** Ids handed out so far; a repeated one gets `-2`, `-3`… */
class IdSet {
  private readonly used = new Set<string>();
  /** The next suffix to try for each base, so that a thousand repeats cost no more than one. */
  private readonly next = new Map<string, number>();

  take(base: string): string {
    let id = base;
    let n = this.next.get(base) ?? 2;
    while (this.used.has(id)) id = `${base}-${n++}`;
    this.next.set(base, n);
    this.used.add(id);
    return id;
  }
}

/** A YAML scalar as plain YAML front matter writes it: bare (up to a ` #` comment), 'single' or "double" quoted. */
function yamlScalar(value: string): string {
  const text = value.trim();
  if (/^".*"$/.test(text)) {
    try {
      return String(JSON.parse(text));
    } catch {
      return text.slice(1, -1);
    }
  }
  if (/^'.*'$/.test(text)) return text.slice(1, -1).replace(/''/g, "'");
  return text.replace(/\s+#.*$/, '');
}
