import { decode } from 'html-entities';

/** Plain text from text that may hold HTML, and whether it did. */
export interface PlainText {
  readonly text: string;
  readonly hadMarkup: boolean;
}

const DROPPED_ELEMENTS = /<(script|style|template)\b[\s\S]*?<\/\1\s*>/gi;
const TAG = /<\/?([A-Za-z][\w-]*)[^>]*>|<!--[\s\S]*?-->/g;
// Tags that separate words; inline ones (a, b, em, span…) join the text around them.
const BLOCK =
  /^(p|br|div|li|ul|ol|h[1-6]|tr|td|th|table|blockquote|section|article|header|footer|hr|dt|dd)$/i;

/**
 * Turns HTML (as other timelines allow in their text) into plain text: script, style and template contents are
 * dropped, tags removed, entities decoded, white space collapsed. The result is only ever shown as text, so this
 * needs to be faithful, not to sanitise.
 */
export function toPlainText(value: string): PlainText {
  const stripped = value
    .replace(DROPPED_ELEMENTS, ' ')
    .replace(TAG, (_tag, name?: string) => (name && !BLOCK.test(name) ? '' : ' '));
  const text = decode(stripped).replace(/\s+/g, ' ').trim();
  return { text, hadMarkup: stripped !== value || decode(value) !== value };
}
