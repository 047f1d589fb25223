import { aTimeout, expect, waitUntil } from '@open-wc/testing';
import { ReactiveElement, type PropertyValues } from 'lit';
import milestones from '../../data/hk-ai-milestones.json' with { type: 'json' };
import {
  chooseSource,
  DataSourceController,
  type SourceInputs,
  type SourceKind,
  type SourceState,
} from '../../src/controllers/data-source-controller.js';

/** The smallest host `DataSourceController` needs: `src`, `data` and `timeout`, as `<hk-ai-timeline>` wires them. */
class SourceHost extends ReactiveElement {
  timeout = 15_000;
  /** Updates finished, and the status each one showed. */
  renders = 0;
  renderedStatuses: SourceState['status'][] = [];
  /** How often the controller said a run settled with a document. */
  models = 0;
  readonly source = new DataSourceController(this, () => this.models++);
  private srcValue: string | null = null;
  private dataValue: unknown;

  get src(): string | null {
    return this.srcValue;
  }
  set src(value: string | null) {
    this.srcValue = value;
    this.source.inputChanged('src');
  }

  get data(): unknown {
    return this.dataValue;
  }
  set data(value: unknown) {
    this.dataValue = value;
    this.source.inputChanged('data');
  }

  get state(): SourceState {
    return this.source.state;
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    this.source.sync();
  }

  protected override update(changed: PropertyValues<this>): void {
    super.update(changed);
    this.renders++;
    this.renderedStatuses.push(this.source.state.status);
  }
}
customElements.define('test-source-host', SourceHost);

/** Every `hk-ai-load` / `hk-ai-error` a host fires, with what the host had rendered when it arrived. */
interface Outcome {
  readonly type: string;
  readonly detail: { count?: number; kind?: string; status?: number; diagnostics: readonly unknown[] };
  readonly renders: number;
  readonly renderedStatus: string | undefined;
  readonly hasUpdated: boolean;
  readonly updatePending: boolean;
}

const hosts: SourceHost[] = [];

/** A host, configured before it connects (so its first update already sees the inputs). */
function makeHost(configure: (host: SourceHost) => void = () => {}, connect = true) {
  const host = document.createElement('test-source-host') as SourceHost;
  const outcomes: Outcome[] = [];
  for (const type of ['hk-ai-load', 'hk-ai-error']) {
    host.addEventListener(type, (event) => {
      outcomes.push({
        type,
        detail: (event as CustomEvent<Outcome['detail']>).detail,
        renders: host.renders,
        renderedStatus: host.renderedStatuses.at(-1),
        hasUpdated: host.hasUpdated,
        updatePending: host.isUpdatePending,
      });
    });
  }
  configure(host);
  hosts.push(host);
  if (connect) document.body.append(host);
  return { host, outcomes };
}

async function settled(host: SourceHost, timeout = 5000): Promise<void> {
  await waitUntil(() => host.state.status !== 'loading', 'still loading', { timeout });
  await host.updateComplete;
}

function ids(state: SourceState): string[] {
  return 'model' in state ? state.model.entries.map((entry) => entry.id) : [];
}

const DOC = {
  events: [
    { id: 'b', date: '2021', title: 'B' },
    { id: 'a', date: '2020', title: 'A' },
  ],
};
const MILESTONES = '/data/hk-ai-milestones.json';
const MILESTONE_COUNT = milestones.events.length;
/** What `/unreliable/json-as-html` serves: one event, `ok`. */
const MINIMAL_SRC = '/unreliable/json-as-html';

/** Records the signals `fetch` is called with, while the returned restore function is not called. */
function spyOnFetch() {
  const original = window.fetch;
  const calls: { url: string; signal: AbortSignal | undefined }[] = [];
  window.fetch = (input: RequestInfo | URL, init?: RequestInit) => {
    calls.push({ url: String(input), signal: init?.signal ?? undefined });
    return original.call(window, input, init);
  };
  return { calls, restore: () => (window.fetch = original) };
}

