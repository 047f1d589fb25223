import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../src/index.js';
import type { HkAiTimeline } from '../src/components/timeline/timeline.js';
import { HkAiEvent } from '../src/components/event/event.js';
import { documentFromEventElements } from '../src/load/light-dom.js';
import { harness, settled, text } from './helpers/timeline-harness.js';

/** Elements parsed from markup, as a page would hold them (no custom element involved). */
function parse(markup: string): Element {
  const template = document.createElement('template');
  template.setHTMLUnsafe(`<div lang="en">${markup}</div>`);
  return template.content.firstElementChild!;
}

describe('documentFromEventElements', () => {
  it('should read attributes, heading, paragraphs and links into a plain document', () => {
    const root = parse(`
      <hk-ai-event id="sensetime" date="2014-10" end="2015" approximate confidence="medium" category="Companies">
        <h3>SenseTime is   founded</h3>
        <h3 lang="ko">센스타임 설립</h3>
        <p>Founded at CUHK.</p>
        <p>It grew fast.</p>
        <p lang="zh-Hant">在中大成立。</p>
        <a href="https://example.com/a">A report</a>
        <a href="https://example.com/b" lang="ko"></a>
      </hk-ai-event>
      <hk-ai-event date="2020"></hk-ai-event>`);
    expect(documentFromEventElements(root.children)).to.deep.equal({
      events: [
        {
          id: 'sensetime',
          date: '2014-10',
          end: '2015',
          confidence: 'medium',
          approximate: true,
          category: { en: 'Companies' },
          title: { en: 'SenseTime is founded', ko: '센스타임 설립' },
          description: { en: 'Founded at CUHK. It grew fast.', 'zh-Hant': '在中大成立。' },
          sources: [
            { url: 'https://example.com/a', title: { en: 'A report' } },
            { url: 'https://example.com/b' },
          ],
        },
        { date: '2020' },
      ],
    });
  });

  it('should read importance, tags, a publisher and an image, and pass bad values on for the validator', () => {
    const root = parse(`
      <hk-ai-event id="a" date="2024-12-09" importance="5" tags="Cyberport, supercomputing ,">
        <h3>Supercomputing centre opens</h3>
        <img src="https://example.com/centre.jpg" alt="The centre's hall" />
        <img src="https://example.com/second.jpg" alt="Ignored" />
        <a href="https://example.com/a" data-publisher="Cyberport">Opening</a>
      </hk-ai-event>
      <hk-ai-event id="b" date="2024" importance="high"><h3>B</h3></hk-ai-event>`);
    const [first, second] = documentFromEventElements(root.children).events as Record<string, unknown>[];
    expect(first).to.deep.include({
      importance: 5,
      tags: ['Cyberport', 'supercomputing'],
      media: { image: 'https://example.com/centre.jpg', alt: { en: "The centre's hall" } },
      sources: [{ url: 'https://example.com/a', title: { en: 'Opening' }, publisher: { en: 'Cyberport' } }],
    });
    expect(Number.isNaN(second!['importance'])).to.equal(true);
  });

  it('should give text of unknown language as a plain string, or as "und" beside tagged text', () => {
    const template = document.createElement('template');
    template.setHTMLUnsafe(
      '<hk-ai-event id="a" date="2020"><h2>Plain</h2></hk-ai-event>' +
        '<hk-ai-event id="b" date="2020"><h2>Unknown</h2><h2 lang="ko">한국어</h2></hk-ai-event>',
    );
    const { events } = documentFromEventElements(template.content.children);
    expect(events.map((event) => (event as { title: unknown }).title)).to.deep.equal([
      'Plain',
      { und: 'Unknown', ko: '한국어' },
    ]);
  });
});

