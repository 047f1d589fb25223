import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import {
  layoutLabels,
  MARKER_ROWS,
  stopId,
  stopInView,
  stopShows,
  type AxisItem,
  type AxisLabelLayout,
  type LabelSizes,
} from '../src/components/timeline/axis-labels.js';

const SIZES: LabelSizes = { labelWidth: 176, gap: 8, clusterWidth: 144, maxLanes: 4, dot: 12 };

const item = (start: number, end = start, importance = 3): AxisItem => ({ start, end, importance });

/** Every way the layout could break the no-overlap rule, as readable lines; none for a good layout. */
function overlaps(layout: AxisLabelLayout, sizes: LabelSizes): string[] {
  const boxes = [
    ...layout.labels.map((label) => ({
      name: `label ${label.index}`,
      lane: label.lane,
      start: label.x,
      end: label.x + sizes.labelWidth,
    })),
    ...layout.clusters.map((cluster) => ({
      name: `cluster ${cluster.members.join(',')}`,
      lane: 0,
      start: cluster.x,
      end: cluster.x + sizes.clusterWidth,
    })),
  ];
  const found: string[] = [];
  boxes.forEach((a, i) =>
    boxes.slice(i + 1).forEach((b) => {
      if (a.lane === b.lane && a.start < b.end && b.start < a.end) found.push(`${a.name} × ${b.name}`);
    }),
  );
  return found;
}

