// Our EDTF subset (src/model/edtf.ts, as built into dist/lib: run `npx rollup -c` first) against the `edtf`
// package, a full ISO 8601-2 parser, as the oracle. Over a generated corpus, within our subset, both must
// accept the same strings and cover the same instants. Where the oracle departs from ISO 8601 or from the
// project's rules, the case is kept out of the comparison and checked on its own below, with the reason.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import edtf, { parse } from 'edtf';
import { edtfSpan, parseEdtf } from '../../dist/lib/src/model/edtf.js';

/** A list written as words: these test strings hold no spaces. */
const words = (text) => text.trim().split(/\s+/);

const YEARS = words(`
  0000 0001 0004 0099 0100 0999 1000 1582 1900 1985 1999 2000 2004 2013 2014 2023 2024 9999
  -0001 -0004 -0043 -0044 -0100 -2500`);
const QUALIFIERS = ['', '~', '?', '%'];
const MONTHS = Array.from({ length: 14 }, (_, month) => String(month).padStart(2, '0')); // 00–13
const DAYS = words('00 01 28 29 30 31 32');
const DAY_YEARS = words('0000 -0001 -0004 -0044 1582 1900 2000 2023 2024');
const UNSPECIFIED_YEARS = words('201X 199X 000X 19XX 20XX 00XX -004X -001X -000X -00XX');
// '' and '..' are the unknown and the open end.
const INTERVAL_ENDS = [
  '',
  ...words(`
    .. 2013 2014 2014-01 2014-06 2014-06-01 2014-06-30% 2004-06~ 2006-08? 201X 19XX 2004-XX 1985-04-XX
    1985-XX-XX 0000 -0043 2014-13 1X85`),
];
const MALFORMED = [
  ...words(`
    -0000 -0000-01 1X85 X985 19X5 201X-05 201X-XX 2004-1X 2004-X1 1985-04-1X 1985-XX-05 201X~ 19XX?
    2004-XX? 1985-04-XX% 201x 2004-xx 2014-1 20140 2014~? .. 2014/2015/2016 2014-06-01/`),
  ...[' 2014', '2014 ', ''],
];
/** EDTF that the oracle accepts and we do not: seasons, times, `Y` years, level 2 forms, lists. */
const BEYOND_SUBSET = words(`
  2014-21 2014-24 2014-06-01T10:00 2014-06-01T10:00:00Z Y20000 14 2014?-06 ?2014 ~2014 2014-~06-01 XXXX
  1XXX 156X-12-25 {2014,2015} [2014,2015]`);

/** Every test string, in a fixed order: years with qualifiers, months, days, X forms, intervals, the rest. */
function corpus() {
  const texts = [];
  for (const year of YEARS) {
    for (const qualifier of QUALIFIERS) texts.push(year + qualifier, `${year}-06${qualifier}`);
    for (const month of MONTHS) texts.push(`${year}-${month}`);
    texts.push(`${year}-XX`, `${year}-02-XX`, `${year}-12-XX`, `${year}-XX-XX`, `${year}-12-31~`);
  }
  for (const year of DAY_YEARS)
    for (const month of MONTHS.slice(1, 13)) for (const day of DAYS) texts.push(`${year}-${month}-${day}`);
  for (const year of UNSPECIFIED_YEARS) texts.push(year);
  for (const start of INTERVAL_ENDS) for (const end of INTERVAL_ENDS) texts.push(`${start}/${end}`);
  texts.push(...MALFORMED, ...BEYOND_SUBSET);
  return [...new Set(texts)];
}

/** The oracle's verdict: its grammar accepts (`parsed`), and its date or interval object, or why it threw. */
function askOracle(text) {
  let parsed;
  try {
    parsed = parse(text);
  } catch {
    return { parsed: undefined };
  }
  try {
    return { parsed, value: edtf(text) };
  } catch (error) {
    return { parsed, thrown: error.message };
  }
}

/**
 * Within our subset, as the oracle reads it: each side a level-1 EDTF Date (no season, no `Y` year, no level
 * 2 qualifier inside the date), and no time of day. `XXXX` is level 1 too, but any year at all is no period a
 * timeline can place: we reject it, and so leave it to "beyond the subset".
 */
function inSubset(text) {
  return text.split('/').every((side) => {
    if (side === '' || side === '..') return true;
    if (side.includes('T') || side.startsWith('XXXX')) return false;
    try {
      return parse(side, { level: 1, types: ['Date'] }).type === 'Date';
    } catch {
      return false;
    }
  });
}

