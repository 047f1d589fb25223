import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { ja as jaDistance } from 'date-fns/locale/ja';
import '../../src/index.js';
import type { HkAiTimeline } from '../../src/components/timeline/timeline.js';
import { registerTranslation, translationFor, TRANSLATIONS } from '../../src/i18n/index.js';
import { matchSupportedLanguage } from '../../src/model/languages.js';
import { ja } from '../../src/translations/ja.js';
import { harness, settled, text } from '../helpers/timeline-harness.js';

// Registration is page-wide: each test file runs in a page of its own, and the tests here run in order.
describe('registerTranslation (Japanese as the test case)', () => {
  it('should refuse a lang that is not a language tag, naming it', () => {
    expect(() => registerTranslation({ ...ja, lang: 'not a tag!' })).to.throw(
      RangeError,
      '"not a tag!" is not a BCP 47 language tag',
    );
    expect(matchSupportedLanguage('not a tag!')).to.equal(undefined);
  });

  it('should switch a timeline already on the page, in place, and map every Japanese tag to it', async () => {
    // Before: a Japanese reader gets English.
    expect(matchSupportedLanguage('ja-JP')).to.equal(undefined);
    const before = await fixture<HkAiTimeline>(html`<hk-ai-timeline lang="ja"></hk-ai-timeline>`);
    await settled(before);
    expect(before.shadowRoot!.querySelector('[part="list"]')!.getAttribute('aria-label')).to.equal(
      'Milestones',
    );
    registerTranslation(ja);
    expect(matchSupportedLanguage('ja-JP')).to.equal('ja');
    expect(matchSupportedLanguage('ja')).to.equal('ja');
    // The built-in languages still match as before.
    expect(['ko-KR', 'zh-CN', 'en-US', 'fr'].map(matchSupportedLanguage)).to.deep.equal([
      'ko',
      'zh-Hant',
      'en',
      undefined,
    ]);
    await waitUntil(
      () => before.shadowRoot!.querySelector('[part="list"]')?.getAttribute('aria-label') === '主な出来事',
      'the timeline on the page did not switch to Japanese',
    );
  });

  it('should write dates with Intl in Japanese, and show the default data in English with a hint', async () => {
    const el = await fixture<HkAiTimeline>(html`<hk-ai-timeline lang="ja-JP"></hk-ai-timeline>`);
    await settled(el);
    const view = harness(el);
    // The default dataset has no Japanese: a Japanese reader falls back to English first, its slice.
    expect(view.ids().length).to.be.greaterThan(20);
    const sensetime = view.event('sensetime-founded')!;
    expect(text(sensetime.querySelector('[part="date"]'))).to.equal('2014年10月');
    expect(text(sensetime.querySelector('[part="title"]'))).to.match(/^SenseTime .+\(日本語訳なし\)$/);
    expect(sensetime.querySelector('[part="title"] [lang]')!.getAttribute('lang')).to.equal('en');
    expect(el.shadowRoot!.querySelector('[part="search"]')!.getAttribute('aria-label')).to.equal(
      '出来事を検索',
    );
    el.query = 'Cyberport';
    await settled(el);
    expect(view.status()).to.match(/^\d+件中\d+件を表示$/);
  });

  it('should say once what a period shares, and mark the whole of an approximate one', async () => {
    const el = await fixture<HkAiTimeline>(html`<hk-ai-timeline lang="ja"></hk-ai-timeline>`);
    el.data = {
      lang: 'ja',
      events: [
        { id: 'days', date: '0622-08-09', end: '0622-08-23', title: '日の範囲' },
        { id: 'months', date: '2024-02', end: '2024-05', title: '月の範囲' },
        { id: 'about', date: '2013', end: '2014', approximate: true, title: 'おおよその期間' },
        { id: 'bce', date: '-0043', title: '紀元前' },
      ],
    };
    await settled(el);
    const labels = Object.fromEntries(
      harness(el)
        .ids()
        .map((id, i) => [id, harness(el).dateLabels()[i]]),
    );
    expect(labels).to.deep.equal({
      bce: '紀元前44年',
      days: '622年8月9日～23日',
      about: 'およそ2013～2014年',
      months: '2024年2月～5月',
    });
    // Japanese text needs no fallback hint.
    expect(el.shadowRoot!.querySelector('.fallback')).to.equal(null);
  });

  it('should word relative dates by Intl, or by a date-fns locale when the translation has one', async () => {
    const el = await fixture<HkAiTimeline>(
      html`<hk-ai-timeline lang="ja" relative-to="2024-12-08"></hk-ai-timeline>`,
    );
    await settled(el);
    const relative = () => text(harness(el).event('sensetime-founded')?.querySelector('[part="relative"]'));
    await waitUntil(() => relative(), 'no relative date');
    expect(relative()).to.equal('10年前');
    registerTranslation({ ...ja, distanceLocale: jaDistance });
    await waitUntil(() => relative() === '約10年前', `relative date: ${relative()}`);
  });

  it('should name the zoom steps of the time axis in Japanese', async () => {
    const el = await fixture<HkAiTimeline>(
      html`<hk-ai-timeline lang="ja" layout="horizontal"></hk-ai-timeline>`,
    );
    await settled(el);
    await waitUntil(() => el.shadowRoot!.querySelector('[part~="zoom-step"]'), 'no zoom control');
    const steps = [...el.shadowRoot!.querySelectorAll('[part~="zoom-step"]')].map(text);
    expect(steps[0]).to.equal('全体');
    expect(steps).to.include('年');
    expect(el.shadowRoot!.querySelector('[part="axis-controls"]')!.getAttribute('aria-label')).to.equal(
      'ズーム',
    );
  });

  it('should list Japanese in the language picker, named in itself, when the document has it', async () => {
    const el = await fixture<HkAiTimeline>(html`<hk-ai-timeline lang="en" language-picker></hk-ai-timeline>`);
    el.data = { events: [{ id: 'a', date: '2024', title: { en: 'English', ja: '日本語', ko: '한국어' } }] };
    await settled(el);
    const menu = () => el.shadowRoot!.querySelector<HTMLSelectElement>('[part="language-picker"]');
    await waitUntil(menu, 'no language menu');
    expect([...menu()!.options].map((option) => [option.value, text(option)])).to.deep.equal([
      ['en', 'English'],
      ['ko', '한국어'],
      ['ja', '日本語'],
    ]);
    menu()!.value = 'ja';
    menu()!.dispatchEvent(new Event('change'));
    await el.updateComplete;
    expect(harness(el).titles()).to.deep.equal(['日本語']);
  });

  it('should keep the built-in languages complete and unchanged, and let a page override one', async () => {
    const el = await fixture<HkAiTimeline>(html`<hk-ai-timeline lang="ko"></hk-ai-timeline>`);
    await settled(el);
    expect(el.shadowRoot!.querySelector('[part="list"]')!.getAttribute('aria-label')).to.equal('주요 사건');
    expect(translationFor('zh-Hant')).to.equal(TRANSLATIONS['zh-Hant']);
    registerTranslation({ ...TRANSLATIONS.en, lang: 'en', eventsLabel: 'Key dates' });
    const english = await fixture<HkAiTimeline>(html`<hk-ai-timeline lang="en-GB"></hk-ai-timeline>`);
    await settled(english);
    expect(english.shadowRoot!.querySelector('[part="list"]')!.getAttribute('aria-label')).to.equal(
      'Key dates',
    );
    expect(harness(english).dateLabels()).to.include('October 2014');
  });
});
