// Reading <hk-ai-event> children defines the element: pages that write none never load it.
import '../components/event/event.js';
import type { LocalizedText } from '../model/types.js';
import { validateTimeline, type ValidationResult } from '../model/validate.js';
import { timelineFromText } from './fetch-timeline.js';
import { fromValidation, type TimelineLoadResult } from './load-result.js';

/** The tag of an event written in HTML as a child of `<hk-ai-timeline>`. */
export const EVENT_ELEMENT = 'hk-ai-event';

/**
 * The timeline document written in an element's light DOM, validated: a `<script type="application/json">` child
 * holding a whole document (what `renderTimeline` emits), else its `<hk-ai-event>` children. `undefined` when it
 * has neither. Diagnostics of `<hk-ai-event>` children name the element: `hk-ai-event[3].date` is the third one's.
 */
export function timelineFromLightDom(host: Element): TimelineLoadResult | undefined {
  const script = host.querySelector(':scope > script[type="application/json"]');
  if (script) return timelineFromText(script.textContent ?? '');
  const elements = host.querySelectorAll(`:scope > ${EVENT_ELEMENT}`);
  if (elements.length === 0) return undefined;
  return fromValidation(nameElements(validateTimeline(documentFromEventElements(elements))));
}

/**
 * Reads `<hk-ai-event>` elements into a timeline document: plain JSON, not yet validated, one event per element
 * in order, so that `validateTimeline` reports bad authoring exactly as it reports bad JSON.
 *
 * - Attributes: `id`, `date`, `end`, `approximate` (present means true), `confidence`, `category`, `importance`
 *   (a number) and `tags` (comma-separated).
 * - Children: a heading (`h1`–`h6`) is the title, paragraphs (`p`) the description, each link (`a[href]`) a
 *   source, titled by its text and published by its `data-publisher`, and the first image (`img[src]`) the
 *   event's picture, described by its `alt` (in its language).
 * - What the attributes and children cannot say (eras, a document title) needs a JSON document.
 * - Languages: a text is in the language of its closest `lang` attribute, as in HTML. Repeating the heading or the
 *   paragraphs with another `lang` gives the text in that language too.
 */
export function documentFromEventElements(elements: Iterable<Element>): { events: object[] } {
  return { events: [...elements].map(readEventElement) };
}

function readEventElement(element: Element): Record<string, unknown> {
  const event: Record<string, unknown> = {};
  for (const name of ['id', 'date', 'end', 'confidence']) {
    const value = element.getAttribute(name);
    if (value !== null) event[name] = value;
  }
  if (element.hasAttribute('approximate')) event['approximate'] = true;
  // As written: the validator says what is wrong with "high" or 7, as it does for JSON.
  const importance = element.getAttribute('importance');
  if (importance !== null) event['importance'] = importance.trim() === '' ? importance : Number(importance);
  const tags = element.getAttribute('tags');
  if (tags !== null)
    event['tags'] = tags
      .split(',')
      .map((tag) => tag.trim())
      .filter(Boolean);
  const category = element.getAttribute('category');
  if (category !== null) event['category'] = localizedText([element], () => category);
  const title = localizedText(element.querySelectorAll('h1, h2, h3, h4, h5, h6'));
  if (title !== undefined) event['title'] = title;
  const description = localizedText(element.querySelectorAll('p'));
  if (description !== undefined) event['description'] = description;
  const links = [...element.querySelectorAll('a[href]')];
  if (links.length > 0) {
    event['sources'] = links.map((link) => ({
      url: link.getAttribute('href'),
      // An untitled source shows its URL; an empty title would only earn a warning.
      ...(textOf(link) && { title: localizedText([link]) }),
      ...(link.hasAttribute('data-publisher') && {
        publisher: localizedText([link], () => link.getAttribute('data-publisher') ?? ''),
      }),
    }));
  }
  const image = element.querySelector('img[src]');
  if (image) {
    event['media'] = {
      image: image.getAttribute('src'),
      alt: localizedText([image], () => image.getAttribute('alt') ?? ''),
    };
  }
  return event;
}

/**
 * The text of `elements` by language: a plain string for one element of unknown language, else a map in which
 * texts in the same language join and one of unknown language is `und` (undetermined). `undefined` for none.
 */
function localizedText(
  elements: Iterable<Element>,
  text: (element: Element) => string = textOf,
): LocalizedText | undefined {
  const texts = new Map<string, string>();
  for (const element of elements) {
    const language = languageOf(element);
    const before = texts.get(language);
    texts.set(language, before === undefined ? text(element) : `${before} ${text(element)}`);
  }
  if (texts.size === 0) return undefined;
  const plain = texts.size === 1 ? texts.get('') : undefined;
  // fromEntries defines own properties: a lang of "__proto__" stays a (rejected) tag, never a prototype.
  return plain ?? Object.fromEntries([...texts].map(([language, value]) => [language || 'und', value]));
}

function languageOf(element: Element): string {
  return element.closest('[lang]')?.getAttribute('lang') ?? '';
}

function textOf(element: Element): string {
  return (element.textContent ?? '').replace(/\s+/g, ' ').trim();
}

/** `$.events[2]` → `hk-ai-event[3]`: the path of a diagnostic as the element an author wrote (counted from 1). */
function nameElements(result: ValidationResult): ValidationResult {
  const rename = (text: string) =>
    text.replace(/\$\.events\[(\d+)\]/g, (_, index: string) => `${EVENT_ELEMENT}[${Number(index) + 1}]`);
  const diagnostics = result.diagnostics.map((diagnostic) => ({
    ...diagnostic,
    path: rename(diagnostic.path),
    message: rename(diagnostic.message),
  }));
  return { ...result, diagnostics };
}
