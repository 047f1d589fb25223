// The default dataset's per-language slices (src/default-documents/) are written by `npm run data:slices` from
// data/hk-ai-milestones.json: they must match it, and each must hold its language's text and no other's.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import { LANGUAGES, SOURCE, sliceDocument, sliceFile, slices } from '../../scripts/slice-data.js';

const master = JSON.parse(readFileSync(SOURCE, 'utf8'));

describe('the default dataset, one slice per language', () => {
  it('is up to date with data/hk-ai-milestones.json (else run npm run data:slices)', () => {
    for (const [file, text] of slices(master))
      assert.equal(readFileSync(file, 'utf8'), text, `${file} is stale`);
  });

  it("keeps each event, date and source, and only the slice's language where a text has it", () => {
    for (const language of LANGUAGES) {
      const slice = JSON.parse(readFileSync(sliceFile(language), 'utf8'));
      assert.deepEqual(
        slice.events.map((event) => [event.id, event.date, event.end, event.sources?.map((s) => s.url)]),
        master.events.map((event) => [event.id, event.date, event.end, event.sources?.map((s) => s.url)]),
      );
      slice.events.forEach((event, i) => {
        assert.deepEqual(Object.keys(event.title), [language], `${event.id}: title`);
        assert.equal(event.title[language], master.events[i].title[language]);
        if (event.description) assert.deepEqual(Object.keys(event.description), [language]);
        for (const source of event.sources ?? []) assert.deepEqual(Object.keys(source.publisher), [language]);
      });
      // The document's title keeps every language: it names the languages the dataset has.
      assert.deepEqual(slice.title, master.title);
    }
  });

  it("keeps whole a text that lacks the language, such as a headline in the article's own language", () => {
    const document = {
      title: { en: 'T', ko: '티' },
      events: [
        {
          id: 'a',
          date: '2024',
          title: { en: 'A', ko: '에이' },
          sources: [{ url: 'https://example.com/', title: { ko: '기사' } }],
        },
      ],
    };
    const slice = sliceDocument(document, 'en');
    assert.deepEqual(slice.events[0].title, { en: 'A' });
    assert.deepEqual(slice.events[0].sources[0].title, { ko: '기사' });
    assert.deepEqual(slice.title, { en: 'T', ko: '티' });
  });
});
