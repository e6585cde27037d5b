/** An end date records when a work group stopped: a proposed or active one has none (a revived one loses it). */
import { defineRule } from "../rule.ts";
import type { CharterInput } from "./input.ts";
import { hasStopped } from "./missing-end.ts";

export const endWhileActive = defineRule<CharterInput>({
  id: "end-while-active",
  code: "rule.end-while-active",
  severity: "error",
  configKeys: [],
  check({ charter }, _config, _now, report) {
    if (charter.active_time.end === undefined || hasStopped(charter)) return [];
    return [
      report(
        ["active_time", "end"],
        `An end date is set but the status is \`${charter.status}\`.`,
        "Remove `end` (a revived work group has no end date), or set the status to inactive or retired.",
      ),
    ];
  },
});