describe('chooseSource', () => {
  const cases: [string, SourceInputs, SourceKind][] = [
    // src / data, whichever was set last
    ['src only, set last', { src: '/a.json', data: undefined, lastInput: 'src', authored: false }, 'src'],
    ['data only, set last', { src: null, data: DOC, lastInput: 'data', authored: false }, 'data'],
    ['both, src set last', { src: '/a.json', data: DOC, lastInput: 'src', authored: false }, 'src'],
    ['both, data set last', { src: '/a.json', data: DOC, lastInput: 'data', authored: false }, 'data'],
    ['both and authored, src last', { src: '/a.json', data: DOC, lastInput: 'src', authored: true }, 'src'],
    [
      'both and authored, data last',
      { src: '/a.json', data: DOC, lastInput: 'data', authored: true },
      'data',
    ],
    // null / undefined data gives nothing: src, if set, is used instead
    [
      'data null set last, src set',
      { src: '/a.json', data: null, lastInput: 'data', authored: false },
      'src',
    ],
    [
      'data undefined set last, src set',
      { src: '/a.json', data: undefined, lastInput: 'data', authored: false },
      'src',
    ],
    ['data null set last, no src', { src: null, data: null, lastInput: 'data', authored: false }, 'none'],
    ['empty src set last, data set', { src: '', data: DOC, lastInput: 'src', authored: false }, 'data'],
    // authored children come before the default, and after src / data
    ['authored only', { src: null, data: undefined, lastInput: undefined, authored: true }, 'light-dom'],
    ['authored, src cleared', { src: null, data: undefined, lastInput: 'src', authored: true }, 'light-dom'],
    ['authored, data null', { src: null, data: null, lastInput: 'data', authored: true }, 'light-dom'],
    ['authored and data', { src: null, data: DOC, lastInput: 'data', authored: true }, 'data'],
    ['authored and src', { src: '/a.json', data: undefined, lastInput: 'src', authored: true }, 'src'],
    // the default dataset only for an element never given anything
    [
      'never given anything',
      { src: null, data: undefined, lastInput: undefined, authored: false },
      'default',
    ],
    ['never given, data null', { src: null, data: null, lastInput: undefined, authored: false }, 'default'],
    // given once and cleared since: no document at all
    ['src given and cleared', { src: null, data: undefined, lastInput: 'src', authored: false }, 'none'],
    ['src set to empty', { src: '', data: undefined, lastInput: 'src', authored: false }, 'none'],
    ['data given and cleared', { src: null, data: undefined, lastInput: 'data', authored: false }, 'none'],
  ];
  for (const [name, inputs, expected] of cases) {
    it(`should choose '${expected}' for ${name}`, () => {
      expect(chooseSource(inputs)).to.equal(expected);
    });
  }
});

