/**
 * The one reader of numbers written as amounts, for form answers, budget lines and comment commands alike, so the
 * same text is the same amount (or the same error) wherever it is typed.
 *
 * Separators: when `,` and `.` both appear, the last one is the decimal separator (`12.500,00` = 12500,
 * `1,234.5` = 1234.5). When only one kind appears: several of them are thousands separators (`1.234.567`);
 * a single one followed by exactly three digits is a thousands separator (`12,500` = 12500, `4.500` = 4500,
 * since money is never written with three decimals), otherwise a decimal one (`12,50` = 12.5). Spaces,
 * apostrophes and underscores group thousands too (`5_000` = 5000, as programmers write it), and Indian grouping
 * is read (`2,00,000` = 200000). A `k` right after the number multiplies by 1,000 (`12.5k` = 12500): people
 * write budgets that way and it is not ambiguous.
 *
 * Refused with a clear error, never read as something else: a sign (`-500`, `+500`: costs are never negative),
 * more than two decimals (`0.001`), separators that do not group by three (`9,,0`, `50_00`), a number too large
 * to hold, an exponent (`1e308`) and digits of other scripts (`９０００`); a leading `.` (`.5`).
 */
import { quote } from "../markdown.ts";
import { type CurrencyMarker, currencyMarkers, type MoneyConfig, markerCode } from "./currency.ts";
import { fail, ok, type ValueResult } from "./result.ts";

export const HINT_NUMBER =
  "Write the amount with digits and its currency, e.g. `12,500 USD` or `4.500,50 €`.";

