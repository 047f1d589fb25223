/**
 * SVG as data: the poster is built once as a tree, then written as text (the CLI, the static page, Node) or built as
 * DOM (the print overview in the element). Building DOM node by node parses no markup, so it needs no Trusted Types
 * policy and nothing in the data can become an element.
 */
export interface SvgTree {
  readonly tag: string;
  /** `undefined` leaves the attribute out. */
  readonly attributes: Readonly<Record<string, string | number | undefined>>;
  readonly children: readonly (SvgTree | string)[];
}

const SVG_NS = 'http://www.w3.org/2000/svg';

export const svgNode = (
  tag: string,
  attributes: SvgTree['attributes'] = {},
  ...children: (SvgTree | string)[]
): SvgTree => ({ tag, attributes, children });

/** Text safe in SVG content and attribute values. */
export function escapeXml(text: string): string {
  return text.replace(
    /[&<>"']/g,
    (char) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;' })[char]!,
  );
}

/** The tree as SVG source; the root's children one to a line, so a diff of two posters reads. */
export function svgSource(tree: SvgTree, separator = '\n'): string {
  const attributes = Object.entries(tree.attributes)
    .filter(([, value]) => value !== undefined)
    .map(([name, value]) => ` ${name}="${escapeXml(String(value))}"`)
    .join('');
  if (tree.children.length === 0) return `<${tree.tag}${attributes}/>`;
  const children = tree.children.map((child) =>
    typeof child === 'string' ? escapeXml(child) : svgSource(child, ''),
  );
  return `<${tree.tag}${attributes}>${separator}${children.join(separator)}${separator}</${tree.tag}>`;
}

/** The tree as SVG elements of `document`. */
export function svgElement(tree: SvgTree, document: Document): SVGElement {
  const element = document.createElementNS(SVG_NS, tree.tag) as SVGElement;
  for (const [name, value] of Object.entries(tree.attributes))
    // The namespace is the element's own: as an attribute it means nothing in the DOM.
    if (value !== undefined && name !== 'xmlns') element.setAttribute(name, String(value));
  for (const child of tree.children)
    element.append(typeof child === 'string' ? child : svgElement(child, document));
  return element;
}
