/**
 * The time axis as one standalone SVG, for slides, READMEs and anywhere an image goes (`hk-ai-timeline render
 * --format svg`). DOM-free, so it runs in Node. The labels are placed by the axis's own layout
 * (`layoutLabels`, `axisTicks`, `axisExtent`), so the poster never overlaps where the axis does not; text is real
 * `<text>`, searchable and selectable, and each label carries its whole title in a `<title>`.
 *
 * Text cannot be measured without a browser, so its width is estimated per character, on the generous side
 * (`textWidth`): a line that might not fit is wrapped, never allowed to run out of its label.
 */
import { axisExtent, axisTicks, fractionOf, spanOf } from '../components/timeline/axis-layout.js';
import { layoutLabels, type LabelSizes } from '../components/timeline/axis-labels.js';
import { periodText, tickLabel } from '../components/timeline/time-axis-template.js';
import { hostOf } from '../components/timeline/timeline-templates.js';
import { formatDateLabel, translationFor, type Translation } from '../i18n/index.js';
import { matchSupportedLanguage, type InterfaceLanguage } from '../model/languages.js';
import type { TimelineEntry, TimelineModel } from '../model/normalize.js';
import { resolveText, type LocalizedString } from '../model/text.js';
import { escapeXml, svgElement, svgNode as h, svgSource, type SvgTree } from './svg-tree.js';

export { escapeXml };

export interface PosterOptions {
  /** Any BCP 47 tag, matched to an interface language (`ko-KR` → Korean); English by default. */
  readonly lang?: string;
  /** The poster's width in pixels (at least 640); 1600 by default. */
  readonly width?: number;
  /**
   * Whether the poster names, under the axis, the events folded into clusters, and the sources (true by default).
   * The print overview leaves them to the list printed after it.
   */
  readonly notes?: boolean;
}

const MARGIN = 32;
const LABEL = {
  width: 220,
  height: 76,
  padding: 6,
  dateSize: 12,
  titleSize: 13,
  titleLine: 17,
  titleLines: 3,
};
const LANE = 84;
const MAX_LANES = 8;
const ROW = 10;
const ERA_ROW = 26;
const TICK_ROW = 24;
const SIZES: LabelSizes = {
  labelWidth: LABEL.width,
  gap: 8,
  clusterWidth: 180,
  maxLanes: MAX_LANES,
  dot: 12,
};

/** The interface's colours, light scheme (timeline.styles.ts). */
const COLORS = {
  accent: '#0a58a8',
  text: '#1b1f24',
  muted: '#4b5560',
  surface: '#ffffff',
  border: '#d0d7de',
  line: '#8c959f',
  era: '#eef3f9',
};

/** The system font stacks of timeline.styles.ts, by script: nothing is downloaded. */
const FONTS: Record<string, string> = {
  ko: "system-ui, 'Apple SD Gothic Neo', 'Malgun Gothic', 'Noto Sans KR', 'Noto Sans CJK KR', sans-serif",
  zh: "system-ui, 'PingFang HK', 'PingFang TC', 'Microsoft JhengHei', 'Noto Sans HK', 'Noto Sans CJK TC', sans-serif",
  ja: "system-ui, 'Hiragino Sans', 'Yu Gothic', 'Noto Sans JP', 'Noto Sans CJK JP', sans-serif",
  other: "system-ui, -apple-system, 'Segoe UI', Roboto, 'Noto Sans', sans-serif",
};

const fontFor = (lang: string) => FONTS[lang.split('-')[0]!] ?? FONTS['other']!;

/** How a language joins a heading to a list, and the list's items: "Sources: A, B", "資料來源：甲、乙". */
function punctuationOf(lang: string): { colon: string; comma: string } {
  return /^(zh|ja)\b/.test(lang) ? { colon: '：', comma: '、' } : { colon: ': ', comma: ', ' };
}

