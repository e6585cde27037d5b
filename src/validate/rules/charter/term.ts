/** Calendar arithmetic for a charter's term. */
import { addMonths } from "../../../util/dates.ts";

/**
 * The date `months` after a YYYY-MM-DD date (before it when negative), on the same day of the month or the
 * month's last day (2025-01-31 plus one month is 2025-02-28). Whole months elapsed are not enough: 2027-02-14 is
 * 24 whole months after 2025-01-15, but it is more than 24 months after it.
 */
export function monthsAfter(date: string, months: number): string {
  const month = addMonths(date.slice(0, 7), months);
  const [year, m] = month.split("-").map(Number) as [number, number];
  const lastDay = new Date(Date.UTC(year, m, 0)).getUTCDate();
  return `${month}-${String(Math.min(Number(date.slice(8, 10)), lastDay)).padStart(2, "0")}`;
}
