import { expect } from '@open-wc/testing';
import milestones from '../../data/hk-ai-milestones.json' with { type: 'json' };
import { findMissingTranslations } from '../../src/model/translations.js';
import { validateTimeline } from '../../src/model/validate.js';
import type { TimelineDocumentJson } from '../../src/model/types.js';

const check = (document: TimelineDocumentJson) => findMissingTranslations(document);

describe('findMissingTranslations', () => {
  it('should find the default dataset complete in en, ko and zh-Hant', () => {
    const result = validateTimeline(milestones);
    expect(result.ok && check(result.document)).to.deep.equal([]);
  });

  it('should list each event field missing a language, by event id', () => {
    const missing = check({
      events: [
        {
          id: 'a',
          date: '2024',
          title: { en: 'A', ko: '가', 'zh-Hant': '甲' },
          description: { en: 'Only English' },
        },
        {
          id: 'b',
          date: '2024',
          title: { en: 'B', ko: '나', 'zh-Hans': '乙' },
          media: { image: 'https://x.org/a.png', alt: 'x' },
        },
      ],
    });
    expect(missing).to.deep.equal([
      { field: 'description', id: 'a', missing: ['ko', 'zh-Hant'] },
      { field: 'title', id: 'b', missing: ['zh-Hant'] },
      { field: 'media.alt', id: 'b', missing: ['en', 'ko', 'zh-Hant'] },
    ]);
  });

  it('should count a plain string for the document’s lang only', () => {
    expect(check({ lang: 'ko', title: '제목', events: [] })).to.deep.equal([
      { field: 'title', missing: ['en', 'zh-Hant'] },
    ]);
  });

  it('should accept regional tags for each language', () => {
    expect(
      check({ events: [{ id: 'a', date: '2024', title: { 'en-GB': 'A', 'ko-KR': '가', 'zh-HK': '甲' } }] }),
    ).to.deep.equal([]);
  });
});
