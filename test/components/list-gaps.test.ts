import { expect } from '@open-wc/testing';
import {
  gapStep,
  isLabelledGap,
  LABELLED_GAP,
  MAX_GAP_STEP,
} from '../../src/components/timeline/list-gaps.js';
import { TRANSLATIONS } from '../../src/i18n/index.js';

describe('list gaps', () => {
  it('should add no space between events of one year or of consecutive years', () => {
    expect(gapStep(0)).to.equal(0);
    expect(gapStep(1)).to.equal(0);
  });

  it('should grow the space with the logarithm of the gap: 2–3 years, 4–7, 8–15', () => {
    expect([2, 3, 4, 7, 8, 9, 15].map(gapStep)).to.deep.equal([1, 1, 2, 2, 3, 3, 3]);
  });

  it('should bound the space from 16 years on, however long the gap', () => {
    expect([16, 100, 2000, 1e9].map(gapStep)).to.deep.equal([
      MAX_GAP_STEP,
      MAX_GAP_STEP,
      MAX_GAP_STEP,
      MAX_GAP_STEP,
    ]);
  });

  it('should never shrink as the gap grows', () => {
    for (let years = 1; years < 100; years++) expect(gapStep(years + 1)).to.be.at.least(gapStep(years));
  });

  it('should label gaps of three years and more, so never "1 year later"', () => {
    expect(LABELLED_GAP).to.equal(3);
    expect([0, 1, 2].map(isLabelledGap)).to.deep.equal([false, false, false]);
    expect([3, 9, 2000].map(isLabelledGap)).to.deep.equal([true, true, true]);
  });

  it('should give every labelled gap some space of its own', () => {
    expect(gapStep(LABELLED_GAP)).to.be.above(0);
  });

  it('should say the gap in each language', () => {
    expect(TRANSLATIONS.en.yearsLater(9)).to.equal('9 years later');
    expect(TRANSLATIONS.ko.yearsLater(9)).to.equal('9년 후');
    expect(TRANSLATIONS['zh-Hant'].yearsLater(9)).to.equal('9 年後');
    expect(TRANSLATIONS.en.yearsLater(LABELLED_GAP)).to.equal('3 years later');
  });
});
