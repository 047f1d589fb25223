import { expect, nextFrame } from '@open-wc/testing';
import { html, LitElement, nothing } from 'lit';
import { ServerTakeoverController } from '../../src/controllers/server-takeover-controller.js';

/** A host wired like `<hk-ai-timeline>`: renders nothing of its own while the server's HTML is held. */
class TakeoverHost extends LitElement {
  /** Whether the host has something of its own to show; the tests flip it. */
  ready = false;
  renders = 0;
  readonly takeover = new ServerTakeoverController(this, () => this.ready);

  protected override createRenderRoot(): HTMLElement | DocumentFragment {
    const root = super.createRenderRoot();
    this.takeover.claim(root as ShadowRoot);
    return root;
  }

  protected override render() {
    this.renders++;
    if (this.takeover.holding) return nothing;
    return html`<p class="client">from client</p>`;
  }
}

let count = 0;
const containers: HTMLElement[] = [];

/**
 * A host upgraded from server-rendered markup: the markup is parsed (declarative shadow root included) and
 * connected first, and only then is a fresh tag defined, so the element upgrades with its shadow root present.
 */
function serverRendered(shadow = '<p class="server">from server</p>'): {
  host: TakeoverHost;
  root: ShadowRoot;
} {
  const tag = `test-takeover-host-${++count}`;
  const container = document.createElement('div');
  containers.push(container);
  container.setHTMLUnsafe(`<${tag}><template shadowrootmode="open">${shadow}</template></${tag}>`);
  document.body.append(container);
  const element = container.firstElementChild!;
  expect(element.shadowRoot, 'the declarative shadow root was not attached').to.not.equal(null);
  customElements.define(tag, class extends TakeoverHost {});
  expect(element).to.be.instanceOf(TakeoverHost);
  return { host: element as TakeoverHost, root: element.shadowRoot! };
}

/** A host created on the client, with no server HTML. */
function clientOnly(): TakeoverHost {
  const tag = `test-takeover-host-${++count}`;
  customElements.define(tag, class extends TakeoverHost {});
  const container = document.createElement('div');
  containers.push(container);
  document.body.append(container);
  return container.appendChild(document.createElement(tag) as TakeoverHost);
}

const servers = (root: ShadowRoot) => root.querySelectorAll('.server').length;
const clients = (root: ShadowRoot) => root.querySelectorAll('.client').length;

describe('ServerTakeoverController', () => {
  afterEach(() => {
    for (const container of containers.splice(0)) container.remove();
  });

  it("should keep the server's nodes and show nothing of its own while the host is not ready", async () => {
    const { host, root } = serverRendered();
    await host.updateComplete;
    host.requestUpdate();
    await host.updateComplete;
    await nextFrame();
    expect(host.renders).to.equal(2);
    expect(host.takeover.holding).to.equal(true);
    expect(servers(root)).to.equal(1);
    expect(root.querySelector('.server')!.textContent).to.equal('from server');
    expect(clients(root)).to.equal(0);
  });

  it("should replace the server's nodes with exactly one client render once ready", async () => {
    const { host, root } = serverRendered(
      '<p class="server">from server</p><ul class="server"><li>x</li></ul>',
    );
    await host.updateComplete;
    expect(servers(root)).to.equal(2);
    host.ready = true;
    host.requestUpdate();
    await host.updateComplete;
    expect(host.takeover.holding).to.equal(false);
    expect(servers(root)).to.equal(0);
    expect(clients(root)).to.equal(1);
    expect(root.querySelector('.client')!.textContent).to.equal('from client');
    // Later updates render in place: still one client render, and nothing of the server's comes back.
    host.requestUpdate();
    await host.updateComplete;
    expect(servers(root)).to.equal(0);
    expect(clients(root)).to.equal(1);
    expect(root.children).to.have.length(1);
  });

  it('should take over at once for a host that is ready at its first update', async () => {
    const tag = `test-takeover-host-${++count}`;
    const container = document.createElement('div');
    containers.push(container);
    container.setHTMLUnsafe(
      `<${tag}><template shadowrootmode="open"><p class="server">s</p></template></${tag}>`,
    );
    document.body.append(container);
    customElements.define(
      tag,
      class extends TakeoverHost {
        override ready = true;
      },
    );
    const host = container.firstElementChild as TakeoverHost;
    const root = host.shadowRoot!;
    await host.updateComplete;
    expect(host.takeover.holding).to.equal(false);
    expect(servers(root)).to.equal(0);
    expect(clients(root)).to.equal(1);
  });

  it('should never hold a host without server nodes', async () => {
    const host = clientOnly();
    expect(host.takeover.holding).to.equal(false);
    await host.updateComplete;
    expect(host.ready).to.equal(false);
    expect(host.takeover.holding).to.equal(false);
    expect(clients(host.shadowRoot!)).to.equal(1);
  });

  it('should never hold a host whose declarative shadow root is empty', async () => {
    const { host, root } = serverRendered('');
    expect(host.takeover.holding).to.equal(false);
    await host.updateComplete;
    expect(clients(root)).to.equal(1);
  });

  it('should show no frame with neither the server nodes nor the client render, nor both', async () => {
    const { host, root } = serverRendered();
    await host.updateComplete;
    const frames: string[] = [];
    let sampling = true;
    const sample = () => {
      frames.push(`${servers(root)} server, ${clients(root)} client`);
      if (sampling) requestAnimationFrame(sample);
    };
    requestAnimationFrame(sample);
    await nextFrame();
    await nextFrame();
    // The switch, from a task of its own between frames, as a load's answer would come.
    await new Promise<void>((resolve) =>
      setTimeout(() => {
        host.ready = true;
        host.requestUpdate();
        resolve();
      }),
    );
    await host.updateComplete;
    for (let i = 0; i < 3; i++) await nextFrame();
    sampling = false;
    await nextFrame();
    expect(frames).to.include('1 server, 0 client');
    expect(frames).to.include('0 server, 1 client');
    const bad = frames.filter((frame) => frame !== '1 server, 0 client' && frame !== '0 server, 1 client');
    expect(bad, frames.join(' | ')).to.deep.equal([]);
    // and the frames switch once, from the server's to the client's
    const first = frames.indexOf('0 server, 1 client');
    expect(frames.slice(0, first).every((frame) => frame === '1 server, 0 client')).to.equal(true);
    expect(frames.slice(first).every((frame) => frame === '0 server, 1 client')).to.equal(true);
  });
});
