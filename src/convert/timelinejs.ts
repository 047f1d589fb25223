import type { TimelineEventJson } from '../model/types.js';
import { mediaFrom } from './media.js';
import { isoYear, isRecord, type ConversionNote, type ConversionResult } from './note.js';
import { toPlainText } from './plain-text.js';

/**
 * Converts a TimelineJS3 document (`{ title?, events, eras?, scale? }`) into ours, with notes on what did not carry
 * over: HTML (now plain text), times of day, backgrounds, unusable dates. Eras are carried over. Media that is not an image (a
 * video, a Wikipedia page, a map) becomes a link, and credits and captions are kept: no URL is lost.
 *
 * TimelineJS3 writes years before 1 CE as negative numbers and shows -500 as "500 BCE"; ISO 8601, which we use,
 * counts a year 0, so that year becomes `"-0499"`.
 */
export function fromTimelineJS(input: unknown): ConversionResult {
  const notes: ConversionNote[] = [];
  const note = (path: string, message: string) => notes.push({ path, message });
  if (!isRecord(input) || !Array.isArray(input['events'])) {
    note('$', 'not a TimelineJS3 document: it needs an object with an "events" array');
    return { document: { events: [] }, notes };
  }
  const text = (value: unknown, path: string): string | undefined => {
    if (typeof value !== 'string' || value.trim() === '') return undefined;
    const plain = toPlainText(value);
    if (plain.hadMarkup) note(path, 'HTML became plain text (links, emphasis and line breaks are gone)');
    return plain.text || undefined;
  };

  const document: {
    title?: string;
    description?: string;
    events: TimelineEventJson[];
    eras?: { title: string; date: string; end: string }[];
  } = { events: [] };
  const titleSlide = isRecord(input['title']) ? input['title'] : undefined;
  if (titleSlide && isRecord(titleSlide['text'])) {
    const headline = text(titleSlide['text']['headline'], '$.title.text.headline');
    const body = text(titleSlide['text']['text'], '$.title.text.text');
    if (headline) document.title = headline;
    if (body) document.description = body;
  }
  if (titleSlide?.['media']) note('$.title.media', 'the title slide’s media is not carried over');

  const ids = new Set<string>();
  input['events'].forEach((raw: unknown, index) => {
    const path = `$.events[${index}]`;
    if (!isRecord(raw)) return note(path, 'not an object; skipped');
    const date = timelineJsDate(raw['start_date'], `${path}.start_date`, note);
    if (!date) return note(path, 'no usable start_date; skipped');
    const slide = isRecord(raw['text']) ? raw['text'] : {};
    const title = text(slide['headline'], `${path}.text.headline`);
    if (!title) return note(path, 'no headline, and our events need a title; skipped');
    let id =
      typeof raw['unique_id'] === 'string' && raw['unique_id'].trim()
        ? raw['unique_id']
        : `event-${index + 1}`;
    while (ids.has(id)) id = `${id}-${index + 1}`;
    ids.add(id);

    const event: { -readonly [K in keyof TimelineEventJson]: TimelineEventJson[K] } = { id, date, title };
    if (raw['end_date'] !== undefined) {
      const end = timelineJsDate(raw['end_date'], `${path}.end_date`, note);
      if (end && end !== date) event.end = end;
    }
    const description = text(slide['text'], `${path}.text.text`);
    if (description) event.description = description;
    if (typeof raw['group'] === 'string' && raw['group'].trim())
      event.category = toPlainText(raw['group']).text;
    const media = timelineJsMedia(raw['media'], `${path}.media`, title, note);
    if (media && 'media' in media) event.media = media.media;
    if (media && 'link' in media) event.links = [media.link];
    if (raw['background'] !== undefined) note(`${path}.background`, 'backgrounds are not carried over');
    if (raw['display_date'] !== undefined)
      note(`${path}.display_date`, 'display_date is replaced by our own date label');
    document.events.push(event);
  });

  // Eras: a headline and two dates each; one without both dates is noted.
  if (Array.isArray(input['eras'])) {
    const eras: { title: string; date: string; end: string }[] = [];
    input['eras'].forEach((raw: unknown, index) => {
      const path = `$.eras[${index}]`;
      const era = isRecord(raw) ? raw : {};
      const start = timelineJsDate(era['start_date'], `${path}.start_date`, note);
      const end = timelineJsDate(era['end_date'], `${path}.end_date`, note);
      const headline = isRecord(era['text']) ? era['text']['headline'] : undefined;
      const title = typeof headline === 'string' ? toPlainText(headline).text : '';
      if (start && end && title) eras.push({ title, date: start, end });
      else note(path, 'an era needs a headline, a start_date and an end_date; this one is not carried over');
    });
    if (eras.length > 0) document.eras = eras;
  }
  if (input['scale'] === 'cosmological')
    note('$.scale', 'cosmological scale: dates beyond ±9999 cannot be carried over');
  return { document, notes };
}

/** `{ year, month?, day?, hour?, … }` (numbers or numeric strings) as `"YYYY"`, `"YYYY-MM"` or `"YYYY-MM-DD"`. */
function timelineJsDate(
  value: unknown,
  path: string,
  note: (path: string, message: string) => void,
): string | undefined {
  if (!isRecord(value)) return undefined;
  const number = (key: string) => {
    const field = value[key];
    const parsed =
      typeof field === 'number' ? field : typeof field === 'string' && field.trim() ? Number(field) : NaN;
    return Number.isFinite(parsed) ? parsed : undefined;
  };
  const year = number('year');
  if (year === undefined) return undefined;
  const iso = isoYear(year < 0 ? year + 1 : year);
  if (iso === undefined) {
    note(`${path}.year`, `the year ${year} is beyond ±9999 and cannot be written as an ISO 8601 date`);
    return undefined;
  }
  if (year < 0) note(`${path}.year`, `the year ${year} (${-year} BCE) is written "${iso}" in ISO 8601`);
  if (['hour', 'minute', 'second', 'millisecond'].some((key) => value[key] !== undefined)) {
    note(path, 'the time of day is dropped: dates are calendar days');
  }
  const month = number('month');
  const day = number('day');
  const pad = (n: number) => String(n).padStart(2, '0');
  if (month === undefined) return iso;
  if (day === undefined) return `${iso}-${pad(month)}`;
  return `${iso}-${pad(month)}-${pad(day)}`;
}

function timelineJsMedia(
  value: unknown,
  path: string,
  title: string,
  note: (path: string, message: string) => void,
): ReturnType<typeof mediaFrom> {
  if (!isRecord(value) || typeof value['url'] !== 'string' || !value['url'].trim()) return undefined;
  const plain = (key: string) =>
    typeof value[key] === 'string' ? toPlainText(value[key]).text || undefined : undefined;
  return mediaFrom(
    value['url'].trim(),
    { alt: plain('alt'), caption: plain('caption'), credit: plain('credit') },
    title,
    (message) => note(`${path}.url`, message),
  );
}
