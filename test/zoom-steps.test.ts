import { expect } from '@open-wc/testing';
import {
  availableSteps,
  finestStep,
  isZoomLevel,
  levelOf,
  maxZoom,
  nextLevel,
  stepScale,
  UNIT_PIXELS,
  zoomForLevel,
} from '../src/components/timeline/zoom-steps.js';

const DAY = 86_400_000;
const YEAR = 365.2425 * DAY;
const TWELVE_YEARS = 12 * YEAR;

describe('zoom steps', () => {
  it('should never go past the data’s finest precision', () => {
    expect([finestStep('year'), finestStep('month'), finestStep('day')]).to.deep.equal([
      'year',
      'month',
      'day',
    ]);
    expect(availableSteps(TWELVE_YEARS, 1000, 'year')).to.deep.equal(['year']);
    expect(availableSteps(TWELVE_YEARS, 1000, 'day')).to.deep.equal([
      'year',
      'quarter',
      'month',
      'week',
      'day',
    ]);
  });

  it('should offer only steps that show less than the whole axis', () => {
    // 12 years in 1,000 px: a decade at 160 px would show more than everything.
    expect(availableSteps(TWELVE_YEARS, 1000, 'day')).to.not.include('decade');
    expect(availableSteps(200 * YEAR, 1000, 'year')).to.deep.equal(['decade', 'year']);
  });

  it('should draw a step’s unit UNIT_PIXELS wide', () => {
    expect(stepScale('year') * YEAR).to.be.closeTo(UNIT_PIXELS, 1e-9);
    expect(stepScale('day') * DAY).to.be.closeTo(UNIT_PIXELS, 1e-9);
    expect(zoomForLevel('year', TWELVE_YEARS, 1000)).to.be.closeTo((12 * UNIT_PIXELS) / 1000, 1e-9);
    expect(zoomForLevel('fit', TWELVE_YEARS, 1000)).to.equal(1);
  });

  it('should name the level nearest to a zoom, and step to the next one in or out', () => {
    const steps = availableSteps(TWELVE_YEARS, 1000, 'day');
    const year = zoomForLevel('year', TWELVE_YEARS, 1000);
    expect(levelOf(1, TWELVE_YEARS, 1000, steps)).to.equal('fit');
    expect(levelOf(year * 1.1, TWELVE_YEARS, 1000, steps)).to.equal('year');
    expect(nextLevel(1, 1, TWELVE_YEARS, 1000, steps)).to.equal('year');
    expect(nextLevel(year, 1, TWELVE_YEARS, 1000, steps)).to.equal('quarter');
    expect(nextLevel(year, -1, TWELVE_YEARS, 1000, steps)).to.equal('fit');
    expect(nextLevel(1, -1, TWELVE_YEARS, 1000, steps)).to.equal(undefined);
    expect(nextLevel(zoomForLevel('day', TWELVE_YEARS, 1000), 1, TWELVE_YEARS, 1000, steps)).to.equal(
      undefined,
    );
  });

  it('should cap the zoom at the finest step and at a million pixels of track', () => {
    expect(maxZoom(TWELVE_YEARS, 1000, 'year')).to.be.closeTo(zoomForLevel('year', TWELVE_YEARS, 1000), 1e-9);
    expect(maxZoom(TWELVE_YEARS, 1000, 'day')).to.be.closeTo(zoomForLevel('day', TWELVE_YEARS, 1000), 1e-9);
    expect(maxZoom(1000 * YEAR, 1000, 'day')).to.equal(1000);
  });

  it('should know the names a page may ask for', () => {
    expect(['fit', 'decade', 'day'].every(isZoomLevel)).to.equal(true);
    expect([undefined, '', 'Year', 'hour', 3].some(isZoomLevel)).to.equal(false);
  });
});
