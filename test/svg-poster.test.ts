import { expect } from '@open-wc/testing';
import defaultDocument from '../data/hk-ai-milestones.json' with { type: 'json' };
import { normalizeTimeline, type TimelineModel } from '../src/model/normalize.js';
import { resolveText } from '../src/model/text.js';
import { validateTimeline } from '../src/model/validate.js';
import {
  escapeXml,
  renderPosterElement,
  renderPosterSvg,
  textWidth,
  wrapText,
} from '../src/render/svg-poster.js';

function modelOf(document: unknown): TimelineModel {
  const result = validateTimeline(document);
  if (!result.ok) throw new Error('invalid test document');
  return normalizeTimeline(result.document);
}

/** Parses the poster as an SVG document, failing on any XML error, and puts it on the page to be measured. */
function mount(svg: string): SVGSVGElement {
  const parsed = new DOMParser().parseFromString(svg, 'image/svg+xml');
  const error = parsed.querySelector('parsererror');
  expect(error, error?.textContent ?? '').to.equal(null);
  const root = document.importNode(parsed.documentElement, true) as unknown as SVGSVGElement;
  document.body.append(root);
  return root;
}

const overlaps = (a: DOMRect, b: DOMRect) =>
  a.left < b.right - 0.5 && b.left < a.right - 0.5 && a.top < b.bottom - 0.5 && b.top < a.bottom - 0.5;

/** `count` events in two years: far more than fit. */
function crowded(count: number) {
  const start = Date.UTC(2023, 0, 1);
  return {
    lang: 'en',
    title: 'Crowded <script>alert(1)</script> & co',
    events: Array.from({ length: count }, (_, i) => ({
      id: `e${i}`,
      date: new Date(start + Math.floor((i * 730) / count) * 86_400_000).toISOString().slice(0, 10),
      title: `Event ${i} with a title long enough to wrap onto a second line`,
    })),
  };
}

