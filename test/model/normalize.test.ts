import { expect } from '@open-wc/testing';
import { normalizeTimeline } from '../../src/model/normalize.js';

describe('normalizeTimeline', () => {
  it('should sort by date, less precise first, and keep the document order on ties', () => {
    const model = normalizeTimeline({
      events: [
        { id: 'late', date: '2024-12-09', title: 'x' },
        { id: 'month', date: '2014-10', title: 'x' },
        { id: 'tie-1', date: '2023-10', title: 'x' },
        { id: 'year', date: '2014', title: 'x' },
        { id: 'tie-2', date: '2023-10', title: 'x' },
      ],
    });
    expect(model.entries.map((entry) => entry.id)).to.deep.equal(['year', 'month', 'tie-1', 'tie-2', 'late']);
  });

  it('should parse dates and fill defaults', () => {
    const [entry] = normalizeTimeline({
      lang: 'en',
      events: [
        {
          id: 'a',
          date: '2013',
          end: '2014',
          approximate: true,
          title: 'Moves',
          sources: [{ url: 'https://x.org/', date: '2015-07-04' }],
        },
      ],
    }).entries;
    expect(entry?.date).to.deep.equal({ year: 2013, month: 1, day: 1, precision: 'year', iso: '2013' });
    expect(entry?.end?.iso).to.equal('2014');
    expect(entry?.approximate).to.equal(true);
    expect(entry?.title).to.deep.equal([['en', 'Moves']]);
    expect(entry?.tags).to.deep.equal([]);
    expect(entry?.sources[0]?.date?.precision).to.equal('day');
  });

  it('should give an event importance 3 unless it has its own', () => {
    const events = [1, undefined, 3, 5].map((importance, i) => ({
      id: String(i),
      date: '2024',
      title: 'x',
      ...(importance === undefined ? {} : { importance }),
    }));
    const { entries } = normalizeTimeline({ events });
    expect(entries.map((entry) => entry.importance)).to.deep.equal([1, 3, 3, 5]);
  });

  it('should refuse a document that skipped validation', () => {
    expect(() => normalizeTimeline({ events: [{ id: 'a', date: '2024-02-30', title: 'x' }] })).to.throw(
      TypeError,
    );
  });
});
