import type { Decorator, Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import empty from '../data/examples/empty.json';
import eras from '../data/examples/eras.json';
import longText from '../data/examples/long-text.json';
import partialErrors from '../data/examples/partial-errors.json';
import precision from '../data/examples/precision.json';
import { ja as jaDistance } from 'date-fns/locale/ja';
import { registerTranslation } from '../src/index.js';
import { ja } from '../src/translations/ja.js';
import { syntheticTimeline } from './generated.js';

interface TimelineArgs {
  src?: string;
  lang?: string;
  'display-lang'?: string;
  'relative-to'?: string;
  'relative-label'?: string;
  'language-picker'?: boolean;
  selected?: string;
  filter?: string;
  query?: string;
  'hash-link'?: boolean;
  'heading-level'?: number;
  layout?: 'vertical' | 'horizontal' | 'auto';
  collapsed?: boolean;
  zoom?: string;
  period?: string;
  data?: unknown;
}

/** Renders the element with the story's args: attributes for src, lang and heading-level; the data property. */
const meta: Meta<TimelineArgs> = {
  title: 'Components/Timeline',
  component: 'hk-ai-timeline',
  tags: ['autodocs'],
  argTypes: {
    src: { control: 'text', description: 'URL of a timeline JSON document.' },
    lang: { control: 'select', options: ['en', 'ko', 'zh-Hant', 'zh-HK', 'ko-KR', 'en-GB'] },
    'display-lang': { control: 'select', options: ['', 'zh-Hant en', 'en zh-Hant', 'ko en', 'ko zh-Hant'] },
    'relative-to': { control: 'text', description: 'A date such as 2024-12-08, or "now".' },
    'relative-label': { control: 'text', description: 'The name of relative-to on the time axis’s line.' },
    'language-picker': { control: 'boolean', description: 'A menu of the document’s languages; sets lang.' },
    selected: { control: 'text', description: 'The id of the selected event.' },
    filter: {
      control: 'select',
      options: ['', 'Industry', 'Research', 'Policy', 'Partnership', 'Infrastructure', 'Report'],
    },
    query: { control: 'text', description: 'Search text, matched in every language.' },
    'hash-link': { control: 'boolean' },
    'heading-level': { control: { type: 'number', min: 1, max: 5 } },
    layout: {
      control: 'select',
      options: ['vertical', 'horizontal', 'auto'],
      description: 'A vertical list, a horizontal time axis, or whichever fits the width.',
    },
    collapsed: { control: 'boolean', description: 'Cards show their details only when selected.' },
    zoom: {
      control: 'select',
      options: ['', 'fit', 'decade', 'year', 'quarter', 'month', 'week', 'day'],
      description: 'The time axis’s zoom step.',
    },
    period: { control: 'text', description: 'The period the time axis shows, e.g. 2023-01/2024-06.' },
    data: { control: 'object', description: 'A timeline document as an object.' },
  },
  render: (args) =>
    html`<hk-ai-timeline
      src=${ifDefined(args.src)}
      lang=${ifDefined(args.lang)}
      display-lang=${ifDefined(args['display-lang'] || undefined)}
      relative-to=${ifDefined(args['relative-to'] || undefined)}
      relative-label=${ifDefined(args['relative-label'] || undefined)}
      ?language-picker=${args['language-picker']}
      selected=${ifDefined(args.selected || undefined)}
      filter=${ifDefined(args.filter || undefined)}
      query=${ifDefined(args.query || undefined)}
      ?hash-link=${args['hash-link']}
      heading-level=${ifDefined(args['heading-level'])}
      layout=${ifDefined(args.layout)}
      ?collapsed=${args.collapsed}
      zoom=${ifDefined(args.zoom || undefined)}
      period=${ifDefined(args.period || undefined)}
      .data=${args.data}
    ></hk-ai-timeline>`,
};
export default meta;

type Story = StoryObj<TimelineArgs>;

/** `count` events in two years, titled in three languages; every `importantEvery`th one of importance 5. */
function crowded(count: number, importantEvery = 0) {
  const start = Date.UTC(2023, 0, 1);
  return {
    events: Array.from({ length: count }, (_, i) => ({
      id: `e${i}`,
      date: new Date(start + Math.floor((i * 730) / count) * 86_400_000).toISOString().slice(0, 10),
      title: { en: `Event ${i + 1}`, ko: `사건 ${i + 1}`, 'zh-Hant': `事件 ${i + 1}` },
      ...(importantEvery && i % importantEvery === 0 && { importance: 5 }),
    })),
  };
}

/** With nothing set: the default dataset, in the page's language. */
export const Default: Story = {};

export const English: Story = { args: { lang: 'en' } };

export const Korean: Story = { args: { lang: 'ko' } };

export const TraditionalChinese: Story = { args: { lang: 'zh-Hant' } };

/** Two languages per event, Chinese first and English beneath, as Hong Kong's official texts do. */
export const Bilingual: Story = { args: { lang: 'zh-Hant', 'display-lang': 'zh-Hant en' } };

/** Korean and English side by side: the report's language and the city's. */
export const BilingualKoreanEnglish: Story = { args: { lang: 'ko', 'display-lang': 'ko en' } };

/** Each event placed against the report's date, the way the report itself speaks ("about 10 years ago"). */
export const RelativeToTheReport: Story = { args: { lang: 'ko', 'relative-to': '2024-12-08' } };

/** A selected event is marked with aria-current; it stays selected when the language changes. */
export const Selected: Story = { args: { lang: 'en', selected: 'hkgai-established' } };

/** A category filter: only the policy milestones, with the count announced. */
export const Filtered: Story = { args: { lang: 'en', filter: 'Policy' } };

/** Search matches every language of an event: "센스타임", "商湯" and "SenseTime" find the same one. */
export const Searched: Story = { args: { lang: 'zh-Hant', query: '센스타임' } };

export const NoMatches: Story = { args: { lang: 'ko', query: 'no such words' } };

/** `src` fetches a document; here the default dataset from `data/`. */
export const FromUrl: Story = { args: { src: 'data/hk-ai-milestones.json' } };

const pendingUrl = 'data/pending.json';

/** Holds requests to one URL open forever, so the loading state stays on screen. */
const withPendingRequest: Decorator = (story) => {
  const realFetch = window.fetch;
  if (!(realFetch as { pendingStub?: true }).pendingStub) {
    const stub = Object.assign(
      (input: RequestInfo | URL, init?: RequestInit) =>
        String(input).endsWith(pendingUrl)
          ? new Promise<Response>((_resolve, reject) =>
              init?.signal?.addEventListener('abort', () => reject(init.signal?.reason)),
            )
          : realFetch(input, init),
      { pendingStub: true as const },
    );
    window.fetch = stub;
  }
  return story();
};

/** While `src` is fetched: a polite live region says so. */
export const Loading: Story = { args: { src: pendingUrl }, decorators: [withPendingRequest] };

export const Empty: Story = { args: { data: empty } };

/** A document whose events are partly invalid: the valid ones show, the rest are listed. */
export const PartialErrors: Story = { args: { data: partialErrors } };

/** Fatal: the file is not JSON. */
export const ErrorNotJson: Story = { args: { src: 'data/examples/not-json.json' } };

/** Fatal: the server answers 404 (this story's request fails on purpose). */
export const ErrorHttp404: Story = { args: { src: 'data/no-such-file.json' } };

/** Fatal: JSON, but not a timeline document. */
export const ErrorNotATimeline: Story = { args: { data: { events: 'x' } } };

/** Years, months and days; approximate dates; periods. */
export const ApproximateAndMixedPrecision: Story = { args: { data: precision, lang: 'en' } };

export const LongAndCjkText: Story = { args: { data: longText, lang: 'ko' } };

export const ManyEvents: Story = { args: { data: syntheticTimeline(500) } };

/** A proportional time axis: zoom with the buttons, keys, ctrl+wheel or a pinch; pan by dragging or scrolling. */
export const Horizontal: Story = { args: { lang: 'en', layout: 'horizontal' } };

/** Eras drawn behind the events: here plain date ranges, from an example document. */
export const HorizontalWithEras: Story = { args: { lang: 'en', layout: 'horizontal', data: eras } };

/** On the axis, selecting an event is what opens its details. */
export const HorizontalSelected: Story = {
  args: { lang: 'en', layout: 'horizontal', selected: 'hkgai-established' },
};

/** Five hundred synthetic events and three synthetic eras, stacked in lanes on the axis. */
export const HorizontalManyEvents: Story = {
  args: { layout: 'horizontal', data: syntheticTimeline(500, { eras: true }) },
};

/** Three hundred events in two years: where labels do not fit, events fold into clusters; Enter on one zooms to it. */
export const HorizontalClusters: Story = {
  args: { lang: 'en', layout: 'horizontal', data: crowded(300) },
};

/** The same crowd in Korean, every tenth event marked `importance: 5`: those keep their labels. */
export const HorizontalImportance: Story = {
  args: { lang: 'ko', layout: 'horizontal', data: crowded(300, 10) },
};

/** A named zoom step from the attribute: `zoom="year"`, in Traditional Chinese. */
export const HorizontalZoomStep: Story = {
  args: { lang: 'zh-Hant', layout: 'horizontal', zoom: 'year' },
};

/**
 * Zoomed in, the overview strip under the axis shows the whole span, with the visible window on it: drag it,
 * press the strip, or use the arrow, Page, Home and End keys on it.
 */
export const HorizontalOverview: Story = {
  args: { lang: 'en', layout: 'horizontal', zoom: 'quarter', data: syntheticTimeline(500, { eras: true }) },
};

/** `relative-to="2024-12-08" relative-label="Report"`: a labelled line on the axis at the report's date. */
export const HorizontalReferenceLine: Story = {
  args: { lang: 'en', layout: 'horizontal', 'relative-to': '2024-12-08', 'relative-label': 'Report' },
};

/** `relative-to="now"`: a line at today, "오늘" in Korean; the axis reaches it even after the last event. */
export const HorizontalToday: Story = {
  args: { lang: 'ko', layout: 'horizontal', 'relative-to': 'now' },
};

/** `language-picker`: a menu of the languages the document has, each named in itself; it sets `lang`. */
export const LanguagePicker: Story = { args: { lang: 'zh-Hant', 'language-picker': true } };

/**
 * A language the page brings: `registerTranslation(ja)` with the shipped Japanese (`hk-ai-timeline/translations/ja.js`)
 * and date-fns's Japanese distances. Dates come from `Intl`; the default dataset has no Japanese, so its English
 * shows, marked "日本語訳なし".
 */
export const RegisteredLanguage: Story = {
  args: { lang: 'ja', 'relative-to': '2024-12-08' },
  loaders: [() => registerTranslation({ ...ja, distanceLocale: jaDistance })],
};

/** Opened on a period: `period="2023-06/2024-12"`. */
export const HorizontalPeriod: Story = {
  args: { lang: 'en', layout: 'horizontal', period: '2023-06/2024-12' },
};

/** The list shows distance: more space before a year after a long gap, and a break that says how long. */
export const ListGaps: Story = {
  args: {
    lang: 'en',
    data: {
      events: [
        { id: 'y2000', date: '2000-05', title: 'In 2000' },
        { id: 'y2001', date: '2001-05', title: 'In 2001' },
        { id: 'y2010', date: '2010-05', title: 'In 2010, nine years on' },
        { id: 'y2011', date: '2011-05', title: 'In 2011' },
      ],
    },
  },
};

/** `layout="auto"` in a narrow container: the vertical list. */
export const AutoNarrow: Story = {
  args: { lang: 'en', layout: 'auto' },
  decorators: [
    (story) => html`<div style="inline-size: 24rem; outline: 1px dashed #8c959f">${story()}</div>`,
  ],
};

/** `layout="auto"` in a wide container: the time axis. */
export const AutoWide: Story = {
  args: { lang: 'en', layout: 'auto' },
  decorators: [
    (story) => html`<div style="inline-size: 60rem; outline: 1px dashed #8c959f">${story()}</div>`,
  ],
};

/** Collapsed cards show a headline and date; the selected one shows its details. */
export const Collapsed: Story = { args: { lang: 'en', collapsed: true, selected: 'hkgai-established' } };

/** `color-scheme: dark` on the element (or any ancestor) switches its palette; it also follows the OS setting. */
export const DarkScheme: Story = {
  decorators: [
    (story) => html`<div style="color-scheme: dark; background: #0d1117; padding: 1rem">${story()}</div>`,
  ],
  render: (args) =>
    html`<hk-ai-timeline
      style="color-scheme: dark"
      lang=${ifDefined(args.lang)}
      .data=${args.data}
    ></hk-ai-timeline>`,
};

/** Theming from outside: custom properties for colours and sizes, ::part() for anything else. */
export const CustomTheme: Story = {
  decorators: [
    (story) =>
      html`<style>
          .themed hk-ai-timeline {
            --hk-ai-timeline-accent-color: #8a1c7c;
            --hk-ai-timeline-line-color: #d8a7cf;
            --hk-ai-timeline-marker-size: 1.125rem;
            --hk-ai-timeline-radius: 0;
            --hk-ai-timeline-font-family: Georgia, 'Times New Roman', serif;
          }
          .themed hk-ai-timeline::part(card) {
            border-inline-start: 4px solid #8a1c7c;
            box-shadow: 0 1px 3px rgb(0 0 0 / 0.15);
          }
          .themed hk-ai-timeline::part(category) {
            text-transform: uppercase;
            letter-spacing: 0.05em;
          }
        </style>
        <div class="themed">${story()}</div>`,
  ],
};

/** Readable at 320 px wide, long source URLs included. */
export const Narrow320: Story = {
  decorators: [
    (story) => html`<div style="inline-size: 320px; outline: 1px dashed #8c959f">${story()}</div>`,
  ],
};
