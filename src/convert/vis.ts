import type { TimelineEventJson } from '../model/types.js';
import { isoYear, isRecord, type ConversionNote, type ConversionResult } from './note.js';
import { toPlainText } from './plain-text.js';

/**
 * Converts vis-timeline items (`{ id, content, start, end?, group?, type?, title? }[]`), with their groups if given
 * (`{ id, content }[]`, whose content becomes the category), into our schema, with notes on what did not carry over.
 *
 * vis-timeline dates are instants. A date-only string (`"2014-04-20"`) keeps its day; anything with a time, a number
 * of milliseconds or a Date is read as the UTC calendar day it falls on, and the time of day is dropped.
 */
export function fromVisItems(items: unknown, groups?: unknown): ConversionResult {
  const notes: ConversionNote[] = [];
  const note = (path: string, message: string) => notes.push({ path, message });
  if (!Array.isArray(items)) {
    note('$', 'not a vis-timeline item array');
    return { document: { events: [] }, notes };
  }
  const groupNames = new Map<unknown, string>();
  if (Array.isArray(groups)) {
    for (const group of groups) {
      if (isRecord(group) && typeof group['content'] === 'string') {
        groupNames.set(group['id'], toPlainText(group['content']).text);
      }
    }
  }
  const ids = new Set<string>();
  const events: TimelineEventJson[] = [];
  items.forEach((raw: unknown, index) => {
    const path = `$[${index}]`;
    if (!isRecord(raw)) return note(path, 'not an object; skipped');
    if (raw['type'] === 'background')
      return note(path, 'a background item (a shaded period) is not carried over');
    const date = visDate(raw['start'], `${path}.start`, note);
    if (!date) return note(path, 'no usable start; skipped');
    const content = typeof raw['content'] === 'string' ? toPlainText(raw['content']) : undefined;
    if (!content?.text) return note(path, 'no text content, and our events need a title; skipped');
    if (content.hadMarkup) note(`${path}.content`, 'HTML became plain text');
    let id =
      raw['id'] !== undefined && raw['id'] !== null && String(raw['id']).trim()
        ? String(raw['id'])
        : `item-${index + 1}`;
    while (ids.has(id)) id = `${id}-${index + 1}`;
    ids.add(id);
    const event: { -readonly [K in keyof TimelineEventJson]: TimelineEventJson[K] } = {
      id,
      date,
      title: content.text,
    };
    if (raw['end'] !== undefined && raw['end'] !== null) {
      const end = visDate(raw['end'], `${path}.end`, note);
      if (end && end !== date) event.end = end;
    }
    if (typeof raw['title'] === 'string' && raw['title'].trim()) {
      const tooltip = toPlainText(raw['title']);
      if (tooltip.text) event.description = tooltip.text;
      if (tooltip.hadMarkup) note(`${path}.title`, 'HTML became plain text');
    }
    if (raw['group'] !== undefined) event.category = groupNames.get(raw['group']) ?? String(raw['group']);
    for (const key of ['className', 'style', 'editable', 'subgroup']) {
      if (raw[key] !== undefined) note(`${path}.${key}`, `${key} is not carried over`);
    }
    events.push(event);
  });
  return { document: { events }, notes };
}

const DATE_ONLY = /^(-?\d{4,6})-(\d{2})-(\d{2})$/;

function visDate(
  value: unknown,
  path: string,
  note: (path: string, message: string) => void,
): string | undefined {
  if (typeof value === 'string') {
    const dateOnly = DATE_ONLY.exec(value.trim());
    if (dateOnly) {
      const year = isoYear(Number(dateOnly[1]));
      return year ? `${year}-${dateOnly[2]}-${dateOnly[3]}` : undefined;
    }
  }
  const instant =
    value instanceof Date
      ? value
      : typeof value === 'number' || typeof value === 'string'
        ? new Date(value)
        : undefined;
  if (!instant || Number.isNaN(instant.getTime())) return undefined;
  note(path, 'an instant: its UTC calendar day is kept, the time of day is dropped');
  const year = isoYear(instant.getUTCFullYear());
  if (!year) return undefined;
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${year}-${pad(instant.getUTCMonth() + 1)}-${pad(instant.getUTCDate())}`;
}
