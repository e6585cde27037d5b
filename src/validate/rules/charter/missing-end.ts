/** An inactive or retired work group records the date it stopped: reports after it are refused, and it can be revived. */
import type { Charter } from "../../../generated/charter.ts";
import { defineRule } from "../rule.ts";
import type { CharterInput } from "./input.ts";

export function hasStopped(charter: Charter): boolean {
  return charter.status === "inactive" || charter.status === "retired";
}

export const missingEnd = defineRule<CharterInput>({
  id: "missing-end",
  code: "rule.missing-end",
  severity: "error",
  configKeys: [],
  check({ charter }, _config, _now, report) {
    if (charter.active_time.end !== undefined || !hasStopped(charter)) return [];
    return [
      report(
        ["status"],
        `A work group with status \`${charter.status}\` needs \`active_time.end\`, the date it stopped.`,
        "Add e.g. `end: 2025-06-30` under `active_time`.",
      ),
    ];
  },
});
