/**
 * Where the time axis puts its labels: pure arithmetic on pixels, kept apart from the element so it can be tested
 * on its own. Markers and range bars lie on the axis band; the labels (date and title) stand in lanes above it, so
 * no marker is ever drawn over text. Labels are packed into reused lanes, the most important first; where they do
 * not fit at the current zoom, nearby events fold into a cluster ("7 events, 2023–2024") in the lane nearest the
 * axis, and clusters that would touch merge, so nothing overlaps.
 */

/** One event on the track: its period and how much it matters (1–5; 3 by default). */
export interface AxisItem {
  /** Where its period starts and ends on the track, in pixels once multiplied by the layout's `scale`. */
  readonly start: number;
  readonly end: number;
  readonly importance: number;
}

export interface PlacedLabel {
  /** The event's index among the items. */
  readonly index: number;
  /** The label's left edge on the track. */
  readonly x: number;
  /** 0 is the lane nearest the axis. */
  readonly lane: number;
}

export interface PlacedCluster {
  /** The indexes of the events it holds, in order. */
  readonly members: readonly number[];
  /** The chip's left edge on the track (always in lane 0). */
  readonly x: number;
  /** The span its events cover on the track, drawn as a bar on the axis band. */
  readonly start: number;
  readonly end: number;
}

/** A marker's row on the axis band: overlapping bars go one under the other, up to `MARKER_ROWS`. */
export interface PlacedMarker {
  readonly index: number;
  readonly row: number;
  /** Where the marker starts and ends on the track: a dot is `dot` wide, a bar as long as the period. */
  readonly start: number;
  readonly end: number;
}

/** Something in the keyboard order, left to right: an event's label or a cluster. */
export type AxisStop =
  | { readonly kind: 'event'; readonly label: PlacedLabel }
  | { readonly kind: 'cluster'; readonly cluster: PlacedCluster };

export interface AxisLabelLayout {
  readonly labels: readonly PlacedLabel[];
  readonly clusters: readonly PlacedCluster[];
  /** An event's marker, made when asked for: only the rendered ones are. */
  readonly marker: (index: number) => PlacedMarker;
  /** Lanes in use (at least 1). */
  readonly lanes: number;
  /** Marker rows in use on the axis band (at least 1). */
  readonly markerRows: number;
  /** Labels and clusters in the order of their left edges. */
  readonly stops: readonly AxisStop[];
}

export interface LabelSizes {
  /** A label's width and the least gap between two labels in a lane, in pixels. */
  readonly labelWidth: number;
  readonly gap: number;
  /** A cluster chip's width. */
  readonly clusterWidth: number;
  /** Lanes above the axis, the cluster lane included. */
  readonly maxLanes: number;
  /** A marker's least width: a dot. */
  readonly dot: number;
}

/** Rows of markers on the axis band before bars share the last. */
export const MARKER_ROWS = 3;

/**
 * Lays out the labels of `items` (in date order) on a track `width` pixels wide, their positions multiplied by
 * `scale` (so that a zoom needs no new items: they can be fractions of the track). Events are taken by importance
 * (then date), each into the lowest lane where its label touches no other; those that fit nowhere fold into
 * clusters. A label starts at its marker (kept on the track at the ends). Positions come out in whole pixels.
 */
export function layoutLabels(
  items: readonly AxisItem[],
  width: number,
  sizes: LabelSizes,
  scale = 1,
): AxisLabelLayout {
  // Each event's start and end in whole pixels, read once: the arithmetic below then stays in small integers,
  // which unoptimized code does not box. A first render lays out every event before the engine optimizes any of
  // it, and fractions made some 900 bytes of numbers per event.
  const px: number[] = [];
  for (let i = 0; i < items.length; i += 1)
    px.push(Math.round(items[i]!.start * scale), Math.round(items[i]!.end * scale));
  const markerLayout = layoutMarkers(px, sizes.dot);
  // By importance, then date: a tier is placed whole before the next, each in date order.
  const order = items.map((_, index) => index);
  if (items.some((item) => item.importance !== items[0]!.importance)) {
    order.sort((a, b) => items[b]!.importance - items[a]!.importance || a - b);
  }
  // The first pass stops at the first label that does not fit: in a crowded period that comes early.
  const all = pack(px, order, width, sizes, 0, true);
  if (all.folded.length === 0) return finish(all.labels, [], markerLayout, sizes.maxLanes);
  // Something folds: lane 0 holds the clusters, the labels take the lanes above it.
  const packed = pack(px, order, width, sizes, 1, false);
  const clusters = clusterFolded(packed.folded, px, width, sizes);
  return finish(packed.labels, clusters, markerLayout, sizes.maxLanes);
}

/** The label's left edge for an event starting at `start`: at its marker, but on the track. */
function labelX(start: number, width: number, labelWidth: number): number {
  return Math.max(0, Math.min(start, width - labelWidth));
}

/**
 * Packs labels, in `order`, into lanes `[firstLane, maxLanes)`; returns the placed ones and the indexes that did
 * not fit (only the first, with `stopAtFold`). `px` holds each event's start and end, in pairs.
 */
