import { aTimeout, expect, fixture, html } from '@open-wc/testing';
import fc from 'fast-check';
import '../src/index.js';
import type { HkAiTimeline } from '../src/components/timeline/timeline.js';
import { parseTimelineJson } from '../src/model/parse-json.js';
import { validateTimeline } from '../src/model/validate.js';
import { harness, settled } from './helpers/timeline-harness.js';

declare global {
  interface Window {
    __hkAiPwned?: boolean;
  }
}

const RUN = 'window.__hkAiPwned=true';
/** Markup and template payloads for every text field: none may become markup or run. */
const TEXT_PAYLOADS = [
  `<script>${RUN}</script>`,
  `<img src=x onerror="${RUN}">`,
  `<svg onload="${RUN}"><circle/></svg>`,
  `<iframe src="javascript:${RUN}"></iframe>`,
  `"><script>${RUN}</script>`,
  `'><img src=x onerror=${RUN}>`,
  `&lt;script&gt;${RUN}&lt;/script&gt;`,
  `&#60;img src=x onerror=${RUN}&#62;`,
  '${window.__hkAiPwned=true}',
  '{{constructor.constructor("window.__hkAiPwned=true")()}}',
  '<style>*{display:none!important}</style>',
  `<a href="javascript:${RUN}">link</a>`,
  `<math><mtext><table><mglyph><style><img src=x onerror=${RUN}>`,
  '\u202e<b>right-to-left override</b>\u202c',
  `<!--><img src=x onerror=${RUN}>-->`,
];
/** URL spellings that must all be refused (none may reach an href or src). */
const URL_PAYLOADS = [
  `javascript:${RUN}`,
  `JaVaScRiPt:${RUN}`,
  `  javascript:${RUN}`,
  `java\tscript:${RUN}`,
  `java\nscript:${RUN}`,
  `java\rscript:${RUN}`,
  `\u0000javascript:${RUN}`,
  `\u0001javascript:${RUN}`,
  `\u00a0javascript:${RUN}`,
  `jav&#x09;ascript:${RUN}`,
  `javascript&colon;${RUN}`,
  `&#106;avascript:${RUN}`,
  `data:text/html,<script>${RUN}</script>`,
  `data:image/svg+xml,<svg onload="${RUN}"/>`,
  `DATA:text/html;base64,PHNjcmlwdD53aW5kb3cuX19oa0FpUHduZWQ9dHJ1ZTwvc2NyaXB0Pg==`,
  'vbscript:msgbox(1)',
  'VBScript:msgbox(1)',
  'file:///etc/passwd',
  'blob:https://example.org/0b7f',
  `//javascript:${RUN}`,
  `/relative/page.html`,
];

function injectionDocument() {
  const events = TEXT_PAYLOADS.map((payload, index) => ({
    id: `text-${index}`,
    date: '2024-01-01',
    title: { en: payload, ko: payload },
    description: payload,
    category: { en: payload },
    tags: [payload],
    sources: [{ url: 'https://example.org/', title: payload, publisher: { en: payload } }],
  }));
  URL_PAYLOADS.forEach((url, index) =>
    events.push({
      id: `url-${index}`,
      date: '2024-02-01',
      title: { en: `URL payload ${index}`, ko: `URL ${index}` },
      description: url,
      category: { en: 'URL' },
      tags: [],
      sources: [{ url, title: `source ${index}`, publisher: { en: 'x' } }],
      ...({ media: { image: url, alt: 'payload image' } } as object),
    }),
  );
  return { title: TEXT_PAYLOADS[0], description: TEXT_PAYLOADS[1], events };
}

/** Every element in a shadow tree, nested shadow roots included. */
function allElements(root: ShadowRoot | Element): Element[] {
  return [...root.querySelectorAll('*')].flatMap((el) => [
    el,
    ...(el.shadowRoot ? allElements(el.shadowRoot) : []),
  ]);
}

describe('injection', () => {
  beforeEach(() => delete window.__hkAiPwned);

  it('should run nothing and create no markup from any payload in any text or URL field', async () => {
    const el = await fixture<HkAiTimeline>(html`<hk-ai-timeline lang="en"></hk-ai-timeline>`);
    el.data = injectionDocument();
    await settled(el);
    await aTimeout(100); // time for any injected onerror/onload to fire
    expect(window.__hkAiPwned).to.equal(undefined);
    expect(harness(el).ids()).to.have.length(TEXT_PAYLOADS.length + URL_PAYLOADS.length);

    const elements = allElements(el.shadowRoot!);
    const tags = new Set(elements.map((node) => node.localName));
    for (const forbidden of [
      'script',
      'iframe',
      'svg',
      'math',
      'style',
      'object',
      'embed',
      'b',
      'mglyph',
      'table',
    ]) {
      expect(tags.has(forbidden), `<${forbidden}> in the shadow DOM`).to.equal(false);
    }
    for (const node of elements) {
      for (const { name, value } of node.attributes) {
        expect(name.startsWith('on'), `${name} on <${node.localName}>`).to.equal(false);
        if (name === 'href' || name === 'src') {
          expect(['http:', 'https:', 'mailto:']).to.include(new URL(value, location.href).protocol);
          expect(value).to.match(/^(https?:|mailto:)/);
        }
        expect(value, `${name}="${value}"`).to.not.match(/^\s*(javascript|vbscript|data):/i);
      }
    }
    // The payloads are there, as text.
    expect(harness(el).titles()).to.include(TEXT_PAYLOADS[0]);
  });

  it('should report every refused URL as a warning and keep its event', async () => {
    const result = validateTimeline(injectionDocument());
    expect(result.ok).to.equal(true);
    const refused = result.diagnostics.filter((d) => d.path.endsWith('.url') && d.severity === 'warning');
    expect(refused).to.have.length(URL_PAYLOADS.length);
    const images = result.diagnostics.filter((d) => d.path.endsWith('.media'));
    expect(images).to.have.length(URL_PAYLOADS.length);
  });
});

