import { expect, fixture, html } from '@open-wc/testing';
import milestones from '../data/hk-ai-milestones.json' with { type: 'json' };
import '../src/index.js';
import type { HkAiTimeline } from '../src/components/timeline/timeline.js';
import type { TimelineDocumentJson } from '../src/model/types.js';
import { settled, text } from './helpers/timeline-harness.js';

/** What a URL looks like when it is read out as link text. */
const URL_LIKE = /^(https?:|mailto:|www\.)|\/\//;
const SOURCES = (milestones as TimelineDocumentJson).events.flatMap((event) => event.sources ?? []);
/** Every text a source title has, in any language: what a link of the default dataset may read. */
const TITLES = new Set(
  SOURCES.flatMap(({ title = {} }) => (typeof title === 'string' ? [title] : Object.values(title))),
);

/** The text of every source link: a vertical list, not collapsed, so that every event shows its sources. */
async function sourceLinks(el: HkAiTimeline): Promise<string[]> {
  await settled(el);
  expect(el.layout).to.equal('vertical');
  expect(el.collapsed).to.equal(false);
  return [...el.shadowRoot!.querySelectorAll('[part~="source-link"]')].map(text);
}

describe('<hk-ai-timeline> source links', () => {
  for (const lang of ['ko', 'en', 'zh-Hant']) {
    it(`should name every source of the default dataset, never by its URL (lang="${lang}")`, async () => {
      const el = await fixture<HkAiTimeline>(
        html`<hk-ai-timeline lang=${lang} layout="vertical"></hk-ai-timeline>`,
      );
      const links = await sourceLinks(el);
      expect(el.eventCount).to.equal(milestones.events.length);
      expect(links).to.have.length(SOURCES.length);
      for (const link of links) {
        expect(link, 'a source link has no text').to.not.equal('');
        expect(link, `a source link reads as a URL: ${link}`).to.not.match(URL_LIKE);
        // Every source of the default dataset has a title: no link falls back to its host name.
        expect(TITLES.has(link), `a source link is not a title: ${link}`).to.equal(true);
      }
    });
  }

  it('should show an untitled source as its host name, or its mail address', async () => {
    const data: TimelineDocumentJson = {
      events: [
        {
          id: 'a',
          date: '2024',
          title: 'A',
          sources: [
            { url: 'https://www.scmp.com/news/hong-kong/article/1', publisher: 'SCMP' },
            { url: 'https://www.news.gov.hk./eng/2024/10/index.htm' },
            { url: 'http://example.org:8080/a?b=c#d' },
            { url: 'mailto:press@example.org' },
            { url: 'https://www.scmp.com/titled', title: { en: 'A title' } },
          ],
        },
      ],
    };
    const el = await fixture<HkAiTimeline>(html`<hk-ai-timeline lang="en" .data=${data}></hk-ai-timeline>`);
    expect(await sourceLinks(el)).to.deep.equal([
      'scmp.com',
      'news.gov.hk',
      'example.org',
      'press@example.org',
      'A title',
    ]);
  });

  it('should show media that is not an image as links named by caption and host, never embedded', async () => {
    const el = await fixture<HkAiTimeline>(
      html`<hk-ai-timeline lang="en" layout="vertical"></hk-ai-timeline>`,
    );
    el.data = {
      events: [
        {
          id: 'a',
          date: '2024-12-09',
          title: 'Opening',
          media: {
            image: 'https://example.org/a.png',
            alt: 'The hall',
            caption: 'Opening day',
            credit: 'Photo: Cyberport',
          },
          links: [
            {
              url: 'https://www.youtube.com/watch?v=x',
              kind: 'video',
              caption: 'The ceremony',
              credit: 'RTHK',
            },
            { url: 'https://en.wikipedia.org/wiki/Cyberport' },
          ],
        },
      ],
    };
    await settled(el);
    const root = el.shadowRoot!;
    const links = [...root.querySelectorAll<HTMLAnchorElement>('[part~="media-link"]')];
    expect(links.map((link) => [text(link), link.href])).to.deep.equal([
      ['The ceremony', 'https://www.youtube.com/watch?v=x'],
      ['en.wikipedia.org', 'https://en.wikipedia.org/wiki/Cyberport'],
    ]);
    expect(text(root.querySelector('[part~="links"]'))).to.equal(
      'The ceremony (youtube.com) — RTHK en.wikipedia.org',
    );
    expect(text(root.querySelector('[part~="media-credits"]'))).to.equal('Opening day — Photo: Cyberport');
    expect(root.querySelectorAll('iframe, embed, object, video').length).to.equal(0);
    for (const link of links) expect(URL_LIKE.test(text(link)), text(link)).to.equal(false);
    await expect(el).to.be.accessible();
  });
});