describe('DataSourceController', () => {
  afterEach(() => {
    for (const host of hosts.splice(0)) host.remove();
  });

  it('should settle `data` synchronously in sync(), before the update that shows it', async () => {
    const { host } = makeHost();
    await settled(host); // the default dataset
    host.data = DOC;
    expect(ids(host.state)).to.have.length(MILESTONE_COUNT); // not synced yet: still the default dataset
    host.source.sync();
    expect(host.state.status).to.equal('ready');
    expect(ids(host.state)).to.deep.equal(['a', 'b']); // normalised: sorted by date
    host.data = { events: [] };
    host.source.sync();
    expect(host.state.status).to.equal('empty');
    expect(ids(host.state)).to.deep.equal([]);
  });

  it('should show `data` in the very first update, without a loading render', async () => {
    const { host, outcomes } = makeHost((el) => (el.data = DOC));
    await host.updateComplete;
    expect(host.renderedStatuses).to.deep.equal(['ready']);
    expect(ids(host.state)).to.deep.equal(['a', 'b']);
    expect(host.state.status === 'ready' && host.state.diagnostics).to.deep.equal([]);
    expect(host.models).to.equal(1);
    expect(outcomes.map((outcome) => [outcome.type, outcome.detail.count])).to.deep.equal([
      ['hk-ai-load', 2],
    ]);
  });

  it("should show 'empty' with no diagnostics, never the default, for data = null after data", async () => {
    const { host, outcomes } = makeHost((el) => (el.data = DOC));
    await host.updateComplete;
    host.data = null;
    await host.updateComplete;
    expect(host.state.status).to.equal('empty');
    expect(host.state.status === 'empty' && host.state.model.entries).to.deep.equal([]);
    expect(host.state.status === 'empty' && host.state.diagnostics).to.deep.equal([]);
    await aTimeout(100); // the default dataset, were it loading, would have arrived
    expect(host.state.status).to.equal('empty');
    expect(host.renderedStatuses).to.deep.equal(['ready', 'empty']);
    expect(outcomes.map((outcome) => [outcome.type, outcome.detail.count])).to.deep.equal([
      ['hk-ai-load', 2],
      ['hk-ai-load', 0],
    ]);
  });

  it('should load the default dataset for a host never given anything', async () => {
    const { host, outcomes } = makeHost();
    await host.updateComplete;
    expect(host.renderedStatuses[0]).to.equal('loading');
    await settled(host);
    expect(host.state.status).to.equal('ready');
    expect(ids(host.state)).to.have.length(MILESTONE_COUNT).and.to.have.length.of.at.least(12);
    expect(ids(host.state)).to.have.members(milestones.events.map((event) => event.id));
    expect(outcomes.map((outcome) => [outcome.type, outcome.detail.count])).to.deep.equal([
      ['hk-ai-load', MILESTONE_COUNT],
    ]);
  });

  it('should load a `src`', async () => {
    const { host, outcomes } = makeHost((el) => (el.src = MILESTONES));
    await host.updateComplete;
    expect(host.state.status).to.equal('loading');
    await settled(host);
    expect(host.state.status).to.equal('ready');
    expect(ids(host.state)).to.have.members(milestones.events.map((event) => event.id));
    expect(host.renderedStatuses).to.deep.equal(['loading', 'ready']);
    expect(outcomes).to.have.length(1);
    expect(outcomes[0]!.detail.count).to.equal(MILESTONE_COUNT);
  });

  it('should never let a stale answer land: a slow `src` replaced by a fast one', async () => {
    const fetches = spyOnFetch();
    try {
      const { host, outcomes } = makeHost((el) => (el.src = `/slow/400${MILESTONES}`));
      await host.updateComplete; // the slow request is under way
      await waitUntil(() => fetches.calls.length === 1, 'the slow request never started');
      host.src = MINIMAL_SRC;
      await settled(host);
      expect(ids(host.state)).to.deep.equal(['ok']);
      expect(fetches.calls[0]!.signal?.aborted).to.equal(true);
      await aTimeout(600); // the slow answer's time has come and gone
      expect(host.state.status).to.equal('ready');
      expect(ids(host.state)).to.deep.equal(['ok']);
      expect(outcomes.map((outcome) => [outcome.type, outcome.detail.count])).to.deep.equal([
        ['hk-ai-load', 1],
      ]);
      expect(host.models).to.equal(1);
    } finally {
      fetches.restore();
    }
  });

  it('should abort a load on disconnection and start it again on reconnection', async () => {
    const fetches = spyOnFetch();
    try {
      const { host, outcomes } = makeHost((el) => (el.src = `/slow/300${MILESTONES}`));
      await host.updateComplete;
      await waitUntil(() => fetches.calls.length === 1, 'the request never started');
      host.remove();
      expect(fetches.calls[0]!.signal?.aborted).to.equal(true);
      await aTimeout(500); // past the slow answer
      expect(host.state.status).to.equal('loading');
      expect(outcomes).to.deep.equal([]);
      document.body.append(host);
      await settled(host);
      expect(fetches.calls).to.have.length(2);
      expect(host.state.status).to.equal('ready');
      expect(ids(host.state)).to.have.length(MILESTONE_COUNT);
      expect(outcomes.map((outcome) => [outcome.type, outcome.detail.count])).to.deep.equal([
        ['hk-ai-load', MILESTONE_COUNT],
      ]);
    } finally {
      fetches.restore();
    }
  });

  it('should not load again on reconnection once settled', async () => {
    const fetches = spyOnFetch();
    try {
      const { host, outcomes } = makeHost((el) => (el.src = MINIMAL_SRC));
      await settled(host);
      host.remove();
      document.body.append(host);
      await aTimeout(100);
      await host.updateComplete;
      expect(fetches.calls).to.have.length(1);
      expect(outcomes).to.have.length(1);
    } finally {
      fetches.restore();
    }
  });

  it('should fire hk-ai-load once, after the update that shows the outcome', async () => {
    const { host, outcomes } = makeHost((el) => (el.src = MINIMAL_SRC));
    await settled(host);
    await aTimeout(50);
    expect(outcomes).to.have.length(1);
    const [outcome] = outcomes;
    expect(outcome!.type).to.equal('hk-ai-load');
    expect(outcome!.hasUpdated).to.equal(true);
    expect(outcome!.renderedStatus).to.equal('ready'); // the update showing it had run
    expect(outcome!.renders).to.equal(2); // loading, then ready
    expect(outcome!.updatePending).to.equal(false);
  });

  it('should fire hk-ai-load for `data` after the first update, not during sync()', async () => {
    const { host, outcomes } = makeHost((el) => (el.data = DOC));
    expect(outcomes).to.deep.equal([]); // not yet updated
    await host.updateComplete;
    expect(outcomes).to.have.length(1);
    // Lit sets `hasUpdated` only after the controllers' hostUpdated: the render counter tells that update() ran.
    expect(outcomes[0]!.renders).to.equal(1);
    expect(outcomes[0]!.renderedStatus).to.equal('ready');
  });

  it("should fail with kind 'shape' for data that is not a timeline document", async () => {
    const { host, outcomes } = makeHost((el) => (el.data = JSON.parse('{"events": 5}')));
    await host.updateComplete;
    expect(host.state.status).to.equal('error');
    expect(host.state.status === 'error' && host.state.failure.kind).to.equal('shape');
    expect(host.state.status === 'error' && host.state.failure.message).to.contain('$.events');
    expect(host.models).to.equal(0);
    expect(outcomes.map((outcome) => [outcome.type, outcome.detail.kind])).to.deep.equal([
      ['hk-ai-error', 'shape'],
    ]);
    expect(outcomes[0]!.renderedStatus).to.equal('error');
    expect(outcomes[0]!.renders).to.equal(1);
  });

  it("should fail with kind 'http' and the status for a src answered 404", async () => {
    const { host, outcomes } = makeHost((el) => (el.src = '/unreliable/status/404'));
    await settled(host);
    expect(host.state.status).to.equal('error');
    const failure = host.state.status === 'error' ? host.state.failure : undefined;
    expect(failure).to.include({ kind: 'http', status: 404 });
    expect(
      outcomes.map((outcome) => [outcome.type, outcome.detail.kind, outcome.detail.status]),
    ).to.deep.equal([['hk-ai-error', 'http', 404]]);
    expect(outcomes[0]!.renderedStatus).to.equal('error');
    expect(host.renderedStatuses).to.deep.equal(['loading', 'error']);
  });

  it("should fail with kind 'parse' for a src that is not JSON", async () => {
    const { host } = makeHost((el) => (el.src = '/unreliable/html'));
    await settled(host);
    expect(host.state.status === 'error' && host.state.failure.kind).to.equal('parse');
  });

  it('should read authored <hk-ai-event> children, and read them again when they change', async () => {
    const { host, outcomes } = makeHost((el) =>
      el.setHTMLUnsafe('<hk-ai-event id="one" date="2019"><h3>One</h3></hk-ai-event>'),
    );
    await settled(host);
    expect(host.state.status).to.equal('ready');
    expect(ids(host.state)).to.deep.equal(['one']);
    const added = document.createElement('hk-ai-event');
    added.id = 'zero';
    added.setAttribute('date', '2018');
    added.append(Object.assign(document.createElement('h3'), { textContent: 'Zero' }));
    host.append(added);
    await waitUntil(() => ids(host.state).length === 2, 'the added child was not read', { timeout: 3000 });
    expect(ids(host.state)).to.deep.equal(['zero', 'one']);
    // a changed attribute of a child is read too
    added.setAttribute('date', '2030');
    await waitUntil(() => ids(host.state)[0] === 'one', 'the changed date was not read', { timeout: 3000 });
    expect(ids(host.state)).to.deep.equal(['one', 'zero']);
    await host.updateComplete;
    expect(outcomes.map((outcome) => outcome.detail.count)).to.deep.equal([1, 2, 2]);
  });

  it('should name the authored element in a diagnostic about it', async () => {
    const { host } = makeHost((el) =>
      el.setHTMLUnsafe(
        '<hk-ai-event id="fine" date="2019"><h3>Fine</h3></hk-ai-event><hk-ai-event id="bad" date="nope"><h3>Bad</h3></hk-ai-event>',
      ),
    );
    await settled(host);
    expect(ids(host.state)).to.deep.equal(['fine']);
    const paths = host.state.status === 'ready' ? host.state.diagnostics.map((d) => d.path) : [];
    expect(paths.some((path) => path.startsWith('hk-ai-event[2]'))).to.equal(true, paths.join(', '));
  });

  it("should not re-read children for the host's own attributes, nor when `data` is shown", async () => {
    const { host, outcomes } = makeHost((el) =>
      el.setHTMLUnsafe('<hk-ai-event id="one" date="2019"><h3>One</h3></hk-ai-event>'),
    );
    await settled(host);
    host.setAttribute('lang', 'en');
    await aTimeout(100);
    expect(outcomes).to.have.length(1);
    host.data = DOC;
    await host.updateComplete;
    host.append(host.firstElementChild!.cloneNode(true));
    await aTimeout(100);
    expect(ids(host.state)).to.deep.equal(['a', 'b']);
    expect(outcomes).to.have.length(2);
  });

  it('should load again on invalidate(): a src that failed once', async () => {
    const key = `controller-${Math.random().toString(36).slice(2)}`;
    const { host, outcomes } = makeHost((el) => (el.src = `/unreliable/flaky/${key}`));
    await settled(host);
    expect(host.state.status === 'error' && host.state.failure).to.include({ kind: 'http', status: 503 });
    host.source.invalidate();
    expect(host.isUpdatePending).to.equal(true);
    await host.updateComplete;
    expect(host.state.status).to.equal('loading');
    await settled(host);
    expect(ids(host.state)).to.deep.equal(['ok']);
    expect(outcomes.map((outcome) => outcome.type)).to.deep.equal(['hk-ai-error', 'hk-ai-load']);
  });

  it('should re-read `data` changed in place on invalidate(), and only then', async () => {
    const doc = { events: [{ id: 'a', date: '2020', title: 'A' }] };
    const { host } = makeHost((el) => (el.data = doc));
    await host.updateComplete;
    doc.events.push({ id: 'c', date: '2022', title: 'C' });
    host.requestUpdate();
    await host.updateComplete;
    expect(ids(host.state)).to.deep.equal(['a']);
    host.source.invalidate();
    await host.updateComplete;
    expect(ids(host.state)).to.deep.equal(['a', 'c']);
    expect(host.models).to.equal(2);
  });
});
