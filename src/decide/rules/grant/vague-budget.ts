/**
 * PSF Grants: a budget must be detailed, each item tied to a specific cost. A line such as "Miscellaneous" or
 * "Other", or a budget that is one line for everything ("Venue, catering and travel"), leaves the Grants WG guessing; a suggestion, since the
 * request can still be reviewed, but one that saves a round of questions.
 */
import { defineRule } from "../../../validate/rules/rule.ts";
import { formatAmount } from "../../money.ts";
import { quote } from "./figures.ts";
import type { GrantInput } from "./input.ts";
import { stems } from "./not-covered-match.ts";

/** Budget lines that say nothing about what they pay for, compared as stems of their words (see not-covered-match.ts). */
const VAGUE = [
  "misc",
  "miscellaneous",
  "miscellaneous costs",
  "miscellaneous expenses",
  "misc costs",
  "misc expenses",
  "other",
  "other costs",
  "other expenses",
  "other items",
  "various",
  "various costs",
  "various expenses",
  "general",
  "general costs",
  "general expenses",
  "sundries",
  "costs",
  "expenses",
  "etc",
  "tbd",
  "tbc",
  "everything",
  "all costs",
  "all expenses",
  "event costs",
  "event expenses",
  "contingency",
  "buffer",
].map((w) => stems(w).join(" "));

/** Whether a line's description is only a vague word, whatever its case or punctuation. */
export function isVague(description: string): boolean {
  return VAGUE.includes(stems(description).join(" "));
}

/** "Venue, catering and AV", "Venue + food": a line that names several costs (with one cost for them all). */
export function namesSeveralCosts(description: string): boolean {
  return description.split(/\s*(?:[,;&+/]|\band\b)\s*/i).filter((part) => part.trim() !== "").length >= 2;
}

export const vagueBudget = defineRule<GrantInput>({
  id: "vague-budget",
  code: "rule.grant-vague-budget",
  severity: "suggestion",
  configKeys: [],
  check({ request, budget }, _config, _now, report) {
    const only = budget.length === 1 ? budget[0] : undefined;
    if (only && (isVague(only.item.description) || namesSeveralCosts(only.item.description))) {
      return [
        report(
          ["budget"],
          `The budget is one line for everything: ${quote(only.item.description)}, ${formatAmount(only.item.cost, only.currency)}.`,
          "Split it into the costs it is made of (venue, catering, captioning, travel support…), one per line, each with its cost: the Grants WG funds specific costs.",
        ),
      ];
    }
    return budget
      .filter((l) => isVague(l.item.description) && (l.item.category ?? "").trim() === "")
      .map((l) =>
        report(
          ["budget", l.index],
          `The budget item ${quote(l.item.description)} (${formatAmount(l.item.cost, l.currency)}) does not say what it pays for.`,
          `Name the costs it covers, one per line, or leave it out${request.budget.length > 1 ? " if it is a margin for the unexpected" : ""}: the Grants WG funds specific costs.`,
        ),
      );
  },
});
