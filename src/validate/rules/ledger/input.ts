/** What the grants ledger rules read: the record, and where its file sits. */
import type { GrantRecord } from "../../../generated/ledger.ts";
import type { Rule } from "../rule.ts";

export interface LedgerInput {
  record: GrantRecord;
  /** The year folder and the issue number in the file's name. */
  place: { year: number; issue: number };
}

export type LedgerRule = Rule<LedgerInput>;

/** Two amounts that agree to the cent (a product of a rate is rounded to cents when it is recorded). */
export function sameCents(a: number, b: number): boolean {
  return Math.abs(a - b) < 0.011;
}

const whole = new Intl.NumberFormat("en-US", { maximumFractionDigits: 2 });

/** `9,720 USD` (validate/ sits below decide/, so it does not borrow decide/money.ts). */
export function money(amount: number, currency: string): string {
  return `${whole.format(amount)} ${currency}`;
}

/** Rounds to cents. */
export function cents(amount: number): number {
  return Math.round(amount * 100) / 100;
}
