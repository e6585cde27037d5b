/**
 * An active charter whose cadence the config does not allow (`reports.cadences`), typically because the config changed
 * after the group was chartered: a warning saying on which cadence wgbot counts its reports meanwhile (cadenceOf in
 * decide/report-periods.ts), so the reminders the chairs get are not a surprise. Inactive and retired groups report on
 * nothing, and reviving one checks it again.
 */
import { defineRule } from "../rule.ts";
import { cadenceWording, disallowedCadence } from "./cadence-not-allowed.ts";
import type { CharterInput } from "./input.ts";

export const cadenceCounted = defineRule<CharterInput>({
  id: "cadence-counted",
  code: "rule.cadence-counted",
  severity: "warning",
  configKeys: ["reports.cadences"],
  check(input, config, _now, report) {
    const cadence = disallowedCadence(input, config);
    if (cadence === undefined || input.charter.status !== "active") return [];
    const { message, hint } = cadenceWording(cadence, config);
    return [
      report(
        ["reporting", "cadence"],
        `${message} Until the charter says so, wgbot expects its reports ${config.reports.cadences[0]}.`,
        hint,
      ),
    ];
  },
});
