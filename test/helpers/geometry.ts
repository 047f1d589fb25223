/**
 * Geometry of a rendered `<hk-ai-timeline>`: rectangles, the line boxes of text, and the rules of a readable time
 * axis (no card over another, no marker over text, titles of two lines at most), each reported as a list of
 * human-readable violations such as "marker of ie-1 over title of netscape-ipo", so that a failure says what
 * overlaps what.
 */

/** A rectangle in viewport coordinates. */
export interface Box {
  readonly left: number;
  readonly top: number;
  readonly right: number;
  readonly bottom: number;
}

/** How far two rectangles may overlap, in CSS pixels, before they count as intersecting (subpixel layout). */
export const TOLERANCE = 0.5;

/** Whether `a` and `b` overlap by more than `tolerance` pixels in both directions. */
export function intersects(a: Box, b: Box, tolerance = TOLERANCE): boolean {
  return (
    Math.min(a.right, b.right) - Math.max(a.left, b.left) > tolerance &&
    Math.min(a.bottom, b.bottom) - Math.max(a.top, b.top) > tolerance
  );
}

/** The part of `a` inside `b`, or `undefined` when they do not meet. */
export function clip(a: Box, b: Box): Box | undefined {
  const box = {
    left: Math.max(a.left, b.left),
    top: Math.max(a.top, b.top),
    right: Math.min(a.right, b.right),
    bottom: Math.min(a.bottom, b.bottom),
  };
  return box.right > box.left && box.bottom > box.top ? box : undefined;
}

const hasArea = (box: Box) => box.right - box.left > 0 && box.bottom - box.top > 0;

/** The element's border box, when it is rendered and visible (not `display: none`, `visibility: hidden`, …). */
export function visibleRect(element: Element): Box | undefined {
  if (!element.checkVisibility({ checkOpacity: true, checkVisibilityCSS: true })) return undefined;
  const rect = element.getBoundingClientRect();
  return hasArea(rect) ? rect : undefined;
}

/** The parent of a node across shadow boundaries. */
function composedParent(node: Node): Element | undefined {
  if (node.parentElement) return node.parentElement;
  const root = node.getRootNode();
  return root instanceof ShadowRoot ? root.host : undefined;
}

/**
 * What of `node` its ancestors let through: the intersection of the padding boxes of the elements from `node` up
 * that cut their content off (`overflow: hidden | clip`, `contain: paint`), like a title clamped to two lines.
 * Scrollers (`overflow: auto | scroll`, the axis's viewport) are not counted: what they scroll out of view is still
 * laid out where it would be seen. `undefined` when nothing of `node` is let through.
 */
function clipOf(node: Node): Box | undefined {
  let box: Box = { left: -Infinity, top: -Infinity, right: Infinity, bottom: Infinity };
  const cuts = (overflow: string) => overflow === 'hidden' || overflow === 'clip';
  for (let el = node instanceof Element ? node : composedParent(node); el; el = composedParent(el)) {
    const style = getComputedStyle(el);
    const clipsX = cuts(style.overflowX);
    const clipsY = cuts(style.overflowY);
    const paint = /paint|strict|content/.test(style.contain);
    if (!clipsX && !clipsY && !paint) continue;
    const rect = el.getBoundingClientRect();
    const left = rect.left + el.clientLeft;
    const top = rect.top + el.clientTop;
    const padding = {
      left: clipsX || paint ? left : -Infinity,
      top: clipsY || paint ? top : -Infinity,
      right: clipsX || paint ? left + el.clientWidth : Infinity,
      bottom: clipsY || paint ? top + el.clientHeight : Infinity,
    };
    const clipped = clip(box, padding);
    if (!clipped) return undefined;
    box = clipped;
  }
  return box;
}

/**
 * The line boxes of the text in `element` (Range.getClientRects over its text nodes), not its element box, so
 * padding and empty space do not count as text. Lines cut off by an ancestor that clips its overflow (a clamped
 * title's hidden third line) are cut off here too; text in hidden elements is left out.
 */
export function textLineRects(element: Element): Box[] {
  const rects: Box[] = [];
  const walker = document.createTreeWalker(element, NodeFilter.SHOW_TEXT);
  const range = document.createRange();
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    if (!node.textContent?.trim()) continue;
    const parent = node.parentElement;
    if (!parent || !parent.checkVisibility({ checkOpacity: true, checkVisibilityCSS: true })) continue;
    const visible = clipOf(node);
    if (!visible) continue;
    range.selectNodeContents(node);
    for (const rect of range.getClientRects()) {
      const line = hasArea(rect) ? clip(rect, visible) : undefined;
      if (line) rects.push(line);
    }
  }
  return rects;
}

