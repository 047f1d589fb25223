/**
 * Media as other formats give it (TimelineJS's `media`, a spreadsheet's Media columns): an image becomes the
 * event's picture, anything else (a video, a Wikipedia page, a map, a post) a link, so that no URL is lost. Credits
 * and captions stay with either. Shared by the TimelineJS and spreadsheet importers.
 */
import type { LinkKind, LocalizedText, TimelineLinkJson, TimelineMediaJson } from '../model/types.js';

export const IMAGE = /\.(png|jpe?g|gif|webp|avif|svg)(\?|#|$)/i;

/** What a link leads to, from its host: enough to say "video" or "map", not to embed it. */
const KINDS: readonly [RegExp, LinkKind][] = [
  [/(^|\.)(youtube\.com|youtu\.be|vimeo\.com|dailymotion\.com|bilibili\.com)$/, 'video'],
  [/(^|\.)(soundcloud\.com|spotify\.com)$/, 'audio'],
  [/(^|\.)(openstreetmap\.org)$|^maps\.|^(www\.)?google\.[a-z.]+$/, 'map'],
  [/(^|\.)(twitter\.com|x\.com|instagram\.com|facebook\.com|threads\.net|weibo\.com)$/, 'post'],
];

export function linkKindOf(url: URL): LinkKind {
  if (/\.pdf$/i.test(url.pathname)) return 'document';
  if (/^(www\.)?google\.[a-z.]+$/.test(url.hostname) && !url.pathname.startsWith('/maps')) return 'page';
  return KINDS.find(([pattern]) => pattern.test(url.hostname))?.[1] ?? 'page';
}

export interface MediaText {
  readonly alt?: LocalizedText | undefined;
  readonly caption?: LocalizedText | undefined;
  readonly credit?: LocalizedText | undefined;
}

/**
 * `url` as the event's image (its alt text, else its caption, else the event's title) or as a link; `undefined`
 * for a URL that is not http or https, which is noted. `note` says what was made of what.
 */
export function mediaFrom(
  url: string,
  { alt, caption, credit }: MediaText,
  title: LocalizedText,
  note: (message: string) => void,
): { media: TimelineMediaJson } | { link: TimelineLinkJson } | undefined {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    parsed = new URL('invalid:');
  }
  if (parsed.protocol !== 'https:' && parsed.protocol !== 'http:') {
    note('only http and https media can be carried over');
    return undefined;
  }
  const credits = { ...(caption && { caption }), ...(credit && { credit }) };
  if (!IMAGE.test(url)) {
    const kind = linkKindOf(parsed);
    note(`kept as a link (${kind}), not embedded`);
    return { link: { url, kind, ...credits } };
  }
  if (alt) return { media: { image: url, alt, ...credits } };
  note(caption ? 'no alt text: the caption is used' : 'no alt text: the headline is used');
  // A caption that serves as the alt text is not said twice.
  return { media: { image: url, alt: caption ?? title, ...(credit && { credit }) } };
}
