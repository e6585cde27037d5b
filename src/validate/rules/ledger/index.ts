/**
 * The grants ledger rules — what the schema cannot express — in the order their findings are listed. Each is one
 * module (see ../rule.ts); a new rule is a new module and a line here. Across files, src/validate/ledger.ts checks
 * that no two records claim one request.
 */
import { ledgerAmounts } from "./amounts.ts";
import { ledgerGranted } from "./granted.ts";
import type { LedgerRule } from "./input.ts";
import { ledgerPlace } from "./place.ts";

export const LEDGER_RULES: readonly LedgerRule[] = [ledgerPlace, ledgerGranted, ledgerAmounts];
