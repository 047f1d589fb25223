import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import '../src/index.js';
import type { HkAiTimeline } from '../src/components/timeline/timeline.js';
import { documentLanguages } from '../src/components/timeline/language-picker.js';
import { normalizeTimeline } from '../src/model/normalize.js';
import { harness, settled, text } from './helpers/timeline-harness.js';

const picker = (el: HkAiTimeline) =>
  el.shadowRoot!.querySelector<HTMLSelectElement>('[part="language-picker"]');

describe('language-picker', () => {
  it('should be off by default, and load nothing for it', async () => {
    const el = await fixture<HkAiTimeline>(html`<hk-ai-timeline lang="en"></hk-ai-timeline>`);
    await settled(el);
    expect(picker(el)).to.equal(null);
  });

  it('should list the languages the document has, each in itself, and set lang with an event', async () => {
    const el = await fixture<HkAiTimeline>(html`<hk-ai-timeline lang="en" language-picker></hk-ai-timeline>`);
    await settled(el);
    await waitUntil(() => picker(el), 'no language menu');
    const menu = picker(el)!;
    expect(menu.getAttribute('aria-label')).to.equal('Language');
    expect([...menu.options].map((option) => [option.value, option.lang, text(option)])).to.deep.equal([
      ['en', 'en', 'English'],
      ['ko', 'ko', '한국어'],
      ['zh-Hant', 'zh-Hant', '繁體中文'],
    ]);
    expect(menu.value).to.equal('en');
    const fired = oneEvent(el, 'hk-ai-language-change');
    menu.value = 'ko';
    menu.dispatchEvent(new Event('change'));
    expect((await fired).detail).to.deep.equal({ lang: 'ko' });
    expect(el.lang).to.equal('ko');
    await el.updateComplete;
    expect(harness(el).titles()[0]).to.equal('핸슨 로보틱스, 홍콩으로 이전');
    expect(picker(el)!.getAttribute('aria-label')).to.equal('언어');
    expect(picker(el)!.value).to.equal('ko');
    await expect(el).to.be.accessible();
  });

  it('should show no menu for a document in one language', async () => {
    const el = await fixture<HkAiTimeline>(html`<hk-ai-timeline lang="en" language-picker></hk-ai-timeline>`);
    el.data = { lang: 'en', events: [{ id: 'a', date: '2024', title: 'Only English' }] };
    await settled(el);
    await new Promise((resolve) => setTimeout(resolve, 100));
    await el.updateComplete;
    expect(picker(el)).to.equal(null);
  });

  it('should find the languages of titles, a plain string counting for the document’s lang', () => {
    const model = normalizeTimeline({
      lang: 'ko',
      events: [
        { id: 'a', date: '2024', title: '한국어만' },
        { id: 'b', date: '2024', title: { 'zh-HK': '中文', en: 'English' } },
      ],
    });
    expect(documentLanguages(model)).to.deep.equal(['en', 'ko', 'zh-Hant']);
  });
});
