import { expect } from '@open-wc/testing';
import milestones from '../../data/hk-ai-milestones.json' with { type: 'json' };
import { normalizeTimeline } from '../../src/model/normalize.js';
import { toStructuredData, toStructuredDataJson } from '../../src/model/structured-data.js';
import { validateTimeline } from '../../src/model/validate.js';

describe('toStructuredData', () => {
  const result = validateTimeline(milestones);
  if (!result.ok) throw new Error('test setup: the default dataset should be valid');
  const model = normalizeTimeline(result.document);

  it('should describe the timeline as a schema.org ItemList of Events, in one language', () => {
    const data = toStructuredData(model, 'ko');
    expect(data['@type']).to.equal('ItemList');
    expect(data.numberOfItems).to.equal(model.entries.length);
    const first = data.itemListElement.find((item) => item.item['@id'] === '#sensetime-founded')!;
    expect(first.item['@type']).to.equal('Event');
    expect(first.item.name).to.contain('센스타임');
    expect(first.item.startDate).to.equal('2014-10');
    expect(first.item.subjectOf[0]?.url).to.match(/^https?:/);
  });

  it('should state an approximate date as the whole range it may fall in', () => {
    const hanson = toStructuredData(model).itemListElement.find(
      (i) => i.item['@id'] === '#hanson-robotics-moves-to-hong-kong',
    )!;
    expect([hanson.item.startDate, hanson.item.endDate]).to.deep.equal(['2013-01-01', '2014-12-31']);
  });

  it('should serialize hostile text safely for a script element', () => {
    const hostile = normalizeTimeline({
      events: [{ id: 'x', date: '2024', title: '</script><script>alert(1)</script>' }],
    });
    const json = toStructuredDataJson(hostile);
    expect(json).to.not.contain('</script>');
    expect(JSON.parse(json).itemListElement[0].item.name).to.equal('</script><script>alert(1)</script>');
  });
});