describe('SVG poster', () => {
  afterEach(() => document.querySelectorAll('body > svg').forEach((svg) => svg.remove()));

  for (const lang of ['en', 'ko', 'zh-Hant']) {
    it(`should draw the default dataset in ${lang}: well-formed, every title as text, no two labels overlapping`, () => {
      const model = modelOf(defaultDocument);
      const svg = mount(renderPosterSvg(model, { lang, width: 1600 }));
      expect(svg.getAttribute('lang')).to.equal(lang);
      expect(svg.querySelector('#poster-title')!.textContent).to.equal(resolveText(model.title!, lang).text);
      // Every event's title is on the poster as text: in its label, or named under its cluster.
      const labels = [...svg.querySelectorAll<SVGGElement>('g.event')];
      const texts = [...svg.querySelectorAll('text')].map((node) => node.textContent);
      const visible = texts.join('\n');
      for (const entry of model.entries) {
        const title = resolveText(entry.title, lang).text;
        const label = labels.find((group) => group.id === `event-${entry.id}`);
        if (label) {
          const shown = [...label.querySelectorAll('tspan')].map((line) => line.textContent).join(' ');
          expect(shown.replace(/\s+/g, ''), entry.id).to.equal(title.replace(/\s+/g, ''));
          expect(label.querySelector('title')!.textContent).to.contain(title);
        } else {
          expect(visible.replace(/\s+/g, ''), entry.id).to.contain(title.replace(/\s+/g, ''));
        }
      }
      expect(labels.length).to.be.greaterThan(10);
      // The label boxes, and the text in them, measured with the page's fonts.
      const boxes = [...svg.querySelectorAll<SVGGraphicsElement>('g.event, g.cluster')].map((group) =>
        group.getBoundingClientRect(),
      );
      boxes.forEach((box, i) =>
        boxes
          .slice(i + 1)
          .forEach((other) => expect(overlaps(box, other), `labels ${i} and another`).to.equal(false)),
      );
      for (const label of labels) {
        const box = label.querySelector('rect.label')!.getBoundingClientRect();
        for (const line of label.querySelectorAll('text')) {
          const text = line.getBoundingClientRect();
          expect(text.right, `${label.id}: "${line.textContent}" runs out of its label`).to.be.at.most(
            box.right,
          );
        }
      }
      // Nothing drawn past the poster's edges.
      const edge = svg.getBoundingClientRect();
      for (const node of svg.querySelectorAll('text')) {
        expect(node.getBoundingClientRect().right, node.textContent ?? '').to.be.at.most(edge.right);
      }
    });
  }

  it('should fold a crowded period into clusters, name their events under the axis, and escape every text', () => {
    const model = modelOf(crowded(300));
    const source = renderPosterSvg(model, { lang: 'en', width: 1200 });
    expect(source).not.to.contain('<script>');
    const svg = mount(source);
    expect(svg.querySelector('#poster-title')!.textContent).to.equal(
      'Crowded <script>alert(1)</script> & co',
    );
    expect(svg.querySelectorAll('script').length).to.equal(0);
    const clusters = svg.querySelectorAll('g.cluster');
    expect(clusters.length).to.be.greaterThan(0);
    expect(clusters[0]!.querySelector('title')!.textContent).to.match(/^\d+ events, /);
    const boxes = [...svg.querySelectorAll<SVGGraphicsElement>('g.event, g.cluster')].map((group) =>
      group.getBoundingClientRect(),
    );
    boxes.forEach((box, i) =>
      boxes.slice(i + 1).forEach((other) => expect(overlaps(box, other)).to.equal(false)),
    );
    expect(Number(svg.getAttribute('width'))).to.equal(1200);
  });

  it('should build the same poster as DOM, node by node, for the print overview', () => {
    /** Every element's name, attributes (but the namespace's) and own text, in document order. */
    const shape = (root: Element) =>
      [root, ...root.querySelectorAll('*')].map((node) => [
        node.localName,
        node.namespaceURI,
        ...[...node.attributes].filter((a) => a.name !== 'xmlns').map((a) => `${a.name}=${a.value}`),
        [...node.childNodes]
          .filter((child) => child.nodeType === Node.TEXT_NODE)
          .map((child) => child.textContent)
          .join('')
          // The source's root holds its children one to a line.
          .trim(),
      ]);
    for (const [document_, lang] of [
      [defaultDocument, 'zh-Hant'],
      [crowded(300), 'en'],
    ] as const) {
      const model = modelOf(document_);
      const element = renderPosterElement(model, { lang, width: 1000 }, document);
      expect(element).to.be.instanceOf(SVGSVGElement);
      expect(shape(element)).to.deep.equal(shape(mount(renderPosterSvg(model, { lang, width: 1000 }))));
    }
    // A title that looks like markup stays text: no element is made of it.
    const hostile = renderPosterElement(modelOf(crowded(20)), {}, document);
    expect(hostile.querySelectorAll('script').length).to.equal(0);
    expect(hostile.querySelector('#poster-title')!.textContent).to.equal(
      'Crowded <script>alert(1)</script> & co',
    );
  });

  it('should leave the folded events and the sources to the list with notes: false', () => {
    const withSources = {
      ...crowded(300),
      events: crowded(300).events.map((event) => ({
        ...event,
        sources: [{ url: 'https://example.org/a', publisher: 'Example Daily' }],
      })),
    };
    const model = modelOf(withSources);
    const texts = (svg: SVGSVGElement) =>
      [...svg.querySelectorAll('text')].map((node) => node.textContent ?? '');
    const full = texts(mount(renderPosterSvg(model, { width: 1000 })));
    const overview = texts(renderPosterElement(model, { width: 1000, notes: false }, document));
    expect(full.some((line) => /^Sources: Example Daily/.test(line))).to.equal(true);
    expect(full.some((line) => /^\d+ events, .*: Event \d+/.test(line))).to.equal(true);
    expect(overview.some((line) => /^Sources/.test(line))).to.equal(false);
    expect(overview.some((line) => /: Event \d+/.test(line))).to.equal(false);
    // The axis itself is all there: every label and cluster.
    expect(overview.filter((line) => /^\d+ events, /.test(line)).length).to.be.greaterThan(0);
  });

  it('should wrap between words, between ideographs, and keep Korean words whole', () => {
    expect(wrapText('one two three four', textWidth('three four', 13), 13, 3)).to.deep.equal([
      'one two',
      'three four',
    ]);
    expect(wrapText('香港人工智能', textWidth('香港人', 13), 13, 3)).to.deep.equal(['香港人', '工智能']);
    expect(wrapText('홍콩 인공지능 이정표', textWidth('홍콩 인공지능', 13), 13, 3)).to.deep.equal([
      '홍콩 인공지능',
      '이정표',
    ]);
    const cut = wrapText('one two three four five six', textWidth('one two', 13), 13, 2);
    expect(cut).to.have.length(2);
    expect(cut[1]).to.match(/…$/);
    expect(escapeXml(`<a href="x">'&'</a>`)).to.equal(
      '&lt;a href=&quot;x&quot;&gt;&apos;&amp;&apos;&lt;/a&gt;',
    );
  });
});
