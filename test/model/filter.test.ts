import { expect } from '@open-wc/testing';
import milestones from '../../data/hk-ai-milestones.json' with { type: 'json' };
import { categoriesOf, filterEntries, matchesCategory } from '../../src/model/filter.js';
import { normalizeTimeline, normalizeText } from '../../src/model/normalize.js';
import { validateTimeline } from '../../src/model/validate.js';

const result = validateTimeline(milestones);
if (!result.ok) throw new Error('test setup: the default dataset should be valid');
const { entries } = normalizeTimeline(result.document);
const ids = (query?: string, category?: string) =>
  filterEntries(entries, { query, category }).map((entry) => entry.id);

describe('filterEntries', () => {
  it('should find the same events whichever language the search is in', () => {
    const english = ids('SenseTime');
    expect(english).to.include('sensetime-founded');
    expect(ids('센스타임')).to.deep.equal(english);
    expect(ids('商湯')).to.deep.equal(english);
  });

  it('should ignore case and full-width forms, and need every word', () => {
    expect(ids('ＳＥＮＳＥＴＩＭＥ')).to.deep.equal(ids('sensetime'));
    expect(ids('cyberport cisco')).to.deep.equal(['cisco-cyberport-mou']);
    expect(ids('cisco baidu')).to.deep.equal([]);
  });

  it('should filter by category key or by its label in any language', () => {
    const policy = ids(undefined, 'policy');
    expect(policy).to.include('fstb-policy-statement-ai-finance');
    expect(policy.every((id) => entries.find((e) => e.id === id)?.category?.[0]?.[1] === 'Policy')).to.equal(
      true,
    );
    expect(ids(undefined, '政策')).to.deep.equal(policy);
    expect(ids(undefined, ' Policy ')).to.deep.equal(policy);
    expect(ids('cyberport', 'infrastructure')).to.deep.equal(['cyberport-aisc-phase-1']);
  });

  it('should return the same array when nothing filters, and keep date order', () => {
    expect(filterEntries(entries, {})).to.equal(entries);
    expect(filterEntries(entries, { query: '  ' })).to.equal(entries);
    const all = ids('hong kong');
    expect(all).to.deep.equal(entries.map((e) => e.id).filter((id) => all.includes(id)));
  });
});

describe('categoriesOf', () => {
  it('should list each category once, in order of first appearance, with counts', () => {
    const categories = categoriesOf(entries);
    expect(categories.map((c) => c.key)).to.deep.equal([
      'industry',
      'policy',
      'research',
      'partnership',
      'report',
      'infrastructure',
    ]);
    expect(categories.reduce((sum, c) => sum + c.count, 0)).to.equal(entries.length);
  });

  it('should match a label by key or text', () => {
    const label = normalizeText({ en: 'Policy', ko: '정책' });
    expect(matchesCategory(label, 'policy')).to.equal(true);
    expect(matchesCategory(label, '정책')).to.equal(true);
    expect(matchesCategory(label, 'research')).to.equal(false);
    expect(matchesCategory(undefined, 'policy')).to.equal(false);
  });
});