describe('<hk-ai-timeline> with events written in HTML', () => {
  it('should render the authored events in date order, in the reader’s language', async () => {
    const el = await fixture<HkAiTimeline>(
      html`<hk-ai-timeline lang="ko">
        <hk-ai-event id="later" date="2024-10-28" category="Policy">
          <h3 lang="en">Policy statement</h3>
          <h3 lang="ko">정책 성명</h3>
          <p lang="en">On responsible AI in finance.</p>
          <a href="https://www.info.gov.hk/" lang="en">Press release</a>
        </hk-ai-event>
        <hk-ai-event id="earlier" date="2014" approximate>
          <h3 lang="en">Founded</h3>
        </hk-ai-event>
      </hk-ai-timeline>`,
    );
    await settled(el);
    const h = harness(el);
    expect(el.status).to.equal('ready');
    expect(h.ids()).to.deep.equal(['earlier', 'later']);
    expect(text(h.event('later')?.querySelector('[part="title"]'))).to.equal('정책 성명');
    expect(text(h.event('later')?.querySelector('[part="date"]'))).to.equal('2024년 10월 28일');
    expect(h.event('later')?.querySelector('time')?.getAttribute('datetime')).to.equal('2024-10-28');
    expect(text(h.event('earlier')?.querySelector('[part="date"]'))).to.equal('2014년경');
    const link = h.event('later')?.querySelector('a[part="source-link"]');
    expect(link?.getAttribute('href')).to.equal('https://www.info.gov.hk/');
    expect(link?.textContent).to.equal('Press release');
    expect(el.diagnostics).to.deep.equal([]);
  });

  it('should name the element of a bad date in its diagnostics and still show the others', async () => {
    const el = await fixture<HkAiTimeline>(
      html`<hk-ai-timeline>
        <hk-ai-event id="good" date="2020"><h3>Good</h3></hk-ai-event>
        <hk-ai-event id="bad" date="2021-13"><h3>Bad</h3></hk-ai-event>
        <hk-ai-event id="untitled" date="2022"></hk-ai-event>
      </hk-ai-timeline>`,
    );
    await settled(el);
    expect(el.eventCount).to.equal(1);
    expect(el.diagnostics.map((d) => [d.path, d.code, d.id])).to.deep.equal([
      ['hk-ai-event[2].date', 'invalid-date', 'bad'],
      ['hk-ai-event[3].title', 'missing-field', 'untitled'],
    ]);
    expect(el.diagnostics[0]?.message).to.match(
      /^hk-ai-event\[2\]\.date: "2021-13" is not a real calendar date/,
    );
    expect(harness(el).ids()).to.deep.equal(['good']);
  });

  it('should re-render when a child is added, changed or removed', async () => {
    const el = await fixture<HkAiTimeline>(
      html`<hk-ai-timeline lang="en">
        <hk-ai-event id="one" date="2020"><h3>One</h3></hk-ai-event>
      </hk-ai-timeline>`,
    );
    await settled(el);
    const h = harness(el);
    const added = document.createElement('hk-ai-event');
    added.id = 'two';
    added.setAttribute('date', '2019');
    added.append(Object.assign(document.createElement('h3'), { textContent: 'Two' }));
    el.append(added);
    await waitUntil(() => h.ids().length === 2, 'the added event is not shown');
    expect(h.ids()).to.deep.equal(['two', 'one']);
    added.setAttribute('date', '2021');
    await waitUntil(() => h.ids()[0] === 'one', 'the changed date did not re-sort');
    added.querySelector('h3')!.textContent = 'Two, renamed';
    await waitUntil(() => h.titles()[1] === 'Two, renamed', 'the changed title is not shown');
    added.remove();
    await waitUntil(() => h.ids().length === 1, 'the removed event is still shown');
  });

  it('should define <hk-ai-event>, whose properties reflect to the attributes the timeline reads', async () => {
    const el = await fixture<HkAiTimeline>(
      html`<hk-ai-timeline lang="en" layout="horizontal">
        <hk-ai-event id="one" date="2020"><h3>One</h3></hk-ai-event>
        <hk-ai-event id="two" date="2021"><h3>Two</h3></hk-ai-event>
      </hk-ai-timeline>`,
    );
    await settled(el);
    const [one] = el.querySelectorAll('hk-ai-event');
    expect(customElements.get('hk-ai-event')).to.equal(HkAiEvent);
    expect(one).to.be.instanceOf(HkAiEvent);
    expect(one!.date).to.equal('2020');
    one!.date = '2022';
    one!.importance = 5;
    one!.approximate = true;
    one!.category = 'Policy';
    expect(one!.getAttribute('importance')).to.equal('5');
    await waitUntil(() => harness(el).ids().join() === 'two,one', 'the new date did not re-sort the events');
    await waitUntil(() => harness(el).event('one')?.classList.contains('approximate'), 'not approximate');
    one!.end = '2023';
    await waitUntil(() => /2022\s*–\s*2023/.test(harness(el).dateLabels()[1] ?? ''), 'the end is not shown');
    one!.end = null;
    expect(one!.hasAttribute('end')).to.equal(false);
  });

  it('should not read its children again when only its own attributes change', async () => {
    const el = await fixture<HkAiTimeline>(
      html`<hk-ai-timeline>
        <hk-ai-event id="one" date="2020"><h3>One</h3></hk-ai-event>
      </hk-ai-timeline>`,
    );
    await settled(el);
    let loads = 0;
    el.addEventListener('hk-ai-load', () => loads++);
    el.lang = 'ko';
    el.selected = 'one';
    await el.updateComplete;
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(loads).to.equal(0);
    expect(harness(el).event('one')?.getAttribute('aria-current')).to.equal('true');
  });

  it('should read a whole document from a JSON script child, before any <hk-ai-event>', async () => {
    const el = await fixture<HkAiTimeline>(
      html`<hk-ai-timeline>
        <script type="application/json">
          {
            "title": "From JSON",
            "events": [{ "id": "json", "date": "2023", "title": "In JSON \\u003c/script>" }]
          }
        </script>
        <hk-ai-event id="ignored" date="2020"><h3>Ignored</h3></hk-ai-event>
      </hk-ai-timeline>`,
    );
    await settled(el);
    const h = harness(el);
    expect(h.ids()).to.deep.equal(['json']);
    expect(h.titles()).to.deep.equal(['In JSON </script>']);
  });

  it('should report a JSON script child that is not JSON as a parse error', async () => {
    const el = await fixture<HkAiTimeline>(
      html`<hk-ai-timeline>
        <script type="application/json">
          { "events": [
        </script>
      </hk-ai-timeline>`,
    );
    await settled(el);
    expect(el.status).to.equal('error');
    expect(el.diagnostics[0]?.code).to.equal('invalid-json');
  });

  it('should leave authored children to `data` and `src`, which win', async () => {
    const el = await fixture<HkAiTimeline>(
      html`<hk-ai-timeline .data=${{ events: [{ id: 'data', date: '2024', title: 'From data' }] }}>
        <hk-ai-event id="authored" date="2020"><h3>Authored</h3></hk-ai-event>
      </hk-ai-timeline>`,
    );
    await settled(el);
    expect(harness(el).ids()).to.deep.equal(['data']);
    el.append(document.createElement('hk-ai-event'));
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(harness(el).ids()).to.deep.equal(['data']);
    el.data = undefined;
    await waitUntil(() => harness(el).ids()[0] === 'authored', 'the authored events did not come back');
  });
});