function pack(
  px: readonly number[],
  order: readonly number[],
  width: number,
  sizes: LabelSizes,
  firstLane: number,
  stopAtFold: boolean,
) {
  const { labelWidth, gap } = sizes;
  // Each lane's occupied spans, sorted by start: [start, end) pairs flattened.
  const lanes: number[][] = Array.from({ length: Math.max(0, sizes.maxLanes - firstLane) }, () => []);
  const labels: PlacedLabel[] = [];
  const folded: number[] = [];
  // Index loops here and below: for…of makes an iterator result per step, before the engine optimizes it.
  for (let i = 0; i < order.length; i += 1) {
    const index = order[i]!;
    const x = labelX(px[index * 2]!, width, labelWidth);
    const lane = lanes.findIndex((spans) => isFree(spans, x - gap, x + labelWidth + gap));
    if (lane < 0) {
      folded.push(index);
      if (stopAtFold) break;
      continue;
    }
    insertSpan(lanes[lane]!, x, x + labelWidth);
    labels.push({ index, x, lane: lane + firstLane });
  }
  folded.sort((a, b) => a - b);
  return { labels, folded };
}

/** Whether `[start, end)` meets none of the sorted spans. */
function isFree(spans: readonly number[], start: number, end: number): boolean {
  // The first span whose end is past `start`, by binary search over the pairs.
  let low = 0;
  let high = spans.length / 2;
  while (low < high) {
    const middle = (low + high) >> 1;
    if (spans[middle * 2 + 1]! <= start) low = middle + 1;
    else high = middle;
  }
  return low * 2 >= spans.length || spans[low * 2]! >= end;
}

function insertSpan(spans: number[], start: number, end: number): void {
  // Labels mostly arrive in date order: appending is the common case.
  let at = spans.length;
  while (at > 0 && spans[at - 2]! > start) at -= 2;
  spans.splice(at, 0, start, end);
}

/**
 * Groups folded events (indexes in date order) into clusters whose chips fit in lane 0: an event joins the cluster
 * before it when it starts within that cluster's chip; chips that would touch merge.
 */
function clusterFolded(
  folded: readonly number[],
  px: readonly number[],
  width: number,
  sizes: LabelSizes,
): PlacedCluster[] {
  const { clusterWidth, gap } = sizes;
  const clusters: { members: number[]; x: number; start: number; end: number }[] = [];
  for (let i = 0; i < folded.length; i += 1) {
    const index = folded[i]!;
    const start = px[index * 2]!;
    const end = px[index * 2 + 1]!;
    const last = clusters.at(-1);
    const x = labelX(start, width, clusterWidth);
    if (last && x < last.x + clusterWidth + gap) {
      last.members.push(index);
      last.start = Math.min(last.start, start);
      last.end = Math.max(last.end, end);
    } else {
      clusters.push({ members: [index], x, start, end });
    }
  }
  return clusters;
}

interface MarkerLayout {
  readonly marker: (index: number) => PlacedMarker;
  readonly rows: number;
}

/**
 * Stacks markers on the axis band: a bar takes the first row where it meets no other marker. Only the rows are
 * kept, in a typed array: a zoom of 10,000 events makes no object per event.
 */
function layoutMarkers(px: readonly number[], dot: number): MarkerLayout {
  const rowEnds: number[] = [];
  const rowOf = new Uint8Array(px.length / 2);
  // A marker is at least a dot long.
  const endOf = (index: number) => Math.max(px[index * 2 + 1]!, px[index * 2]! + dot);
  for (let index = 0; index < rowOf.length; index += 1) {
    const start = px[index * 2]!;
    let row = 0;
    while (row < rowEnds.length && rowEnds[row]! > start) row += 1;
    if (row === MARKER_ROWS) row -= 1;
    rowEnds[row] = Math.max(rowEnds[row] ?? 0, endOf(index) + 2);
    rowOf[index] = row;
  }
  return {
    marker: (index) => ({ index, row: rowOf[index]!, start: px[index * 2]!, end: endOf(index) }),
    rows: Math.max(1, rowEnds.length),
  };
}

function finish(
  labels: PlacedLabel[],
  clusters: PlacedCluster[],
  markerLayout: MarkerLayout,
  maxLanes: number,
): AxisLabelLayout {
  labels.sort((a, b) => a.x - b.x || a.lane - b.lane);
  const stops: AxisStop[] = [];
  let c = 0;
  for (const label of labels) {
    while (c < clusters.length && clusters[c]!.x <= label.x)
      stops.push({ kind: 'cluster', cluster: clusters[c++]! });
    stops.push({ kind: 'event', label });
  }
  while (c < clusters.length) stops.push({ kind: 'cluster', cluster: clusters[c++]! });
  const used = labels.reduce((most, label) => Math.max(most, label.lane + 1), clusters.length > 0 ? 1 : 0);
  return {
    labels,
    clusters,
    marker: markerLayout.marker,
    lanes: Math.max(1, Math.min(maxLanes, used)),
    markerRows: markerLayout.rows,
    stops,
  };
}

/** Whether a stop reaches into `[left, right]` on the track (a label or chip `width` wide). */
export function stopInView(stop: AxisStop, left: number, right: number, sizes: LabelSizes): boolean {
  const x = stop.kind === 'event' ? stop.label.x : stop.cluster.x;
  const width = stop.kind === 'event' ? sizes.labelWidth : sizes.clusterWidth;
  return x + width >= left && x <= right;
}

/** Whether a stop shows any of the events `indexes`: it is the label of one, or a cluster holding one. */
export function stopShows(stop: AxisStop, indexes: readonly number[]): boolean {
  if (stop.kind === 'event') return indexes.includes(stop.label.index);
  const { members } = stop.cluster;
  // A cluster's members are in date order: the bounds rule out most clusters without a scan.
  return indexes.some((index) => index >= members[0]! && index <= members.at(-1)! && members.includes(index));
}

/** A stop's id in the keyboard order: the event's id, or `cluster:` and its first event's. */
export function stopId(stop: AxisStop, events: readonly { readonly id: string }[]): string {
  return stop.kind === 'event'
    ? events[stop.label.index]!.id
    : `cluster:${events[stop.cluster.members[0]!]!.id}`;
}
