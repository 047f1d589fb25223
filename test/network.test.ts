import { aTimeout, expect, fixture, html, oneEvent } from '@open-wc/testing';
import '../src/index.js';
import type { HkAiTimeline } from '../src/components/timeline/timeline.js';
import { fetchTimeline } from '../src/load/fetch-timeline.js';
import { harness, nextOutcome, settled, text } from './helpers/timeline-harness.js';

declare global {
  interface Window {
    __hkAiPwned?: boolean;
  }
}

const timeline = (src: string, timeout?: number) =>
  fixture<HkAiTimeline>(html`<hk-ai-timeline src=${src} timeout=${timeout ?? 15000}></hk-ai-timeline>`);

describe('<hk-ai-timeline> over an unreliable network', () => {
  for (const status of [404, 500, 503]) {
    it(`should report HTTP ${status} with its status and show nothing of the body`, async () => {
      const el = await timeline(`/unreliable/status/${status}`);
      const { detail } = await oneEvent(el, 'hk-ai-error');
      expect(detail).to.include({ kind: 'http', status });
      expect(detail.diagnostics[0]?.code).to.equal('http-error');
      expect(harness(el).events()).to.have.length(0);
      expect(text(harness(el).alert())).to.contain(`HTTP ${status}`);
    });
  }

  it('should never insert an HTML error page, whatever its content type claims', async () => {
    const el = await timeline('/unreliable/html');
    const { detail } = await oneEvent(el, 'hk-ai-error');
    await aTimeout(50);
    expect(detail.kind).to.equal('parse');
    expect(window.__hkAiPwned).to.equal(undefined);
    expect(el.shadowRoot!.querySelector('script, title')).to.equal(null);
  });

  it('should read JSON served with a wrong content type', async () => {
    const el = await timeline('/unreliable/json-as-html');
    await oneEvent(el, 'hk-ai-load');
    expect(harness(el).ids()).to.deep.equal(['ok']);
  });

  it('should give up on a server that never answers, after the timeout', async () => {
    const el = await timeline('/unreliable/hang', 300);
    const started = performance.now();
    const { detail } = await oneEvent(el, 'hk-ai-error');
    expect(performance.now() - started).to.be.below(3000);
    expect(detail.kind).to.equal('network');
    expect(detail.diagnostics[0]?.code).to.equal('timeout');
    expect(detail.message).to.contain('within 0.3 s');
  });

  it('should apply the timeout to the body too, not only to the headers', async () => {
    const el = await timeline('/unreliable/slow-body', 600);
    const { detail } = await oneEvent(el, 'hk-ai-error');
    expect(detail.diagnostics[0]?.code).to.equal('timeout');
  });

  it('should stop reading a body that grows past the size limit while it streams', async () => {
    const result = await fetchTimeline('/unreliable/big/200000', { maxBytes: 100_000 });
    expect(result.ok).to.equal(false);
    if (!result.ok) expect(result.failure.diagnostics[0]?.code).to.equal('document-too-large');
    const small = await fetchTimeline('/unreliable/big/50000', { maxBytes: 100_000 });
    expect(!small.ok && small.failure.diagnostics[0]?.code).to.equal('invalid-json');
  });

  it('should refuse a declared Content-Length over 10 MB before reading, in the element', async () => {
    const el = await timeline('/unreliable/declared-big');
    const { detail } = await oneEvent(el, 'hk-ai-error');
    expect(detail.diagnostics[0]?.code).to.equal('document-too-large');
    expect(detail.message).to.contain('10485760 bytes');
  });

  it('should name the likely causes of a cross-origin failure', async () => {
    const other = `${location.protocol}//${location.hostname === 'localhost' ? '127.0.0.1' : 'localhost'}:${location.port}`;
    const el = await timeline(`${other}/data/hk-ai-milestones.json`);
    const { detail } = await oneEvent(el, 'hk-ai-error');
    expect(detail.kind).to.equal('network');
    expect(detail.message).to.contain('cross-origin requests (CORS)');
  });

  it('should not cache a failure: reload() after a failed request succeeds', async () => {
    const key = `k${Date.now()}`;
    const el = await timeline(`/unreliable/flaky/${key}`);
    await settled(el);
    expect(el.status).to.equal('error');
    expect(el.diagnostics[0]?.message).to.contain('HTTP 503');
    const loaded = oneEvent(el, 'hk-ai-load');
    el.reload();
    expect((await loaded).detail.count).to.equal(1);
    expect(el.status).to.equal('ready');
  });

  it('should abort its request when removed, and not report it', async () => {
    const el = await timeline('/unreliable/hang');
    const outcomes: Event[] = [];
    el.addEventListener('hk-ai-error', (event) => outcomes.push(event));
    el.remove();
    await aTimeout(300);
    expect(outcomes).to.deep.equal([]);
  });

  it('should let the newest src win a race, dropping the older answer', async () => {
    const el = await timeline('/slow/300/unreliable/status/500');
    el.src = '/unreliable/json-as-html';
    const first = await nextOutcome(el);
    expect(first.type).to.equal('hk-ai-load');
    await aTimeout(500);
    expect(el.status).to.equal('ready');
  });
});

describe('two timelines on one page', () => {
  it('should never affect each other', async () => {
    const page = await fixture<HTMLElement>(
      html`<div>
        <hk-ai-timeline id="a" lang="ko"></hk-ai-timeline>
        <hk-ai-timeline id="b" lang="en" src="/data/examples/not-json.json"></hk-ai-timeline>
      </div>`,
    );
    const [a, b] = [...page.querySelectorAll('hk-ai-timeline')] as [HkAiTimeline, HkAiTimeline];
    await settled(a);
    await settled(b);
    expect(a.status).to.equal('ready');
    expect(b.status).to.equal('error');
    a.data = { events: 'x' };
    b.data = { events: [{ id: 'b', date: '2024', title: 'B' }] };
    a.selected = 'nothing';
    await a.updateComplete;
    await b.updateComplete;
    expect([a.status, b.status]).to.deep.equal(['error', 'ready']);
    expect(harness(b).ids()).to.deep.equal(['b']);
    expect(b.shadowRoot!.querySelector('[part="list"]')?.getAttribute('aria-label')).to.equal('Milestones');
    expect(a.shadowRoot!.querySelector('[role="alert"]')).to.not.equal(null);
    expect(b.shadowRoot!.querySelector('[role="alert"]')).to.equal(null);
  });
});
