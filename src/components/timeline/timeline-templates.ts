/**
 * The templates of <hk-ai-timeline>: pure functions of its view model. They read the view and call the handlers
 * they are given; they keep no state and write nothing.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import {
  formatCalendarDate,
  formatDateLabel,
  languageName,
  type LabelPart,
  type Translation,
} from '../../i18n/index.js';
import type { TimelineFailure } from '../../load/load-result.js';
import type { CalendarDate } from '../../model/dates.js';
import { matchesCategory } from '../../model/filter.js';
import type { TimelineEntry, TimelineLink, TimelineSource } from '../../model/normalize.js';
import { resolveText, type LocalizedString } from '../../model/text.js';
import type { Diagnostic } from '../../model/validate.js';
import { gapStep, isLabelledGap } from './list-gaps.js';
import type { TimelineView } from './timeline-view.js';

/** What the templates call back into: the element's handlers. */
export interface TimelineHandlers {
  readonly listClick: (event: MouseEvent) => void;
  readonly listKeydown: (event: KeyboardEvent) => void;
  readonly listFocusIn: (event: FocusEvent) => void;
  readonly searchInput: (event: InputEvent) => void;
  /** A category button: its key, or `undefined` for "all". */
  readonly chooseCategory: (key: string | undefined) => void;
  /** The time axis, once its module has loaded (the horizontal layout): it renders the events its own way. */
  readonly renderAxis?: (view: TimelineView, handlers: TimelineHandlers) => TemplateResult | typeof nothing;
  /** The language menu, once its module has loaded (with `language-picker`). */
  readonly renderLanguagePicker?: (view: TimelineView) => TemplateResult | string;
}

export function renderTimeline(view: TimelineView, handlers: TimelineHandlers): TemplateResult {
  const t = view.translation;
  const { title, description } = view.model;
  const level = view.headingLevel;
  let events: TemplateResult | typeof nothing = nothing;
  if (view.showsEvents) {
    events =
      view.layout === 'horizontal' && handlers.renderAxis
        ? handlers.renderAxis(view, handlers)
        : renderList(view, handlers);
  }
  return html`<div class="timeline" lang=${t.lang}>
    ${title ? html`<p class="heading" part="heading" role="heading" aria-level=${level}>${text(view, title)}</p>` : nothing}
    ${description ? html`<p class="intro" part="intro">${text(view, description)}</p>` : nothing}
    ${view.model.entries.length > 0 ? renderControls(view, handlers) : nothing}
    <p class="status" part="notice" role="status">${view.statusText}</p>
    ${view.failure ? renderError(view.failure, t) : nothing} ${renderDiagnostics(view.diagnostics, t)}
    ${view.overview ? html`<figure class="print-overview" part="print-overview">${view.overview}</figure>` : nothing}
    ${events}
  </div>`;
}

/**
 * The list of the events in `view.rendered`. Items are reused by position (map, not the repeat directive): order
 * only changes with new data or a filter, and the roving focus follows the active event when an item is reused.
 */
function renderList(view: TimelineView, handlers: TimelineHandlers): TemplateResult {
  const { entries, rendered } = view;
  const windowed = rendered !== undefined;
  const indexes = rendered ?? entries.map((_, i) => i);
  const eventLevel = Math.min(view.headingLevel + 1, 6);
  return html`<ol
    class="events"
    part="list"
    aria-label=${view.translation.eventsLabel}
    @click=${handlers.listClick}
    @keydown=${handlers.listKeydown}
    @focusin=${handlers.listFocusIn}
  >
    ${spacer(view.before)}
    ${indexes.map((i) => {
      const entry = entries[i]!;
      const previous = entries[i - 1]?.date.year;
      // The years since the previous year shown (0 within a year and for the first event): the gap before it.
      const years = previous === undefined ? 0 : entry.date.year - previous;
      return renderEntry(
        view,
        entry,
        i,
        eventLevel,
        windowed ? i + 1 : 0,
        entry.date.year !== previous,
        years,
      );
    })}
    ${spacer(view.after)}
  </ol>`;
}

