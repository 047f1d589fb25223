/**
 * `<hk-ai-event>`: one event written in HTML, as a child of `<hk-ai-timeline>`. A plain element with no shadow
 * root and no styles: its content is the page's own HTML, readable with JavaScript off, and the timeline reads it
 * (load/light-dom.ts). Defined by the code that reads it (a chunk the one-file build loads only for timelines that
 * have such children) and by the package's entry.
 */

/**
 * One event of a timeline, written in HTML inside `<hk-ai-timeline>`: its attributes are the event's date and
 * metadata, and its content the text, in as many languages as it has `lang` attributes. The timeline reads it again
 * whenever an attribute or the content changes.
 *
 * @summary An event of `<hk-ai-timeline>`, written in HTML.
 *
 * @slot - The event's content: a heading (`h1`–`h6`) is its title, paragraphs its description, each link a
 * source (titled by its text; `data-publisher` names who published it), an image (`img` with `alt`) its picture.
 * Repeat the heading or paragraphs with another `lang` for each language.
 *
 * @attr {string} id - The event's id, for `selected` and `#id` links.
 * @attr {string} date - When it happened: `YYYY`, `YYYY-MM` or `YYYY-MM-DD` (a leading `-` before 1 BCE).
 * @attr {string} end - When a period ends, in the same forms.
 * @attr {boolean} approximate - The date is approximate ("c. 2014").
 * @attr {'high' | 'medium' | 'low'} confidence - How firmly the sources support the date.
 * @attr {string} category - The kind of milestone, e.g. "Policy".
 * @attr {number} importance - 1 (least) to 5 (most); the time axis keeps the labels of the more important events.
 * @attr {string} tags - Comma-separated keywords for search: "SenseTime, Cyberport".
 */
export class HkAiEvent extends HTMLElement {
  /** The event's date, as its `date` attribute holds it. */
  get date(): string | null {
    return this.getAttribute('date');
  }

  set date(value: string | null) {
    this._reflect('date', value);
  }

  /** The end of its period, as its `end` attribute holds it. */
  get end(): string | null {
    return this.getAttribute('end');
  }

  set end(value: string | null) {
    this._reflect('end', value);
  }

  /** Its category, as its `category` attribute holds it. */
  get category(): string | null {
    return this.getAttribute('category');
  }

  set category(value: string | null) {
    this._reflect('category', value);
  }

  /** Its importance, 1 to 5, from its `importance` attribute; `null` without one. */
  get importance(): number | null {
    const value = this.getAttribute('importance');
    return value === null ? null : Number(value);
  }

  set importance(value: number | null) {
    this._reflect('importance', value === null ? null : String(value));
  }

  /** Whether its date is approximate (the `approximate` attribute). */
  get approximate(): boolean {
    return this.hasAttribute('approximate');
  }

  set approximate(value: boolean) {
    this.toggleAttribute('approximate', value);
  }

  private _reflect(name: string, value: string | null): void {
    if (value === null) this.removeAttribute(name);
    else this.setAttribute(name, value);
  }
}

// Once, whichever module imports this first.
if (!customElements.get('hk-ai-event')) customElements.define('hk-ai-event', HkAiEvent);

declare global {
  interface HTMLElementTagNameMap {
    'hk-ai-event': HkAiEvent;
  }
}
