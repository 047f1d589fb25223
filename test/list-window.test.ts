import { expect } from '@open-wc/testing';
import {
  ESTIMATED_EVENT_HEIGHT,
  indexAtTop,
  listWindow,
  MAX_WINDOW_SIZE,
  WINDOW_MARGIN,
  WINDOW_THRESHOLD,
  windowForScroll,
  windowHolding,
  windowSizeFor,
} from '../src/components/timeline/list-window.js';

const SIZE = 30;

describe('list windows', () => {
  it('should render every event of a short list', () => {
    expect(listWindow(WINDOW_THRESHOLD, 50, SIZE)).to.deep.equal({
      start: 0,
      end: WINDOW_THRESHOLD,
      windowed: false,
    });
  });

  it('should render a window of a long list, clamped to its ends', () => {
    expect(listWindow(10_000, 500, SIZE)).to.deep.equal({ start: 500, end: 500 + SIZE, windowed: true });
    expect(listWindow(10_000, -5, SIZE).start).to.equal(0);
    expect(listWindow(10_000, 10_000, SIZE)).to.deep.equal({
      start: 10_000 - SIZE,
      end: 10_000,
      windowed: true,
    });
    expect(listWindow(250, 0, MAX_WINDOW_SIZE)).to.deep.equal({ start: 0, end: 250, windowed: true });
  });

  it('should hold a screenful of events and a margin on both sides', () => {
    expect(windowSizeFor(800, 100)).to.equal(8 + 2 * WINDOW_MARGIN);
    expect(windowSizeFor(801, 100)).to.equal(9 + 2 * WINDOW_MARGIN);
    // Small events on a tall screen: more of them.
    expect(windowSizeFor(2160, 40)).to.equal(54 + 2 * WINDOW_MARGIN);
    // Before any event was measured, the estimate.
    expect(windowSizeFor(1000)).to.equal(Math.ceil(1000 / ESTIMATED_EVENT_HEIGHT) + 2 * WINDOW_MARGIN);
    // Degenerate sizes stay finite and bounded.
    expect(windowSizeFor(0, 100)).to.equal(2 * WINDOW_MARGIN);
    expect(windowSizeFor(1000, 0.01)).to.equal(MAX_WINDOW_SIZE);
    expect(windowSizeFor(1000, 0)).to.equal(windowSizeFor(1000));
    expect(windowSizeFor(1000, Number.NaN)).to.equal(windowSizeFor(1000));
    expect(windowSizeFor(-50, 100)).to.equal(2 * WINDOW_MARGIN);
  });

  it('should move only to hold an event outside the window', () => {
    expect(windowHolding(100, 120, SIZE)).to.equal(100);
    expect(windowHolding(100, 100 + SIZE, SIZE)).to.equal(100 + SIZE - WINDOW_MARGIN);
    expect(windowHolding(100, 3, SIZE)).to.equal(0);
  });

  it('should follow scrolling, skip small moves and keep a focused event', () => {
    expect(windowForScroll(10_000, 5000, -1, 0, SIZE)).to.equal(5000 - WINDOW_MARGIN);
    expect(windowForScroll(10_000, 5003, -1, 5000 - WINDOW_MARGIN, SIZE)).to.equal(5000 - WINDOW_MARGIN);
    expect(windowForScroll(10_000, 5000, 100, 0, SIZE)).to.equal(100);
    expect(windowForScroll(10_000, 0, 9_999, 9_000, SIZE)).to.equal(9_999 - SIZE + 1);
    expect(windowForScroll(10_000, 20_000, -1, 0, SIZE)).to.equal(10_000 - SIZE);
  });

  it('should keep the screen covered while it skips small moves', () => {
    // Whatever the scroll position, the events on screen are inside the window it settles on.
    for (const [viewport, height] of [
      [800, 100],
      [600, 37],
      [2160, 40],
      [300, 500],
    ] as const) {
      const size = windowSizeFor(viewport, height);
      const onScreen = Math.ceil(viewport / height);
      const count = 1000;
      const last = count - onScreen;
      let start = 0;
      const check = (first: number) => {
        start = windowForScroll(count, first, -1, start, size);
        expect(start, `${viewport}/${height} at ${first}`).to.be.at.most(first);
        expect(Math.min(count, start + size), `${viewport}/${height} at ${first}`).to.be.at.least(
          Math.min(count, first + onScreen),
        );
      };
      for (let first = 0; first <= last; first += 1) check(first);
      for (let first = last; first >= 0; first -= 3) check(first);
      for (let first = 0; first <= last; first += 5) check(first);
    }
  });

  it('should find the event at the top of the screen, and its top, in the window or in either spacer', () => {
    // Events 100–103 rendered, 50 px each, event 100's top 120 px above the screen: 102, whose top is at -20.
    expect(indexAtTop(100, -120, [-70, -20, 30, 80], 40)).to.deep.equal({ index: 102, top: -20 });
    expect(indexAtTop(100, -30, [20, 70], 40)).to.deep.equal({ index: 100, top: -30 });
    // The screen top in the spacer above: 130 px above event 100 at 40 px each is event 96, from -30 px.
    expect(indexAtTop(100, 130, [180, 230, 280, 330], 40)).to.deep.equal({ index: 96, top: -30 });
    expect(indexAtTop(3, 500, [550], 40)).to.deep.equal({ index: 0, top: 380 });
    // In the spacer below: 100 px past the last rendered event's bottom is the third event after it, from -20 px.
    expect(indexAtTop(100, -300, [-250, -200, -150, -100], 40)).to.deep.equal({ index: 106, top: -20 });
    // Nothing rendered: only the spacers' arithmetic from the list's top.
    expect(indexAtTop(0, -4000, [], 40)).to.deep.equal({ index: 100, top: 0 });
  });
});