const FEBRUARY_29 = /^(-?\d{4})-02-29/;
const isLeapYear = (year) => (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
const someSide = (text, pattern) => text.split('/').some((side) => pattern.test(side));

/**
 * The oracle accepts 29 February in every year and rolls it over to 1 March where its calendar has no such
 * day (`edtf('2023-02-29').edtf` is `'2023-03-01'`). ISO 8601's calendar has none in 2023, so we reject it.
 * Its calendar is also wrong for year 0, a leap year (divisible by 400): it has no 29 February there, as if
 * year 0 were 1900 (the two-digit-year trap of `Date.UTC`), so it also rolls 0000-02-29 over, makes
 * 0000-02-28 two days long and 0000-02-XX end on 2 March.
 */
const onFebruary29 = (text) => someSide(text, FEBRUARY_29) || someSide(text, /^0000-02-(28|XX)/);

/**
 * An unspecified month or day in a year before 1 BCE: the oracle counts it backwards (`-0043-XX` from
 * 1 December to the end of January). It is the same period as the date without it: `-0043-XX` is `-0043`.
 */
const isUnspecifiedBeforeYear0 = (text) => someSide(text, /^-\d{4}-(\d\d-)?XX/);

/**
 * The oracle's `-000X` and `-00XX` lose their sign (`edtf('-00XX').edtf` is `'00XX'`, years 0 to 99: -0 is
 * 0). They are the years -9 to 0 and -99 to 0.
 */
const isSignedZeroDecadeOrCentury = (text) => /^-0+X+$/.test(text);

/** Neither end a date: the oracle accepts `/`, `../..`, `../` and `/..`; such an interval places nothing. */
const isOpenAtBothEnds = (text) => /^(\.\.)?\/(\.\.)?$/.test(text);

/**
 * The oracle orders an interval by its ends' first instants, strictly: `2014/2014` (the year 2014) and
 * `2014-06/2014` (from June to some time in 2014) are "invalid upper bound". We keep the rule that date/end
 * pairs already follow (dates.ts, endsBeforeItStarts): an end is wrong only when its period is over before
 * the start's begins. Both accept `2014/2014-06` and reject `2014/2013`.
 */
function ordersDifferently(text) {
  const [start, end] = text.split('/').map((side) => parseEdtf(side));
  if (!start?.date || !end?.date) return false;
  const oracleAllows = edtfSpan(end.date).start > edtfSpan(start.date).start;
  const weAllow = edtfSpan(end.date).end > edtfSpan(start.date).start;
  return oracleAllows !== weAllow;
}

const DISAGREEMENTS = [
  onFebruary29,
  isUnspecifiedBeforeYear0,
  isSignedZeroDecadeOrCentury,
  isOpenAtBothEnds,
  ordersDifferently,
];
const isDisagreement = (text) => DISAGREEMENTS.some((disagrees) => disagrees(text));

/** The oracle's first and end instant of one end: its `min`, and its `max` (the last millisecond) plus 1. */
function oracleSpan(value) {
  return { start: value.min, end: value.max + 1 };
}

function oracleEnd(bound) {
  if (bound === null) return 'unknown';
  if (bound === Infinity) return 'open';
  return bound;
}

const texts = corpus();
const verdicts = texts.map((text) => ({ text, ours: parseEdtf(text), oracle: askOracle(text) }));
const compared = verdicts.filter(
  ({ text, oracle }) => (!oracle.parsed || inSubset(text)) && !isDisagreement(text),
);
const beyondSubset = verdicts.filter(({ text, oracle }) => oracle.parsed && !inSubset(text));

describe('parseEdtf against the edtf package', () => {
  it('is given a corpus of over a thousand strings, most of them compared', (t) => {
    t.diagnostic(
      `${texts.length} strings, ${compared.length} compared, ${beyondSubset.length} beyond the subset`,
    );
    assert.ok(compared.length > 1000);
  });

  it('accepts what the oracle accepts, within the subset, and nothing else', () => {
    const mismatches = compared
      .filter(({ ours, oracle }) => 'error' in ours === Boolean(oracle.value))
      .map(
        ({ text, ours, oracle }) => `${text}: ours ${ours.error ?? 'ok'}, oracle ${oracle.thrown ?? 'ok'}`,
      );
    assert.deepEqual(mismatches, []);
  });

  it('covers the same instants, with the same qualifiers', (t) => {
    const differences = [];
    let count = 0;
    for (const { text, ours, oracle } of compared) {
      if ('error' in ours) continue;
      count++;
      if (ours.kind === 'date') {
        const actual = {
          ...edtfSpan(ours.date),
          approximate: ours.date.approximate,
          uncertain: ours.date.uncertain,
        };
        const expected = {
          ...oracleSpan(oracle.value),
          approximate: Boolean(oracle.value.approximate.value),
          uncertain: Boolean(oracle.value.uncertain.value),
        };
        if (JSON.stringify(actual) !== JSON.stringify(expected)) differences.push({ text, actual, expected });
      } else {
        const side = (end, pick) => (typeof end === 'string' ? end : edtfSpan(end)[pick]);
        const oracleSide = (bound, pick) => {
          const end = oracleEnd(bound);
          return typeof end === 'string' ? end : oracleSpan(end)[pick];
        };
        const actual = [side(ours.start, 'start'), side(ours.end, 'end')];
        const expected = [oracleSide(oracle.value.lower, 'start'), oracleSide(oracle.value.upper, 'end')];
        if (JSON.stringify(actual) !== JSON.stringify(expected)) differences.push({ text, actual, expected });
      }
    }
    t.diagnostic(`${count} accepted strings compared`);
    assert.deepEqual(differences, []);
  });

  it('rejects, with a reason, the EDTF beyond the subset that the oracle accepts', (t) => {
    t.diagnostic(`${beyondSubset.length} strings beyond the subset`);
    const beyond = new Set(beyondSubset.map(({ text }) => text));
    const notBeyond = BEYOND_SUBSET.filter((text) => !beyond.has(text));
    assert.deepEqual(notBeyond, [], 'the oracle accepts each, and none is in the subset');
    assert.deepEqual(parseEdtf('2014-21'), { error: 'seasons (21–24) are not supported' });
    assert.deepEqual(parseEdtf('2014-06-01T10:00'), { error: 'times of day are not supported' });
    assert.deepEqual(parseEdtf('1XXX'), {
      error: 'at most two unspecified digits (X), as in 201X or 19XX',
    });
    const accepted = beyondSubset.filter(({ ours }) => !('error' in ours)).map(({ text }) => text);
    assert.deepEqual(accepted, []);
  });

  describe('where the oracle is not followed', () => {
    it('29 February: only in leap years, year 0 included', () => {
      const february29 = verdicts.filter(({ text }) => FEBRUARY_29.test(text));
      assert.ok(february29.length >= DAY_YEARS.length);
      for (const { text, ours } of february29) {
        const leap = isLeapYear(Number(FEBRUARY_29.exec(text)[1]));
        assert.equal('error' in ours, !leap, text);
      }
      assert.equal(edtf('2023-02-29').edtf, '2023-03-01');
      assert.equal(edtf('0000-02-29').edtf, '0000-03-01');
      assert.deepEqual(parseEdtf('2023-02-29'), { error: 'day 29 is not in February 2023' });
      const span = (text) => edtfSpan(parseEdtf(text).date);
      const day = 24 * 60 * 60 * 1000;
      assert.equal(span('0000-02-28').end, span('0000-02-29').start);
      assert.equal(span('0000-02-29').end - span('0000-02-29').start, day);
      assert.equal(span('0000-02-XX').end, span('0000-03').start);
    });

    it('an unspecified month or day before year 0 is the period of the date without it', () => {
      const span = (text) => edtfSpan(parseEdtf(text).date);
      const unspecified = verdicts.filter(
        ({ text }) => isUnspecifiedBeforeYear0(text) && !text.includes('/'),
      );
      assert.ok(unspecified.length > 10);
      for (const { text } of unspecified)
        assert.deepEqual(span(text), span(text.replace(/(-XX)+$/, '')), text);
      assert.equal(new Date(edtf('-0043-XX').min).getUTCMonth(), 11);
    });

    it('-000X and -00XX keep their sign', () => {
      assert.equal(edtf('-00XX').edtf, '00XX');
      const span = (text) => edtfSpan(parseEdtf(text).date);
      // setUTCFullYear, not Date.UTC, which reads years 0–99 as 1900–1999.
      const newYear = (year) => new Date(0).setUTCFullYear(year, 0, 1);
      assert.deepEqual(span('-00XX'), { start: newYear(-99), end: newYear(1) });
      assert.deepEqual(span('-000X'), { start: newYear(-9), end: newYear(1) });
    });

    it('an interval open or unknown at both ends is rejected', () => {
      for (const text of ['/', '../..', '../', '/..']) {
        assert.ok(askOracle(text).value, `the oracle accepts ${text}`);
        assert.deepEqual(parseEdtf(text), { error: 'an interval cannot be open at both ends' });
      }
    });

    it("an interval's end may start before its start, if it ends after it", (t) => {
      const reordered = verdicts.filter(({ text }) => ordersDifferently(text));
      t.diagnostic(`${reordered.length} intervals ordered differently`);
      for (const { text, ours, oracle } of reordered) {
        assert.match(oracle.thrown, /invalid upper bound/, text);
        assert.equal(ours.kind, 'interval', text);
      }
      assert.ok(reordered.some(({ text }) => text === '2014/2014'));
      assert.ok(reordered.some(({ text }) => text === '2014-06/2014'));
    });
  });
});
