import type { TimelineDocumentJson } from '../model/types.js';

/** Something that did not carry over to our schema as it was, and why. */
export interface ConversionNote {
  /** Where in the input, as a JSONPath. */
  readonly path: string;
  readonly message: string;
}

/** A converted document, to be validated like any other, and what did not carry over. */
export interface ConversionResult {
  readonly document: TimelineDocumentJson;
  readonly notes: readonly ConversionNote[];
}

export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Four-digit (or -NNNN) ISO year, or undefined when it cannot be written so. */
export function isoYear(year: number): string | undefined {
  if (!Number.isInteger(year) || Math.abs(year) > 9999) return undefined;
  const digits = String(Math.abs(year)).padStart(4, '0');
  return year < 0 ? `-${digits}` : digits;
}
