/** The sweep's decision on a repository state, before any issue exists: what the boundary tests read. Pure. */
import { decideSweep } from "../../src/decide/sweep.ts";
import type { SweepInput, SweepPlan } from "../../src/decide/sweep-model.ts";
import type { GovernanceState } from "../../src/validate/repository.ts";

export const BOT = { login: "wgbot[bot]", type: "Bot" };

/** decideSweep with no issues and no timelines, the state's own config, wgbot as itself; `extra` overrides any. */
export function sweepPlan(
  state: GovernanceState,
  now: Date,
  owner = "psf",
  extra: Partial<SweepInput> = {},
): SweepPlan {
  return decideSweep({
    state,
    issues: [],
    timelines: new Map(),
    config: state.config,
    now,
    owner,
    self: BOT,
    ...extra,
  });
}
