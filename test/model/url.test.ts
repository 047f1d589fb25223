import { expect } from '@open-wc/testing';
import { checkUrl, FETCH_PROTOCOLS, LINK_PROTOCOLS } from '../../src/model/url.js';

describe('checkUrl', () => {
  const unsafe = [
    'javascript:alert(1)',
    'JaVaScRiPt:alert(1)',
    ' javascript:alert(1)',
    'java\tscript:alert(1)',
    'java\nscript:alert(1)',
    '\u0001javascript:alert(1)',
    '\u0000javascript:alert(1)',
    'data:text/html,<script>alert(1)</script>',
    'vbscript:msgbox(1)',
    'file:///etc/passwd',
    'blob:https://example.org/uuid',
  ];
  for (const url of unsafe) {
    it(`should refuse ${JSON.stringify(url)} by its parsed protocol`, () => {
      const result = checkUrl(url, LINK_PROTOCOLS, true);
      expect(result.ok).to.equal(false);
      if (!result.ok) expect(result.reason).to.equal('protocol');
    });
  }

  it('should allow http, https and mailto links, normalized', () => {
    expect(checkUrl('HTTPS://Example.org/a b', LINK_PROTOCOLS)).to.deep.equal({
      ok: true,
      url: 'https://example.org/a%20b',
    });
    expect(checkUrl('mailto:press@example.org', LINK_PROTOCOLS)).to.deep.equal({
      ok: true,
      url: 'mailto:press@example.org',
    });
  });

  it('should not allow mailto for images or fetches', () => {
    expect(checkUrl('mailto:press@example.org', FETCH_PROTOCOLS).ok).to.equal(false);
  });

  it('should allow relative URLs only when asked to', () => {
    expect(checkUrl('data/timeline.json', FETCH_PROTOCOLS, true)).to.deep.equal({
      ok: true,
      url: 'data/timeline.json',
    });
    expect(checkUrl('data/timeline.json', FETCH_PROTOCOLS)).to.deep.equal({ ok: false, reason: 'invalid' });
    expect(checkUrl('   ', FETCH_PROTOCOLS, true)).to.deep.equal({ ok: false, reason: 'invalid' });
  });
});
