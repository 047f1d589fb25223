import type { TimelineEntry } from './normalize.js';
import type { LocalizedString } from './text.js';

/** A category that events can be filtered by: a key that is stable across languages, and its label texts. */
export interface TimelineCategory {
  readonly key: string;
  readonly label: LocalizedString;
  readonly count: number;
}

/** How the reader narrowed the timeline. */
export interface TimelineFilter {
  /** A category key (see `categoriesOf`); matched case-insensitively against any language of the label. */
  readonly category?: string;
  /** Words to find in any language of an event's title, description, category or tags. */
  readonly query?: string;
}

/** Folds case, width and compatibility forms, so "ＳｅｎｓｅＴｉｍｅ" finds "SenseTime". */
const fold = (text: string) => text.normalize('NFKC').toLocaleLowerCase();

/** The key of a category: its English text if it has one, else its first. */
export function categoryKey(label: LocalizedString): string {
  return fold((label.find(([tag]) => tag === 'en' || tag.startsWith('en-')) ?? label[0] ?? ['', ''])[1]);
}

/** The categories of the entries, in order of first appearance, with how many entries each has. */
export function categoriesOf(entries: readonly TimelineEntry[]): TimelineCategory[] {
  const found = new Map<string, { label: LocalizedString; count: number }>();
  // An index loop: it runs over every entry on the first render, before the engine optimizes it.
  for (let i = 0; i < entries.length; i += 1) {
    const { category } = entries[i]!;
    if (!category) continue;
    const key = categoryKey(category);
    const seen = found.get(key);
    if (seen) seen.count += 1;
    else found.set(key, { label: category, count: 1 });
  }
  return [...found].map(([key, { label, count }]) => ({ key, label, count }));
}

/** True when a category filter names this label: its key, or its text in any language, ignoring case. */
export function matchesCategory(label: LocalizedString | undefined, filter: string): boolean {
  const wanted = fold(filter.trim());
  return (
    label !== undefined && (categoryKey(label) === wanted || label.some(([, text]) => fold(text) === wanted))
  );
}

// Built once per entry and reused across filter and language changes.
const haystacks = new WeakMap<TimelineEntry, string>();

function haystackOf(entry: TimelineEntry): string {
  let haystack = haystacks.get(entry);
  if (haystack === undefined) {
    const texts = [entry.title, entry.description, entry.category].flatMap(
      (text) => text?.map(([, value]) => value) ?? [],
    );
    haystack = fold([...texts, ...entry.tags].join('\n'));
    haystacks.set(entry, haystack);
  }
  return haystack;
}

/**
 * The entries that pass the filter: in the category (if one is set, matched against any language of the label) and
 * containing every word of the query in some language. Order is kept.
 */
export function filterEntries(
  entries: readonly TimelineEntry[],
  filter: TimelineFilter,
): readonly TimelineEntry[] {
  const category = filter.category?.trim() ?? '';
  // No folding of an empty query: the first toLocaleLowerCase() of a page loads the case-mapping data.
  const words = filter.query?.trim() ? fold(filter.query).split(/\s+/).filter(Boolean) : [];
  if (!category && words.length === 0) return entries;
  return entries.filter(
    (entry) =>
      (!category || matchesCategory(entry.category, category)) &&
      words.every((word) => haystackOf(entry).includes(word)),
  );
}
