import { describe, expect, it } from "vitest";
import { PRESETS } from "../../../../src/config/presets.ts";
import type { Config } from "../../../../src/config/types.ts";
import { leadership } from "../../../../src/decide/rules/health/leadership.ts";
import { leadershipAtRisk } from "../../../../src/validate/rules/charter/leadership-at-risk.ts";
import { charterRules } from "../../../../src/validate/rules/charter.ts";
import { charter, psf } from "./helpers.ts";

const dsf = PRESETS.dsf;
const check = (c: ReturnType<typeof charter>, config: Config = dsf) =>
  leadershipAtRisk.check({ charter: c, folderSlug: "packaging" }, config, new Date(Number.NaN));
const led = (chairs: string[], liaison?: string) =>
  charter({
    participants: {
      chairs,
      members: [...new Set([...chairs, "bob", "carol"])],
      ...(liaison ? { board_liaison: liaison } : {}),
    },
  });

describe("leadership-at-risk", () => {
  it("dsf: an active charter with one chair and no liaison gets two warnings, each saying what the sweep will", () => {
    const found = check(led(["alice"]));
    expect(found.map((f) => [f.severity, f.code, f.path])).toEqual([
      ["warning", "rule.leadership-at-risk", ["participants", "chairs"]],
      ["warning", "rule.leadership-at-risk", ["participants"]],
    ]);
    expect(found[0]?.message).toBe(
      "The charter lists 1 chair; a work group needs a chair and a co-chair. Until that is fixed, the work group counts as at risk and the sweep puts it on the board's agenda.",
    );
    expect(found[1]?.message).toBe(
      "The charter names no board liaison: a board member who links the work group to the board. Until that is fixed, the work group counts as at risk and the sweep puts it on the board's agenda.",
    );
    expect(found[1]?.hint).toBe(
      "Ask the board which of its members is the work group's liaison, and add their GitHub login as `participants.board_liaison`.",
    );
    // The sweep's reasons come from the same check: one reason per warning.
    expect(
      leadership.check(
        { charter: led(["alice"]), people: new Set(), periods: [], filed: () => true },
        dsf,
        new Date(),
      ),
    ).toHaveLength(found.length);
  });

  it("each gap alone, and none with a chair, a co-chair and a liaison", () => {
    expect(check(led(["alice", "bob"])).map((f) => f.path)).toEqual([["participants"]]);
    expect(check(led(["alice"], "ewa")).map((f) => f.path)).toEqual([["participants", "chairs"]]);
    expect(check(led(["alice", "bob"], "ewa"))).toEqual([]);
  });

  it("psf asks for one chair and no liaison: nothing to say", () => {
    expect(check(led(["alice"]), psf)).toEqual([]);
  });

  it("a warning, never an error: the sweep still reads the charter and can put the group at risk", () => {
    // Otherwise valid under dsf (a yearly review), so only the leadership rule has something to say.
    const yearly = { ...led(["alice"]), active_time: { start: "2026-01-01", review: "2026-12-31" } };
    const found = charterRules(yearly, { config: dsf });
    expect(found.map((f) => `${f.severity}:${f.code}`)).toEqual([
      "warning:rule.leadership-at-risk",
      "warning:rule.leadership-at-risk",
    ]);
  });

  it("only for active charters: a proposal's chairs are too-few-chairs; inactive groups need no leadership", () => {
    expect(
      check(charter({ status: "proposed", participants: { chairs: ["alice"], members: ["alice"] } })),
    ).toEqual([]);
    const ended = { start: "2025-01-15", review: "2026-12-15", end: "2026-06-30" };
    expect(check(charter({ status: "inactive", active_time: ended }))).toEqual([]);
  });
});