/** Spacers keep a long list's full height, so the scrollbar and scrolling behave as if every event were there. */
function spacer(count: number) {
  return count > 0 ? html`<li class="spacer" aria-hidden="true" data-count=${count}></li>` : nothing;
}

function renderControls(view: TimelineView, handlers: TimelineHandlers): TemplateResult {
  const t = view.translation;
  const { filter, categories } = view;
  const chip = (key: string | undefined, label: TemplateResult | string, pressed: boolean) =>
    html`<button
      type="button"
      part="chip"
      class="chip"
      aria-pressed=${pressed ? 'true' : 'false'}
      @click=${() => handlers.chooseCategory(key)}
    >
      ${label}
    </button>`;
  return html`<div class="controls" part="controls">
    <input
      type="search"
      part="search"
      class="search"
      .value=${view.query}
      placeholder=${t.searchLabel}
      aria-label=${t.searchLabel}
      @input=${handlers.searchInput}
    />
    ${
      categories.length > 1
        ? html`<div class="chips" role="group" aria-label=${t.categoryLabel}>
            ${chip(undefined, t.allCategories, !filter)}
            ${categories.map((category) =>
              chip(
                category.key,
                text(view, category.label),
                !!filter && matchesCategory(category.label, filter),
              ),
            )}
          </div>`
        : nothing
    }
    ${handlers.renderLanguagePicker?.(view)}
  </div>`;
}

function renderError(failed: TimelineFailure, t: Translation): TemplateResult {
  return html`<div class="error" part="error" role="alert">
    <p class="error-title">${t.loadFailed}</p>
    <p>${t.failureHints[failed.kind]}</p>
    <p lang="en"><code>${failed.message}</code></p>
  </div>`;
}

function renderDiagnostics(diagnostics: readonly Diagnostic[], t: Translation) {
  if (diagnostics.length === 0) return nothing;
  const errors = diagnostics.filter((d) => d.severity === 'error').length;
  const warnings = diagnostics.length - errors;
  const summary = [errors ? t.skipped(errors) : '', warnings ? t.warnings(warnings) : '']
    .filter(Boolean)
    .join(' ');
  return html`<details class="diagnostics" part="problems">
    <summary>${summary}</summary>
    <ul lang="en">
      ${diagnostics.map((d) => html`<li><code>${d.message}</code></li>`)}
    </ul>
  </details>`;
}

/**
 * One event of the list, at `index` among those shown. `position` is its 1-based place in a windowed list (0 when
 * every event is in the DOM). Its name is its date and title (`aria-labelledby`): a screen reader announces those
 * first, not the whole card with every source. The first event of a year carries the year, after more space the
 * more `years` passed since the previous year shown (a class `gap-<step>`), and after a long gap a break that says
 * how long: "9 years later", in the text (not `aria-hidden`), so a screen reader reading the list reads it too.
 */
function renderEntry(
  view: TimelineView,
  entry: TimelineEntry,
  index: number,
  level: number,
  position: number,
  firstOfYear: boolean,
  years: number,
): TemplateResult {
  const t = view.translation;
  const selected = entry.id === view.selected;
  const isTabStop = entry.id === view.tabStop;
  const step = gapStep(years);
  return html`<li
    class=${`${eventClass(entry, selected)}${step ? ` gap-${step}` : ''}`}
    part="event"
    data-event-id=${entry.id}
    aria-labelledby=${`d${index} t${index}`}
    aria-current=${ifDefined(selected ? 'true' : undefined)}
    tabindex=${isTabStop ? 0 : -1}
    aria-posinset=${ifDefined(position || undefined)}
    aria-setsize=${ifDefined(position ? view.entries.length : undefined)}
  >
    ${isLabelledGap(years) ? html`<p class="gap" part="gap">${t.yearsLater(years)}</p>` : nothing}
    ${
      firstOfYear
        ? html`<p class="year-label" part="year" aria-hidden="true">
            ${formatCalendarDate({ ...entry.date, precision: 'year' }, t)}
          </p>`
        : nothing
    }
    <span class="marker" part="marker"></span>
    ${renderCard(view, entry, level, isTabStop, String(index))}
  </li>`;
}