describe('axis labels', () => {
  it('should put labels that do not touch in lane 0, and stack those that do', () => {
    const layout = layoutLabels([item(0), item(300), item(320), item(600)], 1000, SIZES);
    expect(layout.labels.map((label) => [label.index, label.lane])).to.deep.equal([
      [0, 0],
      [1, 0],
      [2, 1],
      [3, 0],
    ]);
    expect(layout.clusters).to.deep.equal([]);
    expect(layout.lanes).to.equal(2);
  });

  it('should reuse lanes: a label goes to the lowest free lane, not a new one', () => {
    const items = [item(0), item(10), item(200), item(210), item(400)];
    const lanes = layoutLabels(items, 1000, SIZES).labels.map((label) => label.lane);
    expect(lanes).to.deep.equal([0, 1, 0, 1, 0]);
  });

  it('should keep a label on the track at the far end, with its marker where its date is', () => {
    const layout = layoutLabels([item(990, 995)], 1000, SIZES);
    expect(layout.labels[0]!.x).to.equal(1000 - SIZES.labelWidth);
    expect(layout.marker(0)).to.deep.include({ start: 990, end: 1002 });
  });

  // Whole pixels keep the layout's arithmetic in small integers, which a first render's unoptimized code does not box.
  it('should place labels, markers and clusters on whole pixels, whatever the scale', () => {
    const items = Array.from({ length: 40 }, (_, i) => item(i / 97 + 0.001, i / 97 + 0.0173));
    const layout = layoutLabels(items, 1234.5, SIZES, 1234.5);
    const numbers = [
      ...layout.labels.map((label) => label.x),
      ...layout.clusters.flatMap((cluster) => [cluster.x, cluster.start, cluster.end]),
      ...items.flatMap((_, i) => [layout.marker(i).start, layout.marker(i).end]),
    ].filter((x) => x !== 1234.5 - SIZES.labelWidth && x !== 1234.5 - SIZES.clusterWidth);
    expect(layout.clusters.length).to.be.above(0);
    expect(numbers.filter((x) => !Number.isInteger(x))).to.deep.equal([]);
    expect(overlaps(layout, SIZES)).to.deep.equal([]);
  });

  it('should fold what does not fit into clusters in lane 0, the labels above it', () => {
    // Ten events at almost the same place: three lanes of labels above the cluster lane.
    const items = Array.from({ length: 10 }, (_, i) => item(100 + i));
    const layout = layoutLabels(items, 1000, SIZES);
    expect(layout.labels.map((label) => label.lane).sort()).to.deep.equal([1, 2, 3]);
    expect(layout.clusters).to.have.length(1);
    expect(layout.clusters[0]!.members).to.deep.equal([3, 4, 5, 6, 7, 8, 9]);
    expect(layout.clusters[0]).to.deep.include({ start: 103, end: 109 });
    expect(layout.lanes).to.equal(4);
    expect(overlaps(layout, SIZES)).to.deep.equal([]);
  });

  it('should keep the labels of the most important events when space runs out', () => {
    const items = Array.from({ length: 10 }, (_, i) => item(100 + i, 100 + i, i === 7 || i === 9 ? 5 : 3));
    const labelled = layoutLabels(items, 1000, SIZES).labels.map((label) => label.index);
    expect(labelled).to.include.members([7, 9]);
    expect(labelled).to.have.length(3);
  });

  it('should gather folded events into one cluster while their chips would touch', () => {
    const crowd = (at: number) => Array.from({ length: 5 }, (_, i) => item(at + i));
    const layout = layoutLabels([...crowd(100), ...crowd(180), ...crowd(700)], 1000, SIZES);
    // 103 and 104 fold from the first crowd, all of the second (its labels would touch the first's): one chip.
    expect(layout.clusters.map((cluster) => cluster.members.length)).to.deep.equal([7, 2]);
    expect(overlaps(layout, SIZES)).to.deep.equal([]);
  });

  it('should list labels and clusters left to right, as the keyboard walks them', () => {
    const items = [...Array.from({ length: 6 }, (_, i) => item(100 + i)), item(600)];
    const stops = layoutLabels(items, 1000, SIZES).stops;
    const lefts = stops.map((stop) => (stop.kind === 'event' ? stop.label.x : stop.cluster.x));
    expect(lefts).to.deep.equal([...lefts].sort((a, b) => a - b));
    expect(stops.map((stop) => stop.kind)).to.include('cluster');
  });

  it('should stack overlapping bars on the band in rows, at most MARKER_ROWS', () => {
    const bars = Array.from({ length: 5 }, () => item(0, 500));
    const layout = layoutLabels(bars, 1000, SIZES);
    expect([0, 1, 2, 3, 4].map((index) => layout.marker(index).row)).to.deep.equal([0, 1, 2, 2, 2]);
    expect(layout.markerRows).to.equal(MARKER_ROWS);
    expect(layoutLabels([item(0, 10), item(20, 30)], 1000, SIZES).markerRows).to.equal(1);
  });

  it('should tell whether a stop reaches into a stretch of the track', () => {
    const layout = layoutLabels([item(0), item(800)], 1000, SIZES);
    const [first, second] = layout.stops;
    expect(stopInView(first!, 100, 300, SIZES)).to.equal(true);
    expect(stopInView(first!, 200, 300, SIZES)).to.equal(false);
    expect(stopInView(second!, 0, 700, SIZES)).to.equal(false);
  });

  it('should find the stop that shows an event, and name it by the event or the cluster’s first', () => {
    // Forty events a pixel apart: a few labels, the rest folded into clusters.
    const layout = layoutLabels(
      Array.from({ length: 40 }, (_, i) => item(i)),
      1000,
      SIZES,
    );
    const events = Array.from({ length: 40 }, (_, i) => ({ id: `e${i}` }));
    const cluster = layout.stops.find((stop) => stop.kind === 'cluster')!;
    const members = cluster.kind === 'cluster' ? cluster.cluster.members : [];
    expect(members.length).to.be.above(1);
    for (let index = 0; index < 40; index += 1) {
      const showing = layout.stops.filter((stop) => stopShows(stop, [index]));
      expect(showing.length, `stops showing event ${index}`).to.equal(1);
    }
    expect(stopShows(cluster, [members.at(-1)!])).to.equal(true);
    expect(stopShows(cluster, [-1, 999])).to.equal(false);
    expect(stopId(cluster, events)).to.equal(`cluster:e${members[0]}`);
    const label = layout.stops.find((stop) => stop.kind === 'event')!;
    expect(stopId(label, events)).to.equal(label.kind === 'event' ? `e${label.label.index}` : '');
  });

  it('should place every event once, as a label or in one cluster, with nothing overlapping', () => {
    fc.assert(
      fc.property(
        fc.array(
          fc.record({
            start: fc.integer({ min: 0, max: 2000 }),
            length: fc.integer({ min: 0, max: 300 }),
            importance: fc.integer({ min: 1, max: 5 }),
          }),
          { maxLength: 120 },
        ),
        fc.integer({ min: 300, max: 2400 }),
        (raw, width) => {
          const items = raw
            .map(({ start, length, importance }) => ({
              start: Math.min(start, width),
              end: Math.min(start + length, width),
              importance,
            }))
            .sort((a, b) => a.start - b.start);
          const layout = layoutLabels(items, width, SIZES);
          const placed = [
            ...layout.labels.map((label) => label.index),
            ...layout.clusters.flatMap((cluster) => cluster.members),
          ].sort((a, b) => a - b);
          expect(placed).to.deep.equal(items.map((_, i) => i));
          expect(overlaps(layout, SIZES)).to.deep.equal([]);
          for (const label of layout.labels) {
            expect(label.lane).to.be.within(0, SIZES.maxLanes - 1);
            expect(label.x).to.be.within(0, Math.max(0, width - SIZES.labelWidth));
          }
          if (layout.clusters.length > 0)
            expect(layout.labels.every((label) => label.lane > 0)).to.equal(true);
        },
      ),
      { numRuns: 300 },
    );
  });
});
