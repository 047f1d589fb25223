import { LIMITS } from './limits.js';
import {
  CONFIDENCE_LEVELS,
  IMPORTANCE,
  type Confidence,
  type TimelineEventJson,
  type LinkKind,
  type TimelineLinkJson,
  type TimelineMediaJson,
  type TimelineSourceJson,
} from './types.js';
import {
  add,
  describe,
  isRecord,
  pathOf,
  Problem,
  quote,
  readFields,
  required,
  warn,
  warnUnknownFields,
  wrongType,
  type Context,
  type Mutable,
  type Optionals,
  type Place,
  type Read,
} from './validate-context.js';
import {
  hasText,
  readBoolean,
  readEventDate,
  readDateText,
  readEnd,
  readFetchUrl,
  readId,
  readLinkUrl,
  readText,
} from './validate-values.js';

const EVENT_FIELDS = new Set([
  'id',
  'date',
  'approximate',
  'end',
  'title',
  'description',
  'category',
  'tags',
  'sources',
  'media',
  'links',
  'confidence',
  'importance',
]);
const SOURCE_FIELDS = new Set(['url', 'title', 'publisher', 'date']);
const MEDIA_FIELDS = new Set(['image', 'alt', 'caption', 'credit']);
const LINK_FIELDS = new Set(['url', 'kind', 'caption', 'credit']);
const LINK_KINDS: readonly LinkKind[] = ['video', 'audio', 'map', 'page', 'post', 'document'];

export function readEvent(
  raw: unknown,
  place: Place,
  context: Context,
  seenIds: Set<string>,
): TimelineEventJson | undefined {
  context.eventId = undefined;
  if (!isRecord(raw)) {
    add(
      context,
      'error',
      pathOf(place),
      'event-not-an-object',
      `an event must be an object, not ${describe(raw)}; skipped`,
    );
    return undefined;
  }
  const rawId = Object.hasOwn(raw, 'id') ? raw['id'] : undefined;
  context.eventId = typeof rawId === 'string' && hasText(rawId) ? rawId : undefined;

  const id = required(raw, 'id', readId, context, place);
  if (id instanceof Problem) return skip(context, place, 'id', id);
  if (seenIds.has(id)) {
    return skip(
      context,
      place,
      'id',
      new Problem('duplicate-id', `the id ${quote(id)} is already used by an earlier event`),
    );
  }
  const date = required(raw, 'date', readEventDate, context, place);
  if (date instanceof Problem) return skip(context, place, 'date', date);
  const title = required(raw, 'title', readText, context, place);
  if (title instanceof Problem) return skip(context, place, 'title', title);
  seenIds.add(id);

  context.start = date;
  const event = readFields(raw, EVENT_OPTIONALS, context, place, { id, date: date.iso, title });
  warnUnknownFields(raw, EVENT_FIELDS, context, place);
  return event;
}

function skip(context: Context, place: Place, key: string, problem: Problem): undefined {
  add(context, 'error', pathOf([place, key]), problem.code, `${problem.message}; the event is skipped`);
  return undefined;
}

function readTags(value: unknown, context: Context, parent: Place, key: string): Read<string[]> {
  if (!Array.isArray(value)) return wrongType('an array of strings', value);
  const tags: string[] = [];
  value.forEach((tag: unknown, index) => {
    if (typeof tag === 'string' && hasText(tag) && tag.length <= LIMITS.textLength) tags.push(tag);
    else warn(context, [[parent, key], index], wrongType('a non-empty string', tag));
  });
  return tags;
}

function readMedia(value: unknown, context: Context, parent: Place, key: string): Read<TimelineMediaJson> {
  if (!isRecord(value)) return wrongType('an object with "image" and "alt"', value);
  const place: Place = [parent, key];
  const image = required(value, 'image', readFetchUrl, context, place);
  if (image instanceof Problem) return new Problem(image.code, `"image": ${image.message}`);
  const alt = required(value, 'alt', readText, context, place);
  if (alt instanceof Problem) return new Problem(alt.code, `"alt": ${alt.message}`);
  warnUnknownFields(value, MEDIA_FIELDS, context, place);
  return readFields<TimelineMediaJson>(value, MEDIA_OPTIONALS, context, place, { image, alt });
}

function readLinkKind(value: unknown): Read<LinkKind> {
  return LINK_KINDS.includes(value as LinkKind)
    ? (value as LinkKind)
    : new Problem(
        'invalid-value',
        `${quote(value)} is not one of ${LINK_KINDS.map((kind) => `"${kind}"`).join(', ')}`,
      );
}

function readConfidence(value: unknown): Read<Confidence> {
  return CONFIDENCE_LEVELS.includes(value as Confidence)
    ? (value as Confidence)
    : new Problem(
        'invalid-value',
        `${quote(value)} is not one of ${CONFIDENCE_LEVELS.map((level) => `"${level}"`).join(', ')}`,
      );
}

const IMPORTANCE_RANGE = `an integer from ${IMPORTANCE.least} to ${IMPORTANCE.most}`;

function readImportance(value: unknown): Read<number> {
  if (typeof value !== 'number') return wrongType(IMPORTANCE_RANGE, value);
  return Number.isInteger(value) && value >= IMPORTANCE.least && value <= IMPORTANCE.most
    ? value
    : new Problem('invalid-value', `${quote(value)} is not ${IMPORTANCE_RANGE}`);
}

/**
 * A list of things with a `url` (sources, links): each read with `readUrl` and its optional fields, a bad one
 * ignored with a warning that names it (`the source is ignored`).
 */
function urlList<T extends { readonly url: string }>(
  what: string,
  readUrl: (value: unknown) => Read<string>,
  optionals: Optionals<T>,
  fields: ReadonlySet<string>,
): (value: unknown, context: Context, parent: Place, key: string) => Read<T[]> {
  return (value, context, parent, key) => {
    if (!Array.isArray(value)) return wrongType(`an array of ${what}s`, value);
    const items: T[] = [];
    value.forEach((raw: unknown, index) => {
      const place: Place = [[parent, key], index];
      if (!isRecord(raw)) return warn(context, place, wrongType('an object with a "url"', raw));
      const url = required(raw, 'url', readUrl, context, place);
      if (url instanceof Problem) return warn(context, [place, 'url'], url, `the ${what} is ignored`);
      items.push(readFields(raw, optionals, context, place, { url } as Mutable<T>));
      warnUnknownFields(raw, fields, context, place);
    });
    return items;
  };
}

const MEDIA_OPTIONALS: Optionals<TimelineMediaJson> = [
  ['caption', readText],
  ['credit', readText],
];
const LINK_OPTIONALS: Optionals<TimelineLinkJson> = [
  ['kind', readLinkKind],
  ['caption', readText],
  ['credit', readText],
];
const SOURCE_OPTIONALS: Optionals<TimelineSourceJson> = [
  ['title', readText],
  ['publisher', readText],
  ['date', readDateText],
];
const readSources = urlList<TimelineSourceJson>('source', readLinkUrl, SOURCE_OPTIONALS, SOURCE_FIELDS);
const readLinks = urlList<TimelineLinkJson>('link', readFetchUrl, LINK_OPTIONALS, LINK_FIELDS);

const EVENT_OPTIONALS: Optionals<TimelineEventJson> = [
  ['approximate', readBoolean],
  ['end', readEnd],
  ['description', readText],
  ['category', readText],
  ['tags', readTags],
  ['sources', readSources],
  ['media', readMedia],
  ['links', readLinks],
  ['confidence', readConfidence],
  ['importance', readImportance],
];
