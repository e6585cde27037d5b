/**
 * What counts as the board's decision: a declined board record counts exactly as an approved one does — the Grants
 * WG can no longer recommend, the item's status is final and it is closed — and a deferred one does not.
 */
import { describe, expect, it } from "vitest";
import { renderAgenda } from "../../../src/decide/agenda.ts";
import { decideCommand } from "../../../src/decide/decision.ts";
import { effectsOf, statusesAfter } from "../../../src/decide/decision-effects.ts";
import type { DecisionRecord } from "../../../src/decide/decision-record.ts";
import { builtInTemplates } from "../../../src/gather/comment-templates.ts";
import { grantBody } from "../../support/bodies.ts";
import { recommended } from "../../support/decision-records.ts";
import { psf } from "../fixtures.ts";

const AT = "2026-11-21T12:00:07.000Z";

function board(outcome: "approved" | "declined" | "deferred"): DecisionRecord {
  const decision = outcome === "approved" ? "approve" : outcome === "declined" ? "decline" : "defer";
  return {
    by: "bea",
    decision,
    at: AT,
    command: "board",
    outcome,
    ...(outcome === "deferred" ? { meeting: "2027-03-10" } : {}),
    comment: 600,
  };
}

/** A Grants WG member recommends again after the board's record: refused once the board has decided. */
function recommendAfter(record: DecisionRecord) {
  return decideCommand({
    command: { name: "recommend", decision: "approve", amount: 8000 },
    commentId: 700,
    by: "gwen",
    at: AT,
    item: {
      number: 7,
      title: "Grant request",
      body: grantBody({ amount: "12,000 USD", budget: "- Venue: 12,000 USD (essential)" }),
      author: "ada",
      state: "open",
      // The labels have not caught up with the record (a run that failed between the reply and the labels).
      labels: ["kind/grant", "status/board-review"],
      isPull: false,
      createdAt: "2026-11-01T10:00:00Z",
    },
    records: [recommended, record],
    config: psf,
    now: new Date(AT),
    templates: builtInTemplates(),
  });
}

describe("a board record as a decision", () => {
  it("approved and declined both end the Grants WG's part; deferred does not", () => {
    for (const outcome of ["approved", "declined"] as const) {
      const plan = recommendAfter(board(outcome));
      expect(plan.ok, outcome).toBe(false);
      expect(plan.reply, outcome).toContain("The board has already decided on this request.");
    }
    const deferred = recommendAfter(board("deferred"));
    expect(deferred.ok).toBe(true);
  });

  it("approved and declined both set a final status and close the request; deferred keeps it in review", () => {
    expect(effectsOf(board("approved"), "grant", psf)).toMatchObject({
      statuses: ["status/approved"],
      close: "completed",
    });
    expect(effectsOf(board("declined"), "grant", psf)).toMatchObject({
      statuses: ["status/declined"],
      close: "not_planned",
    });
    const deferred = effectsOf(board("deferred"), "grant", psf);
    expect(deferred).toMatchObject({ statuses: ["status/board-review", "status/deferred"] });
    expect(deferred.close).toBeUndefined();
  });

  it("the status after the latest record follows the same split", () => {
    expect(statusesAfter([recommended, board("approved")], "grant", psf)).toEqual(["status/approved"]);
    expect(statusesAfter([recommended, board("declined")], "grant", psf)).toEqual(["status/declined"]);
    expect(statusesAfter([recommended, board("deferred")], "grant", psf)).toContain("status/board-review");
  });
});

describe("the agenda's count of decided items", () => {
  const entry = (number: number, outcome: "approved" | "declined" | "deferred") => ({
    item: {
      number,
      title: `Item ${number}`,
      body: "",
      author: "ada",
      state: "open" as const,
      labels: ["status/board-review", "wg/packaging"],
      isPull: false,
      createdAt: "2026-11-01T00:00:00Z",
      milestone: "Board meeting 2027-01-13",
    },
    records: [board(outcome)],
  });
  const intro = (outcomes: ("approved" | "declined" | "deferred")[]) =>
    renderAgenda({
      meeting: "2027-01-13",
      entries: outcomes.map((o, i) => entry(i + 1, o)),
      config: psf,
      templates: builtInTemplates(),
    })
      .split("\n")
      .find((line) => line.includes("on milestone"));

  it("counts a declined item as decided, as an approved one", () => {
    expect(intro(["approved", "declined"])).toBe(
      "2 items on milestone *Board meeting 2027-01-13*, 2 decided.",
    );
  });

  // A deferred item shows "To decide (deferred …)": it is not counted as decided (it once was).
  it("does not count a deferred item as decided", () => {
    expect(intro(["approved", "deferred"])).toBe(
      "2 items on milestone *Board meeting 2027-01-13*, 1 decided.",
    );
  });
});
