import { expect, fixture } from '@open-wc/testing';
import { css, html, LitElement } from 'lit';
import { customElement, property } from 'lit/decorators.js';
import {
  AUTO_BREAKPOINT_REM,
  LayoutController,
  resolveLayout,
  type TimelineLayout,
} from '../../src/controllers/layout-controller.js';

describe('resolveLayout', () => {
  it('should resolve each layout at each width', () => {
    expect(AUTO_BREAKPOINT_REM).to.equal(40);
    const table: [layout: string, width: number | undefined, rem: number | undefined, expected: string][] = [
      ['vertical', undefined, undefined, 'vertical'],
      ['vertical', 2000, undefined, 'vertical'],
      ['horizontal', undefined, undefined, 'horizontal'],
      ['horizontal', 100, undefined, 'horizontal'],
      // Unknown values are the list.
      ['sideways', 2000, undefined, 'vertical'],
      ['', 2000, undefined, 'vertical'],
      ['Horizontal', 2000, undefined, 'vertical'],
      ['AUTO', 2000, undefined, 'vertical'],
      // Not measured (the server): the list.
      ['auto', undefined, undefined, 'vertical'],
      ['auto', undefined, 20, 'vertical'],
      // 40rem at 16px: 640px.
      ['auto', 0, undefined, 'vertical'],
      ['auto', 639, undefined, 'vertical'],
      ['auto', 639.9, 16, 'vertical'],
      ['auto', 640, undefined, 'horizontal'],
      ['auto', 640, 16, 'horizontal'],
      ['auto', 5000, undefined, 'horizontal'],
      // 40rem at 20px: 800px.
      ['auto', 640, 20, 'vertical'],
      ['auto', 799, 20, 'vertical'],
      ['auto', 800, 20, 'horizontal'],
    ];
    for (const [layout, width, rem, expected] of table) {
      expect(resolveLayout(layout, width, rem), `${layout} at ${width} (rem ${rem})`).to.equal(expected);
    }
  });
});

/** A host resolving its layout in `willUpdate`, as <hk-ai-timeline> does; the list is taller than the axis. */
@customElement('test-layout-host')
class TestLayoutHost extends LitElement {
  static override styles = css`
    :host {
      display: block;
    }
    .list {
      block-size: 300px;
    }
    .axis {
      block-size: 60px;
    }
  `;

  @property() layout: TimelineLayout = 'auto';
  private readonly internals = this.attachInternals();
  readonly layoutMode = new LayoutController(this, this.internals.states);
  renders = 0;

  override willUpdate() {
    this.layoutMode.resolve();
  }