// ---- Property-based tests: arbitrary documents and strings ----

const dateArbitrary = fc.oneof(
  fc
    .integer({ min: -9999, max: 9999 })
    .map((y) => (y < 0 ? `-${String(-y).padStart(4, '0')}` : String(y).padStart(4, '0'))),
  fc
    .date({
      min: new Date('0001-01-01T00:00:00Z'),
      max: new Date('9999-12-31T00:00:00Z'),
      noInvalidDate: true,
    })
    .map((d) => d.toISOString().slice(0, 10)),
  fc
    .date({
      min: new Date('1900-01-01T00:00:00Z'),
      max: new Date('2100-12-31T00:00:00Z'),
      noInvalidDate: true,
    })
    .map((d) => d.toISOString().slice(0, 7)),
);
const textArbitrary = fc
  .string({ unit: 'binary', minLength: 1, maxLength: 40 })
  .filter((s) => s.trim() !== '');
const localizedArbitrary = fc.oneof(
  textArbitrary,
  fc.record({ en: textArbitrary }, { requiredKeys: [] }).filter((m) => Object.keys(m).length > 0),
  fc.record({ ko: textArbitrary, 'zh-Hant': textArbitrary }),
);
/** An event that must be accepted (and shown): valid required fields, anything in the optional ones. */
const validEventArbitrary = (index: number) =>
  fc.record(
    {
      id: fc.constant(`valid-${index}`),
      date: dateArbitrary,
      title: localizedArbitrary,
      description: fc.oneof(localizedArbitrary, fc.anything()),
      approximate: fc.anything(),
      end: fc.oneof(dateArbitrary, fc.anything()),
      sources: fc.anything(),
      media: fc.anything(),
      confidence: fc.anything(),
      tags: fc.anything(),
    },
    { requiredKeys: ['id', 'date', 'title'] },
  );
const documentArbitrary = fc
  .array(fc.oneof(fc.constant('valid'), fc.constant('junk')), { maxLength: 12 })
  .chain((kinds) =>
    fc.tuple(
      ...kinds.map((kind, index) =>
        kind === 'valid'
          ? validEventArbitrary(index)
          : fc.anything({ withNullPrototype: true, withObjectString: true }),
      ),
    ),
  )
  .chain((events) =>
    fc.record(
      { events: fc.constant(events), title: fc.anything(), lang: fc.anything() },
      { requiredKeys: ['events'] },
    ),
  );
const validIds = (document: { events: unknown[] }) =>
  document.events.flatMap((event) => {
    const id = (event as { id?: unknown } | null)?.id;
    return typeof id === 'string' && id.startsWith('valid-') ? [id] : [];
  });

describe('properties', () => {
  it('should never throw, and keep every valid event, for 1,000 arbitrary documents', () => {
    fc.assert(
      fc.property(documentArbitrary, (document) => {
        const result = validateTimeline(document);
        if (!result.ok) return false;
        const kept = new Set(result.document.events.map((event) => event.id));
        return validIds(document).every((id) => kept.has(id));
      }),
      { numRuns: 1000 },
    );
  });

  it('should never throw on 1,000 arbitrary texts and JSON values', () => {
    fc.assert(
      fc.property(
        fc.oneof(
          fc.string({ unit: 'binary' }),
          fc.json(),
          fc.jsonValue().map((v) => JSON.stringify(v)),
        ),
        (text) => {
          const result = parseTimelineJson(text);
          return Array.isArray(result.diagnostics) && (result.ok || result.diagnostics.length > 0);
        },
      ),
      { numRuns: 1000 },
    );
  });

  it('should never throw on values that are not documents at all', () => {
    fc.assert(
      fc.property(
        fc.anything({ withNullPrototype: true, withMap: true, withSet: true, withBigInt: true }),
        (value) => {
          validateTimeline(value);
          validateTimeline({ events: [value] });
          validateTimeline({
            events: [{ id: 'a', date: '2024', title: value, sources: [value], media: value }],
          });
          return true;
        },
      ),
      { numRuns: 1000 },
    );
  });

  it('should always settle in ready, empty or error and show every valid event (300 documents, one element)', async () => {
    const el = await fixture<HkAiTimeline>(html`<hk-ai-timeline></hk-ai-timeline>`);
    await settled(el);
    await fc.assert(
      fc.asyncProperty(documentArbitrary, async (document) => {
        el.data = document;
        await el.updateComplete;
        if (!['ready', 'empty', 'error'].includes(el.status)) return false;
        const shown = new Set(harness(el).ids());
        return validIds(document).every((id) => shown.has(id)) && window.__hkAiPwned === undefined;
      }),
      { numRuns: 300 },
    );
  });
});