/**
 * An event's card: its date, title, description, category, media and sources. `id` names its date (`d<id>`) and
 * title (`t<id>`) for `aria-labelledby`; its links are in the tab order only when `linksTabbable`.
 */
export function renderCard(
  view: TimelineView,
  entry: TimelineEntry,
  level: number,
  linksTabbable: boolean,
  id: string,
): TemplateResult {
  return html`<div class="card" part="card">
    <p class="date" part="date" id=${`d${id}`}>${renderDateLabel(view, entry)}</p>
    ${view.relative ? html`<p class="relative" part="relative">${view.relative(entry.date)}</p>` : nothing}
    <p class="title" part="title" id=${`t${id}`} role="heading" aria-level=${level}>
      ${text(view, entry.title, true)}
    </p>
    ${entry.description ? html`<p class="description" part="description">${text(view, entry.description, true)}</p>` : nothing}
    ${renderMeta(view, entry)}
    ${
      entry.media
        ? html`<img
              class="media"
              part="media"
              src=${entry.media.image}
              alt=${resolveText(entry.media.alt, view.language).text}
              loading="lazy"
              decoding="async"
            />${renderCredits(view, entry.media)}`
        : nothing
    }
    ${entry.links ? renderLinks(view, entry.links, linksTabbable) : nothing}
    ${entry.sources.length > 0 ? renderSources(view, entry.sources, linksTabbable) : nothing}
  </div>`;
}

/** An event's date label, one `<time>` per date: "c. 2013–2014", "9–23 August 622". */
export function renderDateLabel(view: TimelineView, entry: TimelineEntry) {
  const cached = dateLabels.get(entry);
  if (cached?.translation === view.translation) return cached.label;
  const label = formatDateLabel(
    entry,
    view.translation,
    (date, words) => html`<time datetime=${date.iso}>${words}</time>`,
  );
  dateLabels.set(entry, { translation: view.translation, label });
  return label;
}

/**
 * Each event's date label and texts, made once per language: a zoom, a pan or a scrolled window renders dozens of
 * events again, and Lit finds the same values unchanged.
 */
const dateLabels = new WeakMap<
  TimelineEntry,
  { translation: Translation; label: LabelPart<TemplateResult>[] }
>();
const texts = new WeakMap<
  LocalizedString,
  { translation: Translation; languages: readonly string[]; hint: boolean; result: TemplateResult }
>();

function renderMeta(view: TimelineView, entry: TimelineEntry) {
  const t = view.translation;
  const showConfidence = entry.confidence !== undefined && entry.confidence !== 'high';
  if (!entry.category && !showConfidence) return nothing;
  return html`<ul class="meta" part="meta">
    ${
      entry.category
        ? html`<li class="category" part="category" title=${t.category}>${text(view, entry.category)}</li>`
        : nothing
    }
    ${showConfidence ? html`<li part="confidence">${t.confidence(entry.confidence!)}</li>` : nothing}
  </ul>`;
}

/**
 * Links of events other than the tab stop leave the tab order, so the list stays one tab stop. A link reads as its
 * title; an untitled one as its host ("scmp.com") or mail address, never the whole URL, which screen readers spell.
 */
function renderSources(view: TimelineView, sources: readonly TimelineSource[], tabbable: boolean) {
  const t = view.translation;
  return html`<div class="sources" part="sources">
    <p class="sources-label">${t.sources}</p>
    <ol>
      ${sources.map(
        (source) =>
          html`<li>
            <a
              part="source-link"
              href=${source.url}
              rel="noopener noreferrer"
              tabindex=${ifDefined(tabbable ? undefined : -1)}
              >${source.title ? text(view, source.title) : hostOf(new URL(source.url))}</a
            >${source.publisher ? html`, ${text(view, source.publisher)}` : nothing}${
              source.date ? html`, ${renderDate(source.date, t)}` : nothing
            }
          </li>`,
      )}
    </ol>
  </div>`;
}

