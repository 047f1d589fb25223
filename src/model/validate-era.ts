import type { CalendarDate } from './dates.js';
import type { LocalizedText, TimelineEraJson } from './types.js';
import {
  isRecord,
  Problem,
  required,
  warn,
  warnUnknownFields,
  wrongType,
  type Context,
  type Place,
  type Read,
} from './validate-context.js';
import { readDate, readEnd, readText } from './validate-values.js';

const ERA_FIELDS = new Set(['title', 'date', 'end']);

/** Reads the eras: a bad era is dropped with a warning naming it; the others stay. */
export function readEras(value: unknown, context: Context): Read<TimelineEraJson[]> {
  if (!Array.isArray(value)) return wrongType('an array of eras', value);
  const eras: TimelineEraJson[] = [];
  value.forEach((raw: unknown, index) => {
    const place: Place = ['$.eras', index];
    if (!isRecord(raw))
      return warn(context, place, wrongType('an object with "title", "date" and "end"', raw));
    const date = required(raw, 'date', readDate, context, place);
    if (!(date instanceof Problem)) context.start = date;
    const fields = {
      title: required(raw, 'title', readText, context, place),
      date,
      end: date instanceof Problem ? date : required(raw, 'end', readEnd, context, place),
    };
    for (const [field, read] of Object.entries(fields)) {
      if (read instanceof Problem) return warn(context, [place, field], read, 'the era is ignored');
    }
    warnUnknownFields(raw, ERA_FIELDS, context, place);
    eras.push({
      title: fields.title as LocalizedText,
      date: (date as CalendarDate).iso,
      end: fields.end as string,
    });
  });
  return eras;
}