/** One line-height of `element` in pixels; `normal` is measured from its first line of text. */
export function lineHeight(element: Element): number {
  const style = getComputedStyle(element);
  const value = parseFloat(style.lineHeight);
  if (Number.isFinite(value)) return value;
  const first = textLineRects(element)[0];
  return first ? first.bottom - first.top : parseFloat(style.fontSize) * 1.2;
}

/** What an element of the axis belongs to, for messages: an event's id, a cluster's, or its first words. */
export function ownerOf(element: Element): string {
  const event = element.closest<HTMLElement>('[data-event-id]');
  if (event) return event.dataset['eventId']!;
  const cluster = element.closest<HTMLElement>('[data-cluster-id], [part~="cluster"]');
  const id = cluster?.dataset['clusterId'];
  if (id) return `cluster ${id}`;
  const words = (element.textContent ?? '').replace(/\s+/g, ' ').trim();
  return words ? `"${words.length > 30 ? `${words.slice(0, 29)}…` : words}"` : element.localName;
}

/** The `part` an element is queried by, for messages: "card", "marker", "title", "cluster-label", … */
function partName(element: Element, parts: readonly string[]): string {
  return parts.find((part) => element.part.contains(part)) ?? element.localName;
}

const selectorOf = (parts: readonly string[]) => parts.map((part) => `[part~="${part}"]`).join(', ');

/** The visible elements under `root` with one of `parts`, with their rectangles. */
export function visibleParts(root: ParentNode, parts: readonly string[]) {
  return [...root.querySelectorAll(selectorOf(parts))].flatMap((element) => {
    const rect = visibleRect(element);
    return rect ? [{ element, rect, label: `${partName(element, parts)} of ${ownerOf(element)}` }] : [];
  });
}

/**
 * Rule 1: boxes that must not overlap, pairwise (cards and cluster labels). An element inside another of the set
 * (a label inside a card) is part of it, not over it. "card of a over card of b", one line per pair.
 */
export function overlappingBoxes(root: ParentNode, parts: readonly string[] = ['card', 'cluster-label']) {
  const items = visibleParts(root, parts);
  const violations: string[] = [];
  for (const [i, a] of items.entries()) {
    for (const b of items.slice(i + 1)) {
      if (a.element.contains(b.element) || b.element.contains(a.element)) continue;
      if (intersects(a.rect, b.rect)) violations.push(`${a.label} over ${b.label}`);
    }
  }
  return violations;
}

/**
 * Rule 2: graphics drawn over text. Every visible element with one of `graphics` against the line boxes of every
 * element with one of `texts`, its own event's and every other's: "marker of a over title of b".
 */
export function graphicsOverText(
  root: ParentNode,
  graphics: readonly string[] = ['marker', 'cluster-span'],
  texts: readonly string[] = ['date', 'title', 'cluster-label'],
) {
  const marks = visibleParts(root, graphics);
  const lines = visibleParts(root, texts).map((text) => ({ ...text, lines: textLineRects(text.element) }));
  const violations: string[] = [];
  for (const mark of marks) {
    for (const text of lines) {
      if (text.lines.some((line) => intersects(mark.rect, line)))
        violations.push(`${mark.label} over ${text.label}`);
    }
  }
  return violations;
}

/** Rule 3: titles taller than `maxLines` lines (+ 1 px): "title of a: 3.0 lines (54 px, line-height 18 px)". */
export function overlongTitles(root: ParentNode, maxLines = 2) {
  return visibleParts(root, ['title']).flatMap(({ element, rect, label }) => {
    const height = rect.bottom - rect.top;
    const line = lineHeight(element);
    return height > maxLines * line + 1
      ? [`${label}: ${(height / line).toFixed(1)} lines (${Math.round(height)} px, line-height ${line} px)`]
      : [];
  });
}

/** Violations of one rule, or of a bound, under a heading. */
export interface RuleReport {
  readonly rule: string;
  readonly violations: readonly string[];
}

/**
 * Throws when any rule has violations, with one readable message: each broken rule, how often, and its first
 * `examples` violations.
 */
export function assertNoViolations(reports: readonly RuleReport[], examples = 12): void {
  const broken = reports.filter((report) => report.violations.length > 0);
  if (broken.length === 0) return;
  const lines = broken.flatMap(({ rule, violations }) => [
    `${rule}: ${violations.length} violation${violations.length === 1 ? '' : 's'}`,
    ...violations.slice(0, examples).map((violation) => `  - ${violation}`),
    ...(violations.length > examples ? [`  … and ${violations.length - examples} more`] : []),
  ]);
  const error = new Error(lines.join('\n'));
  // The stack without the message's other lines, which the test runner would print a second time.
  const frames = (error.stack ?? '').split('\n').filter((line) => /^\s+at /.test(line));
  error.stack = [`Error: ${lines[0]}`, ...frames].join('\n');
  throw error;
}