/** A caption and a credit, under an image or after a link: "Opening day — Photo: Cyberport". */
function renderCredits(view: TimelineView, { caption, credit }: Pick<TimelineLink, 'caption' | 'credit'>) {
  if (!caption && !credit) return nothing;
  return html`<span class="credits" part="media-credits"
    >${caption ? text(view, caption) : nothing}${caption && credit ? ' — ' : nothing}${credit ? text(view, credit) : nothing}</span
  >`;
}

/** Media that is not an image: links named by their caption, else their host, and never embedded. */
function renderLinks(view: TimelineView, links: readonly TimelineLink[], tabbable: boolean) {
  return html`<ul class="links" part="links">
    ${links.map(
      (link) =>
        html`<li>
          <a
            part="media-link"
            href=${link.url}
            rel="noopener noreferrer"
            tabindex=${ifDefined(tabbable ? undefined : -1)}
            >${link.caption ? text(view, link.caption) : hostOf(new URL(link.url))}</a
          >${
            // Strings, not templates: the build strips a template's leading space.
            link.caption ? ` (${hostOf(new URL(link.url))})` : nothing
          }${link.credit ? ' — ' : nothing}${link.credit ? text(view, link.credit) : nothing}
        </li>`,
    )}
  </ul>`;
}

/** A link's host ("scmp.com"); a mailto: URL has none: its path is the address. */
export function hostOf({ hostname, pathname }: URL): string {
  return hostname.replace(/^www\.|\.$/g, '') || pathname;
}

function renderDate(date: CalendarDate, t: Translation): TemplateResult {
  return html`<time datetime=${date.iso}>${formatCalendarDate(date, t)}</time>`;
}

/**
 * Text in the reader's language if the data has it, tagged with the language it is really in and isolated with
 * `dir="auto"` so that no string can reorder the interface around it. With two display languages, the second
 * follows on its own line when the data has it (never as a fallback).
 */
export function text(view: TimelineView, value: LocalizedString, hintFallback = false): TemplateResult {
  const t = view.translation;
  const cached = texts.get(value);
  if (cached?.translation === t && cached.languages === view.contentLanguages && cached.hint === hintFallback)
    return cached.result;
  const [primaryLanguage = view.language, secondaryLanguage] = view.contentLanguages;
  const primary = resolveText(value, primaryLanguage);
  // The space before the hint is a binding: the build strips a template's leading space, which the lint rule
  // against literal bindings does not know.
  const space = ' ';
  const hint =
    hintFallback && primary.isFallback && primary.lang !== ''
      ? html`${space}<span class="fallback"
            >(${t.notAvailableIn(languageName(primaryLanguage, t.lang))})</span
          >`
      : nothing;
  const secondary = secondaryLanguage ? resolveText(value, secondaryLanguage) : undefined;
  const showSecondary = secondary && !secondary.isFallback && secondary.lang !== primary.lang;
  const result = html`<span lang=${ifDefined(primary.lang || undefined)} dir="auto">${primary.text}</span
    >${hint}${
      showSecondary
        ? html`<span class="secondary" part="secondary" lang=${secondary.lang} dir="auto"
            >${secondary.text}</span
          >`
        : nothing
    }`;
  texts.set(value, { translation: t, languages: view.contentLanguages, hint: hintFallback, result });
  return result;
}

/** An event's classes in both layouts: how sure its date is (each marked in its own way), and selection. */
export function eventClass(entry: TimelineEntry, selected: boolean): string {
  return `event${entry.approximate ? ' approximate' : ''}${entry.uncertain ? ' uncertain' : ''}${selected ? ' selected' : ''}`;
}