  override render() {
    this.renders += 1;
    return this.layoutMode.current === 'vertical'
      ? html`<div class="list">list</div>`
      : html`<div class="axis">axis</div>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'test-layout-host': TestLayoutHost;
  }
}

const nextFrame = () => new Promise<void>((resolve) => requestAnimationFrame(() => resolve()));

async function frames(count: number) {
  for (let i = 0; i < count; i += 1) await nextFrame();
}

/** Waits (at most 60 frames) until the controller resolves to `layout`. */
async function until(host: TestLayoutHost, layout: string) {
  for (let i = 0; i < 60 && host.layoutMode.current !== layout; i += 1) {
    await nextFrame();
    await host.updateComplete;
  }
}

async function boxed(width: number, layout: TimelineLayout = 'auto') {
  const wrapper = await fixture<HTMLElement>(
    html`<div style=${`width: ${width}px`}><test-layout-host .layout=${layout}></test-layout-host></div>`,
  );
  const host = wrapper.querySelector('test-layout-host')!;
  await host.updateComplete;
  return { wrapper, host };
}

const states = (host: TestLayoutHost) =>
  ['vertical', 'horizontal'].filter((state) => host.matches(`:state(${state})`));

/** Counts the ResizeObservers created and the elements they observe while `body` runs. */
async function countingResizeObservers(
  body: (counts: { created: number; observed: number }) => Promise<void>,
) {
  const Native = window.ResizeObserver;
  const counts = { created: 0, observed: 0 };
  window.ResizeObserver = class extends Native {
    constructor(callback: ResizeObserverCallback) {
      super(callback);
      counts.created += 1;
    }
    override observe(target: Element, options?: ResizeObserverOptions) {
      counts.observed += 1;
      super.observe(target, options);
    }
  };
  try {
    await body(counts);
  } finally {
    window.ResizeObserver = Native;
  }
}

describe('LayoutController', () => {
  const errors: string[] = [];
  const onError = (event: ErrorEvent) => errors.push(event.message);
  beforeEach(() => {
    errors.length = 0;
    window.addEventListener('error', onError);
  });
  afterEach(() => {
    window.removeEventListener('error', onError);
    document.documentElement.style.fontSize = '';
  });

  it('should show the axis in a wide box from the first render, as :state(horizontal)', async () => {
    const { host } = await boxed(900);
    expect(host.layoutMode.current).to.equal('horizontal');
    expect(states(host)).to.deep.equal(['horizontal']);
    expect(host.renders).to.equal(1);
    expect(host.shadowRoot!.querySelector('.axis')).to.not.equal(null);
    // The observer's first report agrees: nothing renders again.
    await frames(5);
    expect(host.renders).to.equal(1);
  });

  it('should switch to the list when the box narrows, and back when it widens', async () => {
    const { wrapper, host } = await boxed(900);
    wrapper.style.width = '400px';
    await until(host, 'vertical');
    expect(host.layoutMode.current).to.equal('vertical');
    expect(states(host)).to.deep.equal(['vertical']);
    expect(host.shadowRoot!.querySelector('.list')).to.not.equal(null);

    wrapper.style.width = '900px';
    await until(host, 'horizontal');
    expect(host.layoutMode.current).to.equal('horizontal');
    expect(states(host)).to.deep.equal(['horizontal']);
    await frames(3);
    expect(errors).to.deep.equal([]);
  });

  it('should switch at 40rem: 639px is the list, 640px the axis', async () => {
    const { wrapper, host } = await boxed(639);
    expect(host.layoutMode.current).to.equal('vertical');
    wrapper.style.width = '640px';
    await until(host, 'horizontal');
    expect(host.layoutMode.current).to.equal('horizontal');
    expect(states(host)).to.deep.equal(['horizontal']);
  });

  it('should count the breakpoint in rem: 800px at a root font size of 20px', async () => {
    document.documentElement.style.fontSize = '20px';
    const { wrapper, host } = await boxed(799);
    expect(host.layoutMode.current).to.equal('vertical');
    expect(states(host)).to.deep.equal(['vertical']);
    wrapper.style.width = '800px';
    await until(host, 'horizontal');
    expect(host.layoutMode.current).to.equal('horizontal');
  });

  it('should raise no ResizeObserver loop error while switching', async () => {
    const { wrapper, host } = await boxed(900);
    for (const width of [400, 900, 400, 900]) {
      wrapper.style.width = `${width}px`;
      const expected = width >= 640 ? 'horizontal' : 'vertical';
      await until(host, expected);
      expect(host.layoutMode.current).to.equal(expected);
    }
    await frames(3);
    expect(host.renders).to.equal(5);
    expect(errors).to.deep.equal([]);
  });

  it('should stay vertical in a wide box with layout="vertical", observing nothing', async () => {
    await countingResizeObservers(async (counts) => {
      const { wrapper, host } = await boxed(900, 'vertical');
      expect(host.layoutMode.current).to.equal('vertical');
      expect(states(host)).to.deep.equal(['vertical']);
      wrapper.style.width = '400px';
      await frames(3);
      wrapper.style.width = '1200px';
      await frames(3);
      expect(host.layoutMode.current).to.equal('vertical');
      expect(host.renders).to.equal(1);
      expect(counts).to.deep.equal({ created: 0, observed: 0 });

      // The same box with layout="auto" does observe the host.
      host.layout = 'auto';
      await host.updateComplete;
      expect(host.layoutMode.current).to.equal('horizontal');
      expect(states(host)).to.deep.equal(['horizontal']);
      expect(counts).to.deep.equal({ created: 1, observed: 1 });
    });
  });

  it('should show the axis with layout="horizontal" in a narrow box', async () => {
    const { host } = await boxed(300, 'horizontal');
    expect(host.layoutMode.current).to.equal('horizontal');
    expect(states(host)).to.deep.equal(['horizontal']);
  });

  it('should stop following the width once layout is no longer auto, or the host is disconnected', async () => {
    const { wrapper, host } = await boxed(900);
    host.layout = 'vertical';
    await host.updateComplete;
    expect(host.layoutMode.current).to.equal('vertical');
    const renders = host.renders;
    wrapper.style.width = '400px';
    await frames(3);
    wrapper.style.width = '900px';
    await frames(3);
    expect(host.renders).to.equal(renders);

    host.layout = 'auto';
    await host.updateComplete;
    expect(host.layoutMode.current).to.equal('horizontal');
    // Out of the document, the host has no width: a live observer would switch it to the list.
    const connected = host.renders;
    host.remove();
    await frames(5);
    expect(host.renders).to.equal(connected);
    expect(host.layoutMode.current).to.equal('horizontal');

    // Connected again, it follows again.
    wrapper.append(host);
    wrapper.style.width = '400px';
    await until(host, 'vertical');
    expect(host.layoutMode.current).to.equal('vertical');
    expect(states(host)).to.deep.equal(['vertical']);
  });
});
