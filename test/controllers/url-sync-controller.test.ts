import { expect, oneEvent } from '@open-wc/testing';
import { ReactiveElement } from 'lit';
import {
  idFromHash,
  UrlSyncController,
  withFilterParams,
} from '../../src/controllers/url-sync-controller.js';

/** The smallest host `UrlSyncController` needs; it records the ids the hash asked to select. */
class UrlHost extends ReactiveElement {
  hashLink = false;
  urlState = false;
  query?: string | undefined;
  filter?: string | undefined;
  readonly picked: string[] = [];
  readonly urlSync = new UrlSyncController(this, (id) => this.picked.push(id) > 0);
}
customElements.define('test-url-sync-host', UrlHost);

/** The test page's own URL (it carries the runner's session parameters), restored after each test. */
const original = location.pathname + location.search;

const hosts: UrlHost[] = [];

function connect(configure: (host: UrlHost) => void = () => {}): UrlHost {
  const host = document.createElement('test-url-sync-host') as UrlHost;
  configure(host);
  hosts.push(host);
  document.body.append(host);
  return host;
}

/** Changes the hash as a link would, and waits for its `hashchange`. */
async function navigateToHash(hash: string): Promise<void> {
  const changed = oneEvent(window, 'hashchange');
  location.hash = hash;
  await changed;
}

describe('idFromHash', () => {
  it('should name no event for an empty hash', () => {
    expect(idFromHash('')).to.equal(undefined);
    expect(idFromHash('#')).to.equal(undefined);
  });

  it('should decode the id', () => {
    expect(idFromHash('#sensetime-founded')).to.equal('sensetime-founded');
    expect(idFromHash('#a%20b')).to.equal('a b');
    expect(idFromHash('#%E9%A6%99%E6%B8%AF')).to.equal('香港');
  });

  it('should name no event, and not throw, for a malformed escape', () => {
    expect(() => idFromHash('#%E0%A4%A')).not.to.throw();
    expect(idFromHash('#%E0%A4%A')).to.equal(undefined);
    expect(idFromHash('#%')).to.equal(undefined);
  });
});

describe('withFilterParams', () => {
  const base = new URL('https://example.test/page?lang=en&q=old&category=Old#event-1');

  it('should set q and category, keeping the other parameters and the hash', () => {
    const next = withFilterParams(base, 'robot arm', 'Industry');
    expect(next.searchParams.get('q')).to.equal('robot arm');
    expect(next.searchParams.get('category')).to.equal('Industry');
    expect(next.searchParams.get('lang')).to.equal('en');
    expect(next.hash).to.equal('#event-1');
    expect(next.pathname).to.equal('/page');
  });

  it('should remove q and category when they are empty or undefined', () => {
    expect(withFilterParams(base, undefined, undefined).href).to.equal(
      'https://example.test/page?lang=en#event-1',
    );
    expect(withFilterParams(base, '', '').href).to.equal('https://example.test/page?lang=en#event-1');
    const onlyQuery = withFilterParams(base, 'x', undefined);
    expect([...onlyQuery.searchParams]).to.deep.equal([
      ['lang', 'en'],
      ['q', 'x'],
    ]);
  });

  it('should add the parameters to a URL without any, and leave the given URL alone', () => {
    const bare = new URL('https://example.test/');
    expect(withFilterParams(bare, 'a&b', 'c').search).to.equal('?q=a%26b&category=c');
    expect(bare.href).to.equal('https://example.test/');
    withFilterParams(base, 'new', undefined);
    expect(base.searchParams.get('q')).to.equal('old');
  });
});

