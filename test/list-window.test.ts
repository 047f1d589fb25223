import { expect } from '@open-wc/testing';
import {
  listWindow,
  WINDOW_MARGIN,
  WINDOW_SIZE,
  WINDOW_THRESHOLD,
  windowForScroll,
  windowHolding,
} from '../src/components/timeline/list-window.js';

describe('list windows', () => {
  it('should render every event of a short list', () => {
    expect(listWindow(WINDOW_THRESHOLD, 50)).to.deep.equal({
      start: 0,
      end: WINDOW_THRESHOLD,
      windowed: false,
    });
  });

  it('should render a window of a long list, clamped to its ends', () => {
    expect(listWindow(10_000, 500)).to.deep.equal({ start: 500, end: 500 + WINDOW_SIZE, windowed: true });
    expect(listWindow(10_000, -5).start).to.equal(0);
    expect(listWindow(10_000, 10_000)).to.deep.equal({
      start: 10_000 - WINDOW_SIZE,
      end: 10_000,
      windowed: true,
    });
  });

  it('should move only to hold an event outside the window', () => {
    expect(windowHolding(100, 120)).to.equal(100);
    expect(windowHolding(100, 100 + WINDOW_SIZE)).to.equal(100 + WINDOW_SIZE - WINDOW_MARGIN);
    expect(windowHolding(100, 3)).to.equal(0);
  });

  it('should follow scrolling, skip small moves and keep a focused event', () => {
    expect(windowForScroll(10_000, 5000, -1, 0)).to.equal(5000 - WINDOW_MARGIN);
    expect(windowForScroll(10_000, 5003, -1, 5000 - WINDOW_MARGIN)).to.equal(5000 - WINDOW_MARGIN);
    expect(windowForScroll(10_000, 5000, 100, 0)).to.equal(100);
    expect(windowForScroll(10_000, 0, 9_999, 9_000)).to.equal(9_999 - WINDOW_SIZE + 1);
    expect(windowForScroll(10_000, 20_000, -1, 0)).to.equal(10_000 - WINDOW_SIZE);
  });
});
