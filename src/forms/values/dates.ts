/**
 * Dates as people type them. ISO `YYYY-MM-DD` first (also `2027/03/14`, `2027.3.14`); then the unambiguous
 * `14 March 2027`, `14 Mar 2027`, `March 14, 2027`, `Saturday, 14 March 2027`; numeric day/month dates only
 * when they cannot be misread (`14/03/2027`). `03/04/2027` could be either and gets a request for YYYY-MM-DD.
 */
import { MONTH_NAMES } from "../../util/dates.ts";
import { quote, stripChars } from "../markdown.ts";
import { fail, ok, type ValueResult } from "./result.ts";

export const DATE_HINT = "Write the date as YYYY-MM-DD, e.g. 2027-03-14.";

const MONTHS = new Map<string, number>();
MONTH_NAMES.forEach((name, i) => {
  MONTHS.set(name.toLowerCase(), i + 1);
  MONTHS.set(name.slice(0, 3).toLowerCase(), i + 1);
});
MONTHS.set("sept", 9);

const WEEKDAY = /^(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*\.?,?\s+/i;
const ISO = /^(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})(?:T[\d:.]+Z?)?$/;
const DAY_MONTH = /^(\d{1,2})(?:st|nd|rd|th)?\.?(?:\s+of)?\s+([a-z]+)\.?,?\s+(\d{4})$/i;
const MONTH_DAY = /^([a-z]+)\.?\s+(\d{1,2})(?:st|nd|rd|th)?,?\s+(\d{4})$/i;
const NUMERIC = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{2}|\d{4})$/;

/** "14 March 2027" → "2027-03-14", or why not. */
export function parseFormDate(text: string): ValueResult<string> {
  if (text.length > 100) return fail(`${quote(text)} is not a date wgbot can read.`, DATE_HINT);
  const t = stripChars(text.trim(), "`*_\"'").replace(/\s+/g, " ").replace(/\.$/, "").replace(WEEKDAY, "");
  if (t === "") return fail("No date given.", DATE_HINT);
  let m = ISO.exec(t);
  if (m) return checked(Number(m[1]), Number(m[2]), Number(m[3]), text);
  m = DAY_MONTH.exec(t);
  if (m) return named(Number(m[3]), m[2] as string, Number(m[1]), text);
  m = MONTH_DAY.exec(t);
  if (m) return named(Number(m[3]), m[1] as string, Number(m[2]), text);
  m = NUMERIC.exec(t);
  if (m) return numeric(Number(m[1]), Number(m[2]), m[3] as string, text);
  if (/\d\s*(?:-|–|—|to|until)\s*\d/.test(t) && /\d{4}/.test(t))
    return fail(`${quote(text)} looks like a range of dates; this field takes one date.`, DATE_HINT);
  return fail(`${quote(text)} is not a date wgbot can read.`, DATE_HINT);
}

function named(year: number, monthName: string, day: number, text: string): ValueResult<string> {
  const month = MONTHS.get(monthName.toLowerCase());
  if (month === undefined) return fail(`${quote(text)} is not a date wgbot can read.`, DATE_HINT);
  return checked(year, month, day, text);
}

function numeric(a: number, b: number, yearText: string, text: string): ValueResult<string> {
  if (yearText.length === 2)
    return fail(`${quote(text)} has a two-digit year.`, `${DATE_HINT} Write the year in full.`);
  const year = Number(yearText);
  if (a > 12 && b <= 12) return checked(year, b, a, text);
  if (b > 12 && a <= 12) return checked(year, a, b, text);
  if (a === b) return checked(year, a, a, text);
  if (a > 12 && b > 12) return fail(`${quote(text)} is not a real date.`, DATE_HINT);
  return fail(
    `${quote(text)} could be ${MONTH_NAMES[b - 1]} ${a} or ${MONTH_NAMES[a - 1]} ${b}.`,
    `Write the date as YYYY-MM-DD: ${iso(year, b, a)} or ${iso(year, a, b)}.`,
  );
}

function checked(year: number, month: number, day: number, text: string): ValueResult<string> {
  if (year < 1900 || year > 2999) return fail(`${quote(text)} has an unlikely year, ${year}.`, DATE_HINT);
  if (month < 1 || month > 12)
    return fail(`${quote(text)} is not a real date: there is no month ${month}.`, DATE_HINT);
  const days = new Date(Date.UTC(year, month, 0)).getUTCDate();
  if (day < 1 || day > days)
    return fail(
      `${quote(text)} is not a real date: ${MONTH_NAMES[month - 1]} ${year} has ${days} days.`,
      DATE_HINT,
    );
  return ok(iso(year, month, day));
}

function iso(year: number, month: number, day: number): string {
  return `${String(year).padStart(4, "0")}-${String(month).padStart(2, "0")}-${String(day).padStart(2, "0")}`;
}
