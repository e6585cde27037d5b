/**
 * A ledger file sits at `<year>/<issue>-<slug>.yml`: the year of its decision and its issue. When they disagree, the
 * cap per organisation counts the grant in the wrong year, or two files can claim one request.
 */
import { defineRule } from "../rule.ts";
import type { LedgerInput } from "./input.ts";

export const ledgerPlace = defineRule<LedgerInput>({
  id: "place",
  code: "rule.ledger-place",
  severity: "error",
  configKeys: ["paths.grants"],
  check({ record, place }, _config, _now, report) {
    const found = [];
    if (record.issue !== place.issue)
      found.push(
        report(
          ["issue"],
          `The record is about issue #${record.issue}, but its file name starts with ${place.issue}.`,
          `Name the file after issue ${record.issue}, or correct \`issue\`.`,
        ),
      );
    const year = Number(record.decided.on.slice(0, 4));
    if (year !== place.year)
      found.push(
        report(
          ["decided", "on"],
          `The decision was made in ${year}, but the file is in the ${place.year} folder.`,
          `Move the file to the ${year} folder: the cap per organisation counts a grant in the year it was decided.`,
        ),
      );
    return found;
  },
});
