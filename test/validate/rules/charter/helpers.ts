/** Shared by the charter file rule tests. */
import { expect } from "vitest";
import { PRESETS } from "../../../../src/config/presets.ts";
import type { Config } from "../../../../src/config/types.ts";
import type { Charter } from "../../../../src/generated/charter.ts";
import type { CharterRule } from "../../../../src/validate/rules/charter/input.ts";
import { charterRules } from "../../../../src/validate/rules/charter.ts";
import { validCharter } from "../../../support/charters.ts";

export const psf = PRESETS.psf;
export const charter = validCharter;

/** The codes every charter file rule finds in `c`, in a folder (packaging by default). */
export const codes = (c: Charter, config: Config = psf, folderSlug: string | undefined = "packaging") =>
  charterRules(c, { config, folderSlug }).map((f) => f.code);

/** Runs the rule alone on a charter it must find something in and on the valid charter (nothing to say). */
export function expectAlone(rule: CharterRule, firing: Charter, folderSlug = "packaging") {
  const found = rule.check({ charter: firing, folderSlug }, psf, new Date(Number.NaN));
  expect(found.length).toBeGreaterThan(0);
  for (const f of found) expect(f).toMatchObject({ code: rule.code, severity: rule.severity });
  expect(rule.check({ charter: charter(), folderSlug }, psf, new Date(Number.NaN))).toEqual([]);
}
