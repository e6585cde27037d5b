/** Shared by the sweep grant rule tests: a grant request as the sweep lists it, with its timeline. */
import type { Config } from "../../../../src/config/types.ts";
import type { SweepGrantAction, SweepGrantRule } from "../../../../src/decide/rules/sweep-grant/input.ts";
import type { SweepIssue, TimelineEvent } from "../../../../src/decide/sweep-model.ts";
import { psf } from "../../fixtures.ts";

export const BOT = { login: "wgbot[bot]", type: "Bot" };
export const MINUTE = 60_000;
export const DAY = 86_400_000;
/** 2026-11-21, midday UTC. */
export const NOW = new Date("2026-11-21T12:00:00Z");
export const ago = (ms: number, now = NOW) => new Date(now.getTime() - ms).toISOString();

/** An event on the timeline by `login`, `days` days before NOW. */
export const by = (login: string, event: string, days: number, body?: string): TimelineEvent => ({
  event,
  created_at: ago(days * DAY),
  actor: { login },
  ...(body === undefined ? {} : { body }),
});

/** The label added `days` days before NOW. */
export const labelled = (name: string, days: number): TimelineEvent => ({
  event: "labeled",
  created_at: ago(days * DAY),
  label: { name },
});

/** wgbot's own comment with this marker, `days` days before NOW. */
export const wrote = (marker: string, days: number, login = BOT.login) =>
  by(login, "commented", days, `<!-- wgbot:${marker} -->\nHello`);

/**
 * What the rule does about the request as the sweep runs it: nothing unless it is a candidate (the sweep reads the
 * timelines of candidates only), then what `decide` says.
 */
export function act(
  rule: SweepGrantRule,
  issue: SweepIssue,
  timeline: readonly TimelineEvent[] = [],
  { config = psf, now = NOW }: { config?: Config; now?: Date } = {},
): SweepGrantAction | undefined {
  if (!rule.candidate(issue, config, now)) return undefined;
  return rule.decide({ issue, timeline, self: BOT, owner: "psf" }, config, now);
}
