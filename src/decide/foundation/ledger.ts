/** The grants ledger as the dashboard shows it: D's yearly totals, and the decisions month by month for a chart. */
import { addMonths } from "../../util/dates.ts";
import { type LedgerEntry, yearlyTotals } from "../ledger-totals.ts";
import { roundCents } from "../money.ts";
import type { LedgerMonth, LedgerView } from "./model.ts";

export function ledgerView(entries: readonly LedgerEntry[], base: string): LedgerView {
  const byMonth = new Map<string, LedgerMonth>();
  for (const { record } of entries) {
    const month = record.decided.on.slice(0, 7);
    const m = byMonth.get(month) ?? { month, approved: 0, declined: 0, granted: 0 };
    if (record.outcome === "approved") {
      m.approved++;
      m.granted = roundCents(m.granted + (record.granted_base ?? 0));
    } else m.declined++;
    byMonth.set(month, m);
  }
  const known = [...byMonth.keys()].sort();
  const months: LedgerMonth[] = [];
  const last = known[known.length - 1];
  // Every month in between, so a quiet month shows as an empty bar rather than disappearing.
  for (
    let month = known[0];
    month !== undefined && last !== undefined && month <= last;
    month = addMonths(month, 1)
  )
    months.push(byMonth.get(month) ?? { month, approved: 0, declined: 0, granted: 0 });
  return { base, years: yearlyTotals(entries), months };
}
