import { expect } from '@open-wc/testing';
import { parseCalendarDate } from '../../src/model/dates.js';
import { edtfSpan, parseEdtf, type EdtfDate, type EdtfValue } from '../../src/model/edtf.js';

type Expected = Omit<EdtfDate, 'text' | 'approximate' | 'uncertain'> &
  Partial<Pick<EdtfDate, 'approximate' | 'uncertain'>>;

/** The date `expected` describes, written as `text`: not approximate, not uncertain unless it says so. */
function edtfDate(text: string, expected: Expected): EdtfDate {
  return { approximate: false, uncertain: false, ...expected, text };
}

/** What an interval's end is, for a table: a date, or the kind of missing end. */
type EndKind = 'date' | 'open' | 'unknown';

function dateOf(text: string): EdtfDate {
  const value = parseEdtf(text);
  if ('error' in value || value.kind !== 'date') throw new Error(`test setup: ${text} should be a date`);
  return value.date;
}

/** An instant as an ISO string: spans are compared as text, which reads better in a failure than ms. */
function iso(ms: number): string {
  return new Date(ms).toISOString();
}

describe('EDTF dates', () => {
  describe('parseEdtf: one date', () => {
    const valid: [string, Expected][] = [
      ['2014', { year: 2014, month: 1, day: 1, precision: 'year' }],
      ['2014-06', { year: 2014, month: 6, day: 1, precision: 'month' }],
      ['2014-06-01', { year: 2014, month: 6, day: 1, precision: 'day' }],
      ['0000', { year: 0, month: 1, day: 1, precision: 'year' }],
      ['-0043-03-15', { year: -43, month: 3, day: 15, precision: 'day' }],
      ['2024-02-29', { year: 2024, month: 2, day: 29, precision: 'day' }],
      ['2000-02-29', { year: 2000, month: 2, day: 29, precision: 'day' }],
      ['-0044-02-29', { year: -44, month: 2, day: 29, precision: 'day' }],
      ['2014~', { year: 2014, month: 1, day: 1, precision: 'year', approximate: true }],
      ['2014-06?', { year: 2014, month: 6, day: 1, precision: 'month', uncertain: true }],
      ['2014-06-01%', { year: 2014, month: 6, day: 1, precision: 'day', approximate: true, uncertain: true }],
      ['-0043~', { year: -43, month: 1, day: 1, precision: 'year', approximate: true }],
      ['201X', { year: 2010, month: 1, day: 1, precision: 'decade' }],
      ['19XX', { year: 1900, month: 1, day: 1, precision: 'century' }],
      ['-004X', { year: -49, month: 1, day: 1, precision: 'decade' }],
      ['-00XX', { year: -99, month: 1, day: 1, precision: 'century' }],
      ['2004-XX', { year: 2004, month: 1, day: 1, precision: 'year' }],
      ['1985-XX-XX', { year: 1985, month: 1, day: 1, precision: 'year' }],
      ['1985-04-XX', { year: 1985, month: 4, day: 1, precision: 'month' }],
    ];
    for (const [text, expected] of valid) {
      it(`should read ${text} at ${expected.precision} precision`, () => {
        expect(parseEdtf(text)).to.deep.equal({ kind: 'date', date: edtfDate(text, expected) });
      });
    }
  });

  describe('parseEdtf: intervals', () => {
    it('should read both ends, each with its own text and qualifier', () => {
      expect(parseEdtf('2004-06~/2006-08?')).to.deep.equal({
        kind: 'interval',
        start: edtfDate('2004-06~', { year: 2004, month: 6, day: 1, precision: 'month', approximate: true }),
        end: edtfDate('2006-08?', { year: 2006, month: 8, day: 1, precision: 'month', uncertain: true }),
      });
    });

    const intervals: [string, EndKind, EndKind][] = [
      ['2013/2014', 'date', 'date'],
      ['2014/2014', 'date', 'date'],
      ['2014/2014-06', 'date', 'date'],
      // As a date and its end in dates.ts: the end's period (2014) is not over before June 2014 begins.
      ['2014-06/2014', 'date', 'date'],
      ['19XX/201X', 'date', 'date'],
      ['-0043/0000', 'date', 'date'],
      ['../1990', 'open', 'date'],
      ['2014/..', 'date', 'open'],
      ['/2014', 'unknown', 'date'],
      ['2014/', 'date', 'unknown'],
    ];
    for (const [text, start, end] of intervals) {
      it(`should read ${text} as from ${start} to ${end}`, () => {
        const value = parseEdtf(text) as Extract<EdtfValue, { kind: 'interval' }>;
        expect(value.kind).to.equal('interval');
        expect(typeof value.start === 'object' ? 'date' : value.start).to.equal(start);
        expect(typeof value.end === 'object' ? 'date' : value.end).to.equal(end);
      });
    }
  });

  describe('parseEdtf: errors', () => {
    const errors: [string, string][] = [
      ['2014-13', 'month 13'],
      ['2014-13~', 'month 13'],
      ['2014-00', 'month 0'],
      ['2023-02-29', 'day 29 is not in February 2023'],
      ['2024-02-30', 'day 30 is not in February 2024'],
      ['1900-02-29', 'day 29 is not in February 1900'],
      ['-0001-02-29', 'day 29 is not in February -0001'],
      ['2014-04-31', 'day 31 is not in April 2014'],
      ['2014-01-32', 'day 32 is not in January 2014'],
      ['2014-01-00', 'day 0 is not in January 2014'],
      ['2014-21', 'seasons (21–24) are not supported'],
      ['2014-24', 'seasons (21–24) are not supported'],
      ['2014-21-01', 'month 21'],
      ['1X85', 'unspecified digits (X) only at the end of the year, as in 201X or 19XX'],
      ['19X5', 'unspecified digits (X) only at the end of the year, as in 201X or 19XX'],
      ['-1X85-04', '"-1X85": unspecified digits (X) only at the end of the year, as in 201X or 19XX'],
      ['1XXX', 'at most two unspecified digits (X), as in 201X or 19XX'],
      ['XXXX', 'at most two unspecified digits (X), as in 201X or 19XX'],
      ['201X-05', 'a decade or century (201X, 19XX) takes no month or day'],
      ['19XX-XX', 'a decade or century (201X, 19XX) takes no month or day'],
      ['2004-1X', 'unspecified digits (X) only as a whole month or day, as in 2004-XX or 1985-04-XX'],
      ['1985-04-1X', 'unspecified digits (X) only as a whole month or day, as in 2004-XX or 1985-04-XX'],
      ['1985-XX-05', 'unspecified digits (X) only as a whole month or day, as in 2004-XX or 1985-04-XX'],
      ['201X~', 'a date with unspecified digits (X) takes no ~, ? or %'],
      ['2004-XX?', 'a date with unspecified digits (X) takes no ~, ? or %'],
      ['201x', 'unspecified digits are a capital X'],
      ['-0000', 'write year 0 (1 BCE) as 0000, without a "-"'],
      [' 2014', 'spaces before or after the date'],
      ['2014 ', 'spaces before or after the date'],
      ['2014-06-01T10:00', 'times of day are not supported'],
      ['2014-06-01T10:00:00Z', 'times of day are not supported'],
      ['2014/2013', `an interval's end "2013" is before its start "2014"`],
      ['2014-06~/2014-05', `an interval's end "2014-05" is before its start "2014-06~"`],
      ['../..', 'an interval cannot be open at both ends'],
      ['/', 'an interval cannot be open at both ends'],
      ['../', 'an interval cannot be open at both ends'],
      ['/..', 'an interval cannot be open at both ends'],
      ['2014-13/2015', 'start: month 13'],
      ['2014/2015-02-29', 'end: day 29 is not in February 2015'],
      ['2014/1X85', 'end: unspecified digits (X) only at the end of the year, as in 201X or 19XX'],
      ['2014/2015/2016', 'an interval has one "/" between its start and end'],
      ['', 'not an EDTF date'],
      ['..', 'not an EDTF date'],
      ['2014-1', 'not an EDTF date'],
      ['20140', 'not an EDTF date'],
      ['2014~?', 'not an EDTF date'],
      ['2014?-06', 'not an EDTF date'],
      ['Y20000', 'not an EDTF date'],
    ];
    for (const [text, error] of errors) {
      it(`should reject ${JSON.stringify(text)}: ${error}`, () => {
        expect(parseEdtf(text)).to.deep.equal({ error });
      });
    }
  });

  describe('the forms dates.ts reads', () => {
    const forms = [
      ...['2014', '2014-10', '2024-10-28', '0000', '0099-01-05', '-0043-03-15', '-0044-02-29', '-2500'],
      ...['2024-02-30', '2023-02-29', '2024-13', '2024-00', '2024-01-00', '-0000', '14', '2014-1', '+2014'],
    ];
    for (const text of forms) {
      it(`should read ${text} as parseCalendarDate does`, () => {
        const calendar = parseCalendarDate(text);
        const value = parseEdtf(text);
        if (!calendar.ok) return void expect(value).to.have.property('error');
        const { iso, ...date } = calendar.date;
        expect(value).to.deep.equal({
          kind: 'date',
          date: { ...date, approximate: false, uncertain: false, text: iso },
        });
      });
    }
  });

  describe('edtfSpan', () => {
    const spans: [string, string, string][] = [
      ['2014', '2014-01-01', '2015-01-01'],
      ['2014-12', '2014-12-01', '2015-01-01'],
      ['2024-02', '2024-02-01', '2024-03-01'],
      ['2024-02-29', '2024-02-29', '2024-03-01'],
      ['2014-12-31~', '2014-12-31', '2015-01-01'],
      ['201X', '2010-01-01', '2020-01-01'],
      ['19XX', '1900-01-01', '2000-01-01'],
      ['2004-XX', '2004-01-01', '2005-01-01'],
      ['1985-04-XX', '1985-04-01', '1985-05-01'],
      ['0000', '0000-01-01', '0001-01-01'],
      ['0099-01-05', '0099-01-05', '0099-01-06'],
      ['-0043-03-15', '-000043-03-15', '-000043-03-16'],
      ['-004X', '-000049-01-01', '-000039-01-01'],
    ];
    for (const [text, start, end] of spans) {
      it(`should cover ${text} from ${start} up to ${end}`, () => {
        const span = edtfSpan(dateOf(text));
        expect([iso(span.start), iso(span.end)]).to.deep.equal([
          `${start}T00:00:00.000Z`,
          `${end}T00:00:00.000Z`,
        ]);
      });
    }
  });
});
