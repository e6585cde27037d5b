/**
 * The agenda marks grant requests still undecided past their decision target (psf: 6 weeks after filing), counted
 * to the meeting day like the ages: a target on the meeting day itself is not past, the day before it is. The mark
 * says it in words, not with an emoji alone.
 */
import { describe, expect, it } from "vitest";
import { renderAgenda } from "../../src/decide/agenda.ts";
import type { BoardItem } from "../../src/decide/board-item.ts";
import { builtInTemplates } from "../../src/gather/comment-templates.ts";
import { charterBody, grantBody } from "../support/bodies.ts";
import { boardApproval, recommended } from "../support/decision-records.ts";
import { psf } from "./fixtures.ts";

const MEETING = "2027-01-13";
const templates = builtInTemplates();

function grant(createdAt: string, patch: Partial<BoardItem> = {}): BoardItem {
  return {
    number: 7,
    title: "Grant request: PyCon Example 2027",
    body: grantBody({ amount: "12,000 USD", budget: "- Venue: 12,000 USD (essential)" }),
    author: "ada",
    state: "open",
    labels: ["kind/grant", "status/board-review", "grant/over-threshold"],
    isPull: false,
    createdAt,
    ...patch,
  };
}

/** The agenda's row for item #n. */
function rowOf(item: BoardItem, records = [recommended]): string {
  const body = renderAgenda({ meeting: MEETING, entries: [{ item, records }], config: psf, templates });
  return body.split("\n").find((line) => line.startsWith(`| #${item.number} `)) ?? "";
}

describe("the agenda's decision-target mark", () => {
  it("marks a request whose target is the day before the meeting, not one whose target is the meeting day", () => {
    // Filed 2026-12-01: 6 weeks later is 2027-01-12. Filed 2026-12-02: 2027-01-13, the meeting day.
    expect(rowOf(grant("2026-12-01T18:00:00Z"))).toBe(
      "| #7 Grant request: PyCon Example 2027 | 12,000 USD | Approve 9,000 USD (@\u200dgwen, 2026-11-21) | 2026-12-01 | 43 days, ⏰ past its decision target (2027-01-12) | To decide |",
    );
    expect(rowOf(grant("2026-12-02T00:00:00Z"))).toBe(
      "| #7 Grant request: PyCon Example 2027 | 12,000 USD | Approve 9,000 USD (@\u200dgwen, 2026-11-21) | 2026-12-02 | 42 days | To decide |",
    );
  });

  it("counts a fast-tracked request's own, shorter target", () => {
    const fast = grant("2026-12-20T09:00:00Z", {
      labels: ["kind/grant", "status/board-review", "grant/fast-track"],
    });
    expect(rowOf(fast)).toContain("| 24 days, ⏰ past its decision target (2027-01-03) |");
  });

  it("still marks a deferred request, which is still to decide", () => {
    const deferred = grant("2026-10-01T09:00:00Z", {
      labels: ["kind/grant", "status/board-review", "status/deferred"],
    });
    const row = rowOf(deferred, [recommended, boardApproval({ decision: "defer", outcome: "deferred" })]);
    expect(row).toContain("⏰ past its decision target (2026-11-12)");
    expect(row).toContain("To decide (deferred");
  });

  it("leaves decided and closed requests, and charter proposals, unmarked", () => {
    const old = "2026-10-01T09:00:00Z";
    expect(rowOf(grant(old), [recommended, boardApproval()])).not.toContain("decision target");
    const labelled = grant(old, { labels: ["kind/grant", "status/declined"] });
    expect(rowOf(labelled)).not.toContain("decision target");
    expect(rowOf(grant(old, { state: "closed" }))).not.toContain("decision target");
    const charter = grant(old, {
      number: 3,
      title: "Work group proposal",
      body: charterBody(),
      labels: ["kind/charter", "status/board-review"],
    });
    expect(rowOf(charter, [])).toBe("| #3 Work group proposal | 2026-10-01 | 104 days | To decide |");
  });
});
