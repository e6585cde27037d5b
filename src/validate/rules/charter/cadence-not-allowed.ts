/**
 * A proposed charter reports on a cadence the config allows (`reports.cadences`; psf: monthly only) before it goes to
 * the board. A chartered group whose cadence the config stopped allowing is told how its reports are counted instead
 * (cadence-counted.ts): an error would make its charter unreadable, and the sweep would stop looking at the group.
 */
import type { Config } from "../../../config/types.ts";
import { listing } from "../../../util/text.ts";
import { defineRule } from "../rule.ts";
import type { CharterInput } from "./input.ts";

/** Whether a cadence is one the config allows; cadenceOf (decide/report-periods.ts) asks it too. */
export function cadenceAllowed(cadence: string, reports: Pick<Config["reports"], "cadences">): boolean {
  return reports.cadences.length === 0 || (reports.cadences as readonly string[]).includes(cadence);
}

/** The cadence a charter chose when the config does not allow it; none when it chose none or an allowed one. */
export function disallowedCadence(input: CharterInput, config: Config): string | undefined {
  const cadence = input.charter.reporting?.cadence;
  return cadence === undefined || cadenceAllowed(cadence, config.reports) ? undefined : cadence;
}

/** "its work groups report monthly", and the hint naming what to write. */
export function cadenceWording(cadence: string, config: Config): { message: string; hint: string } {
  const allowed = config.reports.cadences.map((c) => `\`${c}\``);
  return {
    message: `The reporting cadence is \`${cadence}\`, which this foundation does not use: its work groups report ${listing(config.reports.cadences, "or")}.`,
    hint: `Set \`reporting.cadence\` to ${listing(allowed, "or")}.`,
  };
}

export const cadenceNotAllowed = defineRule<CharterInput>({
  id: "cadence-not-allowed",
  code: "rule.cadence-not-allowed",
  severity: "error",
  configKeys: ["reports.cadences"],
  check(input, config, _now, report) {
    const cadence = disallowedCadence(input, config);
    if (cadence === undefined || input.charter.status !== "proposed") return [];
    const { message, hint } = cadenceWording(cadence, config);
    return [report(["reporting", "cadence"], message, hint)];
  },
});
