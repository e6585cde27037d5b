/**
 * PSF Grants do not cover swag (`grants.not_covered`; the current PSF charter adds prizes, personal travel and
 * hackathons). Each such budget item is named and left out of the sums; the request is labelled so the Grants WG
 * sees it. A warning: other funding can pay for the item.
 */
import { listing } from "../../../util/text.ts";
import { defineRule } from "../../../validate/rules/rule.ts";
import { formatAmount } from "../../money.ts";
import { quote } from "./figures.ts";
import type { GrantInput } from "./input.ts";

export const notCovered = defineRule<GrantInput>({
  id: "not-covered",
  code: "rule.grant-not-covered",
  severity: "warning",
  label: "not_covered",
  configKeys: ["grants.not_covered"],
  check({ budget }, _config, _now, report) {
    return budget
      .filter((l) => l.notCovered.length > 0)
      .map(({ index, item, currency, notCovered: kinds }) =>
        report(
          ["budget", index],
          `The budget item ${quote(item.description)} (${formatAmount(item.cost, currency)}) is not covered: ${listing(kinds)}; it is not counted.`,
          `Grants do not cover ${listing(kinds, "or")}. Remove the item, and its cost from the amount requested; other funding can pay for it.`,
        ),
      );
  },
});
