/** Which requests the sweep answers because nobody did (src/decide/unanswered.ts): a pure function. */
import { describe, expect, it } from "vitest";
import { PRESETS } from "../../src/config/presets.ts";
import type { SweepIssue } from "../../src/decide/sweep-model.ts";
import { UNANSWERED_GRACE_MS, unansweredRequests } from "../../src/decide/unanswered.ts";

const NOW = new Date("2026-11-21T12:00:00Z");
const config = PRESETS.psf;

function issue(number: number, labels: string[], overrides: Partial<SweepIssue> = {}): SweepIssue {
  return {
    number,
    title: `#${number}`,
    body: "",
    state: "open",
    labels,
    author: { login: "ada", type: "User" },
    created_at: new Date(NOW.getTime() - 60 * 60_000).toISOString(),
    updated_at: NOW.toISOString(),
    ...overrides,
  };
}

const numbers = (issues: SweepIssue[], cfg = config) =>
  unansweredRequests(issues, cfg, NOW).map((i) => i.number);

describe("unansweredRequests", () => {
  it("takes open requests of either kind without any status label", () => {
    expect(
      numbers([
        issue(1, ["kind/grant"]),
        issue(2, ["kind/charter", "wg/packaging"]),
        issue(3, ["kind/report"]),
        issue(4, []),
        ...["status/needs-info", "status/grants-wg-review", "status/board-review", "status/approved"].map(
          (s, i) => issue(10 + i, ["kind/grant", s]),
        ),
        issue(20, ["kind/grant"], { state: "closed" }),
        issue(21, ["kind/grant"], { author: { login: "wgbot[bot]", type: "Bot" } }),
      ]),
    ).toEqual([1, 2]);
  });

  it("leaves a request younger than the grace period to its first delivery", () => {
    const at = (ms: number) => new Date(NOW.getTime() - ms).toISOString();
    expect(
      numbers([
        issue(1, ["kind/grant"], { created_at: at(UNANSWERED_GRACE_MS) }),
        issue(2, ["kind/grant"], { created_at: at(UNANSWERED_GRACE_MS - 1) }),
      ]),
    ).toEqual([1]);
  });

  it("reads the label names from the config", () => {
    const renamed = {
      ...config,
      labels: { ...config.labels, grant: "grant", needs_info: "needs info" },
    };
    expect(
      numbers([issue(1, ["grant"]), issue(2, ["grant", "needs info"]), issue(3, ["kind/grant"])], renamed),
    ).toEqual([1]);
  });

  it("takes ten at most, oldest first", () => {
    const many = Array.from({ length: 15 }, (_, i) => issue(30 - i, ["kind/grant"]));
    expect(numbers(many)).toEqual([16, 17, 18, 19, 20, 21, 22, 23, 24, 25]);
  });
});