describe('UrlSyncController', () => {
  afterEach(() => {
    for (const host of hosts.splice(0)) host.remove();
    history.replaceState(null, '', original);
  });

  it('should select the decoded id on hashchange, with hashLink', async () => {
    const host = connect((el) => (el.hashLink = true));
    await navigateToHash('#a%20b');
    expect(host.picked).to.deep.equal(['a b']);
    await navigateToHash('#second');
    expect(host.picked).to.deep.equal(['a b', 'second']);
  });

  it('should ignore a hash that names no event', async () => {
    const host = connect((el) => (el.hashLink = true));
    await navigateToHash('#%E0%A4%A');
    expect(host.picked).to.deep.equal([]);
  });

  it('should not select on hashchange without hashLink', async () => {
    const host = connect();
    await navigateToHash('#a%20b');
    host.urlSync.followHash();
    expect(host.picked).to.deep.equal([]);
  });

  it('should stop following the hash once disconnected', async () => {
    const host = connect((el) => (el.hashLink = true));
    host.remove();
    await navigateToHash('#gone');
    expect(host.picked).to.deep.equal([]);
    document.body.append(host);
    await navigateToHash('#back');
    expect(host.picked).to.deep.equal(['back']);
  });

  it("should select the current hash's event on followHash(), with hashLink", () => {
    history.replaceState(null, '', '#from-load');
    const host = connect((el) => (el.hashLink = true));
    expect(host.picked).to.deep.equal([]); // connecting alone selects nothing: the host calls followHash
    host.urlSync.followHash();
    expect(host.picked).to.deep.equal(['from-load']);
  });

  it('should write a selection into the hash with hashLink, without a history entry', () => {
    const host = connect((el) => (el.hashLink = true));
    const length = history.length;
    const search = location.search;
    host.urlSync.selected('a b/c');
    expect(location.hash).to.equal('#a%20b%2Fc');
    expect(idFromHash(location.hash)).to.equal('a b/c');
    expect(location.search).to.equal(search);
    host.urlSync.selected('next');
    expect(location.hash).to.equal('#next');
    expect(history.length).to.equal(length);
    expect(host.picked).to.deep.equal([]); // writing the hash does not select again
  });

  it('should not write a selection without hashLink', () => {
    const host = connect();
    const before = location.href;
    host.urlSync.selected('quiet');
    expect(location.href).to.equal(before);
    expect(location.hash).to.equal('');
  });

  it('should write the search and the filter into the query string with urlState', () => {
    const host = connect((el) => (el.urlState = true));
    const length = history.length;
    const kept = [...new URLSearchParams(location.search)];
    history.replaceState(null, '', `${location.pathname}${location.search}#keep`);
    host.urlSync.filtered('robot arm', 'Industry');
    const params = new URLSearchParams(location.search);
    expect(params.get('q')).to.equal('robot arm');
    expect(params.get('category')).to.equal('Industry');
    for (const [name, value] of kept) expect(params.get(name)).to.equal(value); // the page's own parameters
    expect(location.hash).to.equal('#keep');
    host.urlSync.filtered(undefined, 'Research');
    expect(new URLSearchParams(location.search).has('q')).to.equal(false);
    expect(new URLSearchParams(location.search).get('category')).to.equal('Research');
    host.urlSync.filtered(undefined, undefined);
    expect([...new URLSearchParams(location.search)]).to.deep.equal(kept);
    expect(history.length).to.equal(length);
  });

  it('should not write the query string without urlState', () => {
    const host = connect((el) => (el.hashLink = true));
    const before = location.href;
    host.urlSync.filtered('robot', 'Industry');
    expect(location.href).to.equal(before);
  });

  it('should read ?q and ?category into the query and the filter at connection, with urlState', () => {
    history.replaceState(null, '', withFilterParams(new URL(location.href), 'robot arm', 'Industry'));
    const host = connect((el) => (el.urlState = true));
    expect(host.query).to.equal('robot arm');
    expect(host.filter).to.equal('Industry');
  });

  it("should keep the host's own query and filter when the URL has none", () => {
    history.replaceState(null, '', withFilterParams(new URL(location.href), 'from-url', undefined));
    const host = connect((el) => {
      el.urlState = true;
      el.query = 'mine';
      el.filter = 'Mine';
    });
    expect(host.query).to.equal('from-url');
    expect(host.filter).to.equal('Mine');
  });

  it('should not read the query string without urlState', () => {
    history.replaceState(null, '', withFilterParams(new URL(location.href), 'robot', 'Industry'));
    const host = connect((el) => (el.hashLink = true));
    expect(host.query).to.equal(undefined);
    expect(host.filter).to.equal(undefined);
  });
});
