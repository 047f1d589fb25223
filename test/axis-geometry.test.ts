/**
 * The time axis read at a glance: on the default dataset, a TimelineJS3 document converted with our CLI and a
 * dense generated set, in each language, no card is drawn over another, no marker or range bar over any text, no
 * title runs past two lines, and the whole element stays within a height that fits a screen.
 */
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { setViewport } from '@web/test-runner-commands';
import '../src/index.js';
import type { HkAiTimeline } from '../src/components/timeline/timeline.js';
import type { TimelineDocumentJson } from '../src/model/types.js';
import {
  assertNoViolations,
  graphicsOverText,
  overlappingBoxes,
  overlongTitles,
  type RuleReport,
} from './helpers/geometry.js';
import { settled } from './helpers/timeline-harness.js';

const LANGUAGES = ['ko', 'en', 'zh-Hant'] as const;
type Language = (typeof LANGUAGES)[number];

/** The width the issue asks about: a laptop's content column. */
const WIDTH = 1024;

const DAY = 24 * 60 * 60 * 1000;

/** 300 events over two years, one every 2.4 days from 2023-01-01, with titles of ordinary length, in 3 categories. */
function denseTimeline(): TimelineDocumentJson {
  const categories = [
    { en: 'Research', ko: '연구', 'zh-Hant': '研究' },
    { en: 'Policy', ko: '정책', 'zh-Hant': '政策' },
    { en: 'Industry', ko: '산업', 'zh-Hant': '產業' },
  ];
  const start = Date.UTC(2023, 0, 1);
  return {
    lang: 'en',
    title: 'A dense timeline',
    events: Array.from({ length: 300 }, (_, i) => ({
      id: `e${i}`,
      date: new Date(start + Math.round(i * 2.4 * DAY)).toISOString().slice(0, 10),
      title: {
        en: `Event ${i}: a milestone with a title of ordinary length`,
        ko: `이벤트 ${i}: 평범한 길이의 제목을 가진 이정표`,
        'zh-Hant': `事件 ${i}：一個標題長度普通的里程碑`,
      },
      category: categories[i % 3]!,
    })),
  };
}

const nextFrame = () => new Promise<void>((resolve) => requestAnimationFrame(() => resolve()));

/**
 * A horizontal timeline 1,024 px wide in `lang`, nothing selected, once its axis is drawn. `load` gives it its
 * data; without it, it loads the default dataset.
 */
async function drawnAxis(lang: Language, load?: (el: HkAiTimeline) => void) {
  await setViewport({ width: 1100, height: 900 });
  const wrapper = await fixture<HTMLElement>(
    html`<div style=${`width: ${WIDTH}px`}>
      <hk-ai-timeline lang=${lang} layout="horizontal"></hk-ai-timeline>
    </div>`,
  );
  const el = wrapper.querySelector('hk-ai-timeline')!;
  load?.(el);
  await settled(el);
  await waitUntil(() => el.shadowRoot!.querySelector('.tick'), 'the axis did not draw its ticks', {
    timeout: 5000,
  });
  await el.updateComplete;
  await nextFrame();
  await nextFrame();
  await el.updateComplete;
  return el;
}

/** Every rule of the axis's geometry, and the height bound, as one report per rule. */
function geometryOf(el: HkAiTimeline, maxHeight: number): RuleReport[] {
  const axis = el.shadowRoot!.querySelector('[part~="viewport"]');
  if (!axis) return [{ rule: 'the axis', violations: ['no [part~="viewport"] in the shadow root'] }];
  const height = el.getBoundingClientRect().height;
  return [
    { rule: 'no card over another', violations: overlappingBoxes(axis) },
    { rule: 'no marker or range bar over text', violations: graphicsOverText(axis) },
    { rule: 'titles of two lines at most', violations: overlongTitles(axis) },
    {
      rule: `the element at most ${maxHeight} px tall`,
      violations: height > maxHeight ? [`${Math.round(height)} px tall at ${WIDTH} px wide`] : [],
    },
  ];
}

const DATASETS: readonly {
  readonly name: string;
  readonly maxHeight: number;
  readonly load?: (el: HkAiTimeline) => void;
}[] = [
  { name: 'the default dataset', maxHeight: 600 },
  {
    // test/node/timelinejs3-sample.test.js proves this file is what our CLI makes of timelinejs3-sample.json.
    name: 'a TimelineJS3 document converted with our CLI',
    maxHeight: 900,
    load: (el) => {
      el.src = '/data/examples/timelinejs3-sample.converted.json';
    },
  },
  {
    name: '300 events in two years',
    maxHeight: 900,
    load: (el) => {
      el.data = denseTimeline();
    },
  },
];

describe('<hk-ai-timeline layout="horizontal"> geometry', () => {
  for (const { name, maxHeight, load } of DATASETS) {
    describe(name, () => {
      for (const lang of LANGUAGES) {
        it(`should draw no card over another, no marker over text and no title past two lines, within ${maxHeight} px, in ${lang}`, async () => {
          const el = await drawnAxis(lang, load);
          assertNoViolations(geometryOf(el, maxHeight));
        });
      }
    });
  }
});

describe('<hk-ai-timeline layout="horizontal"> geometry, in a page with larger type', () => {
  afterEach(() => {
    document.documentElement.style.removeProperty('font-size');
  });

  // A reader's larger default font, or a page's own root size: the axis places its labels in pixels, from the
  // root font size it measures, so its lanes, stems and markers must grow with the type.
  it('should grow its lanes with the root font size, and still draw nothing over anything', async () => {
    const laneHeight = (el: HkAiTimeline) =>
      el.shadowRoot!.querySelector<HTMLElement>('[part~="event"]')!.getBoundingClientRect().height;
    const regular = laneHeight(await drawnAxis('en'));
    document.documentElement.style.fontSize = '24px';
    const el = await drawnAxis('en');
    expect(laneHeight(el)).to.be.closeTo(regular * 1.5, 2);
    assertNoViolations(geometryOf(el, 900));
  });
});