/** "12.500,00" → 12500. The whole string must be a number: digits, separators, nothing else. */
export function parseNumber(raw: string): ValueResult<number> {
  const text = raw
    .trim()
    .replace(/[\u00A0\u202F\u2009]/g, " ")
    .replace(/’/g, "'");
  if (!/^\d[\d.,' _]*$/.test(text) || !/\d$/.test(text))
    return fail(`${quote(raw)} is not a number.`, HINT_NUMBER);
  const seps = text.replace(/\d+/g, "").split("");
  const parts = text.split(/[.,' _]/);
  if (seps.length === 0) return finite(raw, Number(text));
  const last = seps[seps.length - 1] as string;
  let decimal: string | undefined;
  if ((last === "." || last === ",") && seps.filter((s) => s === last).length === 1) {
    if (seps.length > 1) decimal = last;
    else {
      const whole = parts[0] as string;
      const fraction = parts[1] as string;
      const thousands = fraction.length === 3 && whole !== "0" && whole.length <= 3;
      if (!thousands) decimal = last;
    }
  }
  if (decimal && (parts[parts.length - 1] as string).length > 2)
    return fail(
      `${quote(raw)} has more than two decimals: amounts are written to the cent at most.`,
      HINT_NUMBER,
    );
  const groupSeps = decimal ? seps.slice(0, -1) : seps;
  const groups = decimal ? parts.slice(0, -1) : parts;
  const western = (groups[0] as string).length <= 3 && groups.slice(1).every((g) => g.length === 3);
  // Indian grouping: 2,00,000 = 200000 (lakh), 1,00,00,000 (crore).
  const indian =
    groupSeps[0] === "," &&
    (groups[0] as string).length <= 2 &&
    groups.slice(1, -1).every((g) => g.length === 2) &&
    groups[groups.length - 1]?.length === 3;
  const wellGrouped =
    new Set(groupSeps).size <= 1 &&
    (groupSeps.length === 0 || western || indian) &&
    !(decimal && groupSeps[0] === decimal);
  if (!wellGrouped)
    return fail(
      `${quote(raw)} is not a number wgbot can read: its separators do not group thousands by three.`,
      HINT_NUMBER,
    );
  return finite(raw, Number(groups.join("") + (decimal ? `.${parts[parts.length - 1]}` : "")));
}

function finite(raw: string, value: number): ValueResult<number> {
  return Number.isFinite(value)
    ? ok(value)
    : fail(`${quote(raw)} is too large to be an amount.`, HINT_NUMBER);
}

/**
 * Why a text that holds no readable number cannot be read, when it holds something people mean as one:
 * an exponent or digits of another script. Undefined when there is nothing number-like at all.
 */
export function unreadableNumber(text: string): ValueResult<never> | undefined {
  const exponent = /\d[eE][-+−]?\d+/.exec(text);
  if (exponent)
    return fail(
      `${quote(exponent[0])} is not an amount wgbot can read: write the number with all its digits.`,
      HINT_NUMBER,
    );
  const foreign = /(?:(?![0-9])\p{Nd})+/u.exec(text);
  if (foreign)
    return fail(
      `${quote(foreign[0])} is written with digits wgbot cannot read: use the digits 0 to 9.`,
      HINT_NUMBER,
    );
  return undefined;
}

export interface AmountToken {
  /** Offsets of the number in the text (the `k` included). */
  start: number;
  end: number;
  raw: string;
  /** The value, or why the number cannot be read. */
  value: ValueResult<number>;
  /** The currency written right next to it, resolved to an ISO code, and where that marker is. */
  currency?: CurrencyMarker;
  /** Followed by a counting word (`2 days`, `150 people`): a quantity, not a cost. */
  quantity: boolean;
  /** A second currency on the other side of the number (`$9000 EUR`): the amount says two things. */
  otherCurrency?: CurrencyMarker;
}

const QUANTITY =
  /^\s*(?:days?|nights?|hours?|hrs?|weeks?|months?|people|persons?|attendees?|participants?|speakers?|volunteers?|kids?|children|rooms?|tickets?|pcs|pieces?|units?|items?|sessions?|tables?|seats?|meals?|x\b|×)/iu;

/** Dates, times, percentages and issue numbers hold digits that are never amounts. */
const NOT_AMOUNTS =
  /\d{4}-\d{1,2}-\d{1,2}|\d{1,4}\/\d{1,2}\/\d{1,4}|\b\d{1,2}(?:st|nd|rd|th)?\s+(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?(?:,?\s+\d{4})?\b|\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+\d{1,2}(?!\d)(?:st|nd|rd|th)?(?:,?\s+\d{4})?|\b\d{1,2}:\d{2}\b|(?<![\d.,])\d+(?:[.,]\d+)?\s?%|#\d+/giu;

/** A cheap test first: most budget lines have none of these, and the full pattern is the costliest step. */
const MAY_HOLD_NON_AMOUNTS = /[-/:%#]|jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec/i;

const isDigit = (c: string | undefined): boolean => c !== undefined && c >= "0" && c <= "9";
const isSpace = (c: string | undefined): boolean =>
  c === " " || c === "\u00A0" || c === "\u202F" || c === "\u2009";
const isLetter = (c: string | undefined): boolean => c !== undefined && /\p{L}/u.test(c);

/** Separators that may sit between digits; a run of them (`9,,0`) makes one unreadable number, never two. */
const isSeparator = (c: string | undefined): boolean =>
  c === "." || c === "," || c === "'" || c === "’" || c === "_";
const isSign = (c: string | undefined): boolean => c === "-" || c === "+" || c === "−";

/**
 * Every number in the text that could be an amount, with the currency written next to it. Numbers glued to
 * words (`3rd`, `A4`, `10am`), dates, times and percentages are skipped. Linear in the text's length.
 */
export function scanAmounts(text: string, config?: MoneyConfig): AmountToken[] {
  const masked = MAY_HOLD_NON_AMOUNTS.test(text)
    ? text.replace(NOT_AMOUNTS, (m) => " ".repeat(m.length))
    : text;
  const markers = currencyMarkers(text, config);
  const tokens: AmountToken[] = [];
  let i = 0;
  while (i < masked.length) {
    const before = masked[i - 1];
    const twoBefore = masked[i - 2];
    if (
      !isDigit(masked[i]) ||
      isDigit(before) ||
      (isLetter(before) && !gluedCodeBefore(masked, i, config)) || // `A4`, but `USD12`
      before === "_" ||
      ((before === "." || before === ",") && (isDigit(twoBefore) || isLetter(twoBefore))) || // v1.2
      (before === "-" && isLetter(twoBefore)) // COVID-19
    ) {
      i++;
      continue;
    }
    // `.5` is read as the unreadable number it is, never as 5.
    const start = before === "." && twoBefore !== "." ? i - 1 : i;
    let group = 0;
    let spaceGrouped = true;
    let separators = 0;
    while (i < masked.length) {
      const c = masked[i];
      let run = i;
      while (isSeparator(masked[run])) run++;
      if (isDigit(c)) {
        group++;
        i++;
      } else if (run > i && isDigit(masked[run])) {
        spaceGrouped = false;
        separators++;
        group = 0;
        i = run;
      } else if (
        isSpace(c) &&
        group <= 3 &&
        (spaceGrouped || separators === 0) &&
        /^\d{3}(?!\d)/.test(masked.slice(i + 1, i + 5))
      ) {
        separators++;
        group = 0;
        i++;
      } else break;
    }
    let end = i;
    const raw = text.slice(start, end);
    let thousands = false;
    if ((masked[end] === "k" || masked[end] === "K") && !isLetter(masked[end + 1])) {
      thousands = true;
      end++;
    }
    const glued = isLetter(masked[end]) ? /^\p{L}+/u.exec(masked.slice(end))?.[0] : undefined;
    if (glued && !markerCode(glued, config)) {
      i = end;
      continue; // `3rd`, `10am`, `2x`: part of a word
    }
    const around = adjacentMarkers(text, markers, start, end);
    let value = parseNumber(raw);
    if (value.ok && thousands) value = ok(Math.round(value.value * 100_000) / 100);
    const sign = signBefore(masked, start, around.before);
    if (sign !== undefined)
      value = fail(
        `${quote(text.slice(sign, end))} has a sign: an amount is written without \`-\` or \`+\`, and is more than zero.`,
        HINT_NUMBER,
      );
    const currency = around.before ?? around.after;
    tokens.push({
      start,
      end,
      raw: text.slice(start, end),
      value,
      currency,
      quantity: !currency && QUANTITY.test(masked.slice(end, end + 16)),
      ...(around.before && around.after ? { otherCurrency: around.after } : {}),
    });
    i = end;
  }
  return tokens;
}

/**
 * Where a sign glued to the number starts (`-500`, `+500`, `−500`, `-$500`, `$-500`), or undefined. A dash after a
 * digit or a letter is a range or a name (`500-700`, `COVID-19`), not a sign.
 */
function signBefore(text: string, start: number, marker: CurrencyMarker | undefined): number | undefined {
  const at = (p: number) => isSign(text[p - 1]) && !isDigit(text[p - 2]) && !isLetter(text[p - 2]);
  if (at(start)) return start - 1;
  if (marker && marker.end === start && at(marker.start)) return marker.start - 1;
  return undefined;
}

/** Whether the letters right before position i are a currency code (`USD12,500`). */
function gluedCodeBefore(text: string, i: number, config?: MoneyConfig): boolean {
  const letters = /\p{L}+$/u.exec(text.slice(Math.max(0, i - 8), i))?.[0];
  return letters !== undefined && markerCode(letters, config) !== undefined;
}

/** The currencies written right before (`$12`, `USD 12`) and right after (`12 €`, `12USD`) a number. */
function adjacentMarkers(
  text: string,
  markers: readonly CurrencyMarker[],
  start: number,
  end: number,
): { before?: CurrencyMarker; after?: CurrencyMarker } {
  // Markers are in text order: binary search for the first one after the number (O(log n) per number).
  let lo = 0;
  let hi = markers.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((markers[mid] as CurrencyMarker).start < end) lo = mid + 1;
    else hi = mid;
  }
  const before = markers[lo - 1];
  const after = markers[lo];
  return {
    ...(before && before.end <= start && start - before.end <= 2 && !text.slice(before.end, start).trim()
      ? { before }
      : {}),
    ...(after && after.start - end <= 2 && !text.slice(end, after.start).trim() ? { after } : {}),
  };
}
