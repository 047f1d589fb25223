/**
 * How the vertical list shows the time between its years: pure arithmetic, kept apart from the templates so it can
 * be tested on its own. A year that follows the previous year shown after a gap gets more space above it, growing
 * with the logarithm of the gap and bounded, and after a long gap a label: "9 years later".
 */

/** The most steps of extra space: reached from a gap of 2^MAX_GAP_STEP = 16 years. */
export const MAX_GAP_STEP = 4;
/** From this many years between two consecutive years of the list, the space before the later one is labelled. */
export const LABELLED_GAP = 3;

/**
 * The steps of extra space before a year that comes `years` after the previous year shown: ⌊log2(years)⌋,
 * bounded by `MAX_GAP_STEP`. 1 year (consecutive years) → 0, 2–3 → 1, 4–7 → 2, 8–15 → 3, 16 or more → 4.
 */
export function gapStep(years: number): number {
  return years > 1 ? Math.min(MAX_GAP_STEP, Math.floor(Math.log2(years))) : 0;
}

/** True when the gap before a year is long enough to be labelled ("3 years later" and longer). */
export function isLabelledGap(years: number): boolean {
  return years >= LABELLED_GAP;
}