// Ideographs, kana, Hangul and full-width forms take a whole em; Latin letters about half.
const WIDE = /[\u1100-\u11ff\u2e80-\u303f\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af\uf900-\ufaff\uff00-\uffef]/;
const NARROW = /[\s.,:;'’|!il()[\]ftrj-]/;
const CAPITAL = /[A-Z0-9@%&MWmw]/;

/** An upper estimate of `text`'s width at `size` px in a system sans-serif (bold: `weight` 700). */
export function textWidth(text: string, size: number, weight = 400): number {
  let ems = 0;
  // DejaVu Sans, a wide fallback on Linux, sets these widths; most system fonts are narrower.
  for (const char of text)
    ems += WIDE.test(char) ? 1 : NARROW.test(char) ? 0.36 : CAPITAL.test(char) ? 0.74 : 0.62;
  return ems * size * (weight >= 600 ? 1.1 : 1);
}

/**
 * Breaks `text` into at most `maxLines` lines of `width` px: between words (Korean keeps its words whole, as
 * `word-break: keep-all` does in the interface), between any two ideographs or kana, and inside a word only when it
 * is longer than a line. The last line ends in "…" when text is left over.
 */
export function wrapText(
  text: string,
  width: number,
  size: number,
  maxLines: number,
  weight = 400,
): string[] {
  const tokens =
    text.match(
      /[\u2e80-\u303f\u3040-\u30ff\u3400-\u9fff\uf900-\ufaff\uff00-\uffef]|[^\s\u2e80-\u303f\u3040-\u30ff\u3400-\u9fff\uf900-\ufaff\uff00-\uffef]+|\s+/g,
    ) ?? [];
  const fits = (line: string) => textWidth(line, size, weight) <= width;
  const lines: string[] = [];
  let line = '';
  for (let i = 0; i < tokens.length; i += 1) {
    const token = tokens[i]!;
    if (fits(line + token)) {
      line += token;
      continue;
    }
    if (/^\s+$/.test(token)) {
      lines.push(line);
      line = '';
      continue;
    }
    if (line.trim()) lines.push(line.trimEnd());
    // A word longer than a line: as much of it as fits, the rest on the next line.
    let rest = token;
    while (!fits(rest)) {
      let cut = rest.length - 1;
      while (cut > 1 && !fits(rest.slice(0, cut))) cut -= 1;
      lines.push(rest.slice(0, cut));
      rest = rest.slice(cut);
    }
    line = rest;
  }
  if (line.trim()) lines.push(line.trimEnd());
  const cleaned = lines.map((each) => each.trim()).filter(Boolean);
  if (cleaned.length <= maxLines) return cleaned;
  const kept = cleaned.slice(0, maxLines);
  let last = kept[maxLines - 1]!;
  while (last && !fits(`${last}…`)) last = last.slice(0, -1).trimEnd();
  kept[maxLines - 1] = `${last}…`;
  return kept;
}

interface PosterText {
  readonly text: string;
  readonly lang: string;
}

/**
 * The document as an SVG poster: its title, the eras behind the axis, every event's date and title in a label
 * above its marker (or in a cluster where they do not fit, its events then named under the axis), the ticks, and
 * a line naming the sources. Expects a model from `normalizeTimeline`.
 */
export function renderPosterSvg(model: TimelineModel, options: PosterOptions = {}): string {
  return `${svgSource(posterTree(model, options))}\n`;
}

/** The poster as an `<svg>` element of `document`, built node by node (no markup is parsed): the print overview. */
export function renderPosterElement(
  model: TimelineModel,
  options: PosterOptions,
  document: Document,
): SVGSVGElement {
  return svgElement(posterTree(model, options), document) as SVGSVGElement;
}

function posterTree(model: TimelineModel, options: PosterOptions): SvgTree {
  const language: InterfaceLanguage = matchSupportedLanguage(options.lang) ?? 'en';
  const t = translationFor(language);
  const { colon, comma } = punctuationOf(t.lang);
  const width = Math.max(640, Math.round(options.width ?? 1600));
  const track = width - MARGIN * 2;
  const say = (value: LocalizedString | undefined): PosterText | undefined => {
    if (!value || value.length === 0) return undefined;
    const resolved = resolveText(value, language);
    return { text: resolved.text, lang: resolved.lang || t.lang };
  };
  const entries = model.entries;
  const eras = model.eras ?? [];
  const spans = entries.map(spanOf);
  const extent = axisExtent([...spans, ...eras.map(spanOf)]);
  const items = spans.map(({ start, end }, i) => ({
    start: fractionOf(start, extent),
    end: fractionOf(end, extent),
    importance: entries[i]!.importance,
  }));
  const layout = layoutLabels(items, track, SIZES, track);
  const line = (text: PosterText, x: number, y: number, size: number, weight: number, fill: string) =>
    textLine(text, x, y, size, weight, fill, t.lang);

  const out: SvgTree[] = [];
  let y = MARGIN;
  const title = say(model.title);
  if (title) {
    y += 24;
    out.push(line(title, MARGIN, y, 24, 700, COLORS.text));
    y += 10;
  }
  const description = say(model.description);
  if (description) {
    for (const text of wrapText(description.text, track, 14, 2)) {
      y += 20;
      out.push(line({ ...description, text }, MARGIN, y, 14, 400, COLORS.muted));
    }
  }
  y += 16;

  // The track, top to bottom: the eras' row, the lanes (lane 0 lowest), the band of markers, the ticks.
  const top = y;
  const lanesTop = top + (eras.length > 0 ? ERA_ROW : 0);
  const bandTop = lanesTop + layout.lanes * LANE;
  const bandHeight = layout.markerRows * ROW + 8;
  const ticksBottom = bandTop + bandHeight + TICK_ROW;
  const x = (fraction: number) => MARGIN + fraction * track;

  for (const era of eras) {
    const span = spanOf(era);
    const [left, right] = [x(fractionOf(span.start, extent)), x(fractionOf(span.end, extent))];
    const name = say(era.title);
    const [shown = ''] = name ? wrapText(name.text, right - left - 12, 13, 1, 600) : [];
    // A narrow era's name may be cut short: its <title> holds it whole.
    out.push(
      h(
        'g',
        { class: 'era' },
        ...(name ? [h('title', {}, name.text)] : []),
        h('rect', {
          x: r(left),
          y: top,
          width: r(right - left),
          height: bandTop + bandHeight - top,
          fill: COLORS.era,
          stroke: COLORS.line,
          'stroke-dasharray': '4 3',
        }),
        ...(name ? [line({ ...name, text: shown }, left + 6, top + 18, 13, 600, COLORS.text)] : []),
      ),
    );
  }
  for (const tick of axisTicks(extent, track)) {
    const at = x(tick.at);
    const year = tick.unit === 'year';
    out.push(
      h('line', { x1: r(at), y1: top, x2: r(at), y2: ticksBottom, stroke: COLORS.border }),
      h(
        'text',
        {
          x: r(at + 4),
          y: ticksBottom - 6,
          'font-size': 12,
          'font-weight': year ? 600 : 400,
          fill: year ? COLORS.text : COLORS.muted,
        },
        tickLabel(tick, t),
      ),
    );
  }
  const baseline = bandTop + bandHeight;
  out.push(h('line', { x1: MARGIN, y1: baseline, x2: MARGIN + track, y2: baseline, stroke: COLORS.line }));

  const laneBottom = (lane: number) => bandTop - lane * LANE;
  // Stems and markers first: every label is drawn over them, never a stem over a label.
  const labels: SvgTree[] = [];
  for (const label of layout.labels) {
    const marker = layout.marker(label.index);
    const [stem, box] = renderLabel(entries[label.index]!, t, say, {
      left: MARGIN + label.x,
      top: laneBottom(label.lane) - LABEL.height - 4,
      markerLeft: MARGIN + marker.start,
      markerTop: bandTop + 4 + marker.row * ROW,
      markerWidth: marker.end - marker.start,
    });
    out.push(...stem);
    labels.push(box);
  }

  out.push(...labels);
  const folded: string[] = [];
  for (const cluster of layout.clusters) {
    const left = MARGIN + cluster.x;
    const boxTop = laneBottom(0) - LABEL.height - 4;
    const members = cluster.members.map((index) => entries[index]!);
    const period = periodText(
      Math.min(...cluster.members.map((index) => spans[index]!.start)),
      Math.max(...cluster.members.map((index) => spans[index]!.end)),
      t,
    );
    const chip = t.axis.cluster(members.length, period);
    out.push(
      h(
        'g',
        { class: 'cluster' },
        h('title', {}, chip),
        h('rect', {
          x: r(MARGIN + cluster.start),
          y: bandTop + 2,
          width: r(Math.max(cluster.end - cluster.start, 6)),
          height: bandHeight - 4,
          fill: COLORS.line,
          opacity: 0.35,
        }),
        h('rect', {
          x: r(left),
          y: boxTop,
          width: SIZES.clusterWidth,
          height: LABEL.height,
          rx: 8,
          fill: '#e9f0f8',
          stroke: COLORS.accent,
          'stroke-dasharray': '4 3',
        }),
        ...wrapText(chip, SIZES.clusterWidth - LABEL.padding * 2, 13, 3, 600).map((text, i) =>
          line(
            { text, lang: t.lang },
            left + LABEL.padding,
            boxTop + 20 + i * LABEL.titleLine,
            13,
            600,
            COLORS.accent,
          ),
        ),
      ),
    );
    folded.push(`${chip}${colon}${members.map((entry) => say(entry.title)?.text ?? entry.id).join(' · ')}`);
  }

  y = ticksBottom + 8;
  if (options.notes !== false) {
    // Folded events are named under the axis: a poster cannot be zoomed, and every title is on it.
    for (const paragraph of folded) {
      for (const text of wrapText(paragraph, track, 13, 6)) {
        y += 18;
        out.push(line({ text, lang: t.lang }, MARGIN, y, 13, 400, COLORS.text));
      }
    }
    const publishers = [
      ...new Set(
        entries.flatMap((entry) =>
          entry.sources.map((source) => say(source.publisher)?.text ?? hostOf(new URL(source.url))),
        ),
      ),
    ];
    if (publishers.length > 0) {
      y += 12;
      for (const text of wrapText(`${t.sources}${colon}${publishers.join(comma)}`, track, 12, 3)) {
        y += 17;
        out.push(line({ text, lang: t.lang }, MARGIN, y, 12, 400, COLORS.muted));
      }
    }
  }
  const height = y + MARGIN;
  return h(
    'svg',
    {
      xmlns: 'http://www.w3.org/2000/svg',
      width,
      height,
      viewBox: `0 0 ${width} ${height}`,
      role: 'img',
      'aria-labelledby': 'poster-title',
      lang: t.lang,
      'font-family': fontFor(t.lang),
    },
    h('title', { id: 'poster-title' }, title?.text ?? t.eventsLabel),
    h('rect', { width, height, fill: COLORS.surface }),
    ...out,
  );
}

interface LabelPlace {
  readonly left: number;
  readonly top: number;
  readonly markerLeft: number;
  readonly markerTop: number;
  readonly markerWidth: number;
}

/** One event's stem and marker on the band, and its label (date, title in up to three lines). */
function renderLabel(
  entry: TimelineEntry,
  t: Translation,
  say: (value: LocalizedString | undefined) => PosterText | undefined,
  { left, top, markerLeft, markerTop, markerWidth }: LabelPlace,
): [stemAndMarker: SvgTree[], label: SvgTree] {
  const title = say(entry.title) ?? { text: entry.id, lang: '' };
  const date = formatDateLabel(entry, t, (_, label) => label).join('');
  const inner = LABEL.width - LABEL.padding * 2;
  const [dateLine = ''] = wrapText(date, inner, LABEL.dateSize, 1, 600);
  const lines = wrapText(title.text, inner, LABEL.titleSize, LABEL.titleLines, 700);
  const textLeft = left + LABEL.padding;
  return [
    [
      h('line', {
        x1: r(markerLeft + 4),
        y1: top + LABEL.height,
        x2: r(markerLeft + 4),
        y2: r(markerTop),
        stroke: COLORS.line,
      }),
      h('rect', {
        x: r(markerLeft),
        y: r(markerTop),
        width: r(Math.max(markerWidth, SIZES.dot)),
        height: 8,
        rx: 4,
        fill: COLORS.accent,
        opacity: entry.approximate ? 0.55 : undefined,
      }),
    ],
    h(
      'g',
      { class: 'event', id: `event-${entry.id}` },
      h('title', {}, `${date}: ${title.text}`),
      h('rect', {
        class: 'label',
        x: r(left),
        y: top,
        width: LABEL.width,
        height: LABEL.height,
        rx: 6,
        fill: COLORS.surface,
        stroke: COLORS.border,
      }),
      textLine(
        { text: dateLine, lang: t.lang },
        textLeft,
        top + LABEL.padding + 11,
        LABEL.dateSize,
        600,
        COLORS.accent,
        t.lang,
      ),
      h(
        'text',
        {
          class: 'title',
          'font-size': LABEL.titleSize,
          'font-weight': 700,
          fill: COLORS.text,
          ...langAttributes(title.lang, t.lang),
        },
        ...lines.map((text, i) =>
          h('tspan', { x: r(textLeft), y: top + LABEL.padding + 30 + i * LABEL.titleLine }, text),
        ),
      ),
    ),
  ];
}

function textLine(
  text: PosterText,
  x: number,
  y: number,
  size: number,
  weight: number,
  fill: string,
  lang: string,
): SvgTree {
  return h(
    'text',
    {
      x: r(x),
      y: r(y),
      'font-size': size,
      'font-weight': weight,
      fill,
      ...langAttributes(text.lang, lang),
    },
    text.text,
  );
}

/** `lang` on text in another language than the poster's, and that script's fonts. */
function langAttributes(lang: string, posterLang: string): Record<string, string> {
  return !lang || lang === posterLang ? {} : { lang, 'font-family': fontFor(lang) };
}

/** Coordinates to a tenth of a pixel: smaller files, no visible difference. */
const r = (value: number) => Math.round(value * 10) / 10;
