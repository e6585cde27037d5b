/**
 * Who counts as wgbot, class by class: for every kind of thing wgbot finds again by its marker — sticky comment,
 * command reply, decision record, sweep comment, tracking issue, agenda issue — only wgbot's own account counts.
 * Another app's bot, GitHub Actions' bot, a person, a look-alike login: each writing the very same body counts for
 * nothing. Checked for the App's identity and for the Action's (`github-actions[bot]`), on the pure functions
 * every flow uses.
 */
import { describe, expect, it } from "vitest";
import { sweepWrites } from "../../src/apply/sweep.ts";
import { PRESETS } from "../../src/config/presets.ts";
import { agendaMarker, duplicateAgendaBody, isAgendaIssue, isAgendaOf } from "../../src/decide/agenda.ts";
import { recordBlock, recordsIn } from "../../src/decide/decision-record.ts";
import { REVIEW_OVERDUE } from "../../src/decide/rules/sweep-grant/review-overdue.ts";
import { findSticky, stickiesIn } from "../../src/decide/sticky-comments.ts";
import { decideSweep } from "../../src/decide/sweep.ts";
import type { SweepIssue } from "../../src/decide/sweep-model.ts";
import { trackingKeyOf, trackingMarker } from "../../src/decide/sweep-tracking.ts";
import {
  MARKER_START,
  marker,
  markerName,
  markersIn,
  type Self,
  writtenBy,
} from "../../src/model/markers.ts";
import { validateRepository } from "../../src/validate/repository.ts";
import { boardApproval } from "../support/decision-records.ts";

/** Authors to try: login and account type. Only the login decides; the type plays no part. */
const AUTHORS: [string, string][] = [
  ["wgbot[bot]", "Bot"],
  ["github-actions[bot]", "Bot"],
  ["other-app[bot]", "Bot"],
  ["my-app[bot]", "Bot"],
  ["WGBOT[bot]", "Bot"],
  ["wgbot", "User"],
  ["wgbot[bot]x", "Bot"],
  ["mallory", "User"],
  ["evil[bot]", "User"],
  ["", "Bot"],
];

/** The App's bot, and the Action's GITHUB_TOKEN. */
const SELVES: Self[] = [{ login: "wgbot[bot]" }, { login: "github-actions[bot]" }];

const record = boardApproval();

/** Whether each class of wgbot's things counts when `author` wrote it, seen by `self`. */
function counted(self: Self, user: { login: string; type: string }): Record<string, boolean> {
  const comment = (body: string) => [{ id: 7, body, user }];
  const issue = (body: string): SweepIssue => ({
    number: 7,
    title: "t",
    body,
    state: "open",
    labels: [],
    author: user,
    created_at: "2026-01-01T00:00:00Z",
    updated_at: "2026-01-01T00:00:00Z",
  });
  return {
    sticky: findSticky(comment(`${marker("request-report")}\nok`), "request-report", self) !== undefined,
    reply: findSticky(comment(`${marker("reply:501")}\nok`), "reply:501", self) !== undefined,
    "decision record":
      recordsIn(comment(`${marker("reply:501")}\nok\n${recordBlock(record)}\n`), self).length > 0,
    "sweep comment": !sweepCommentNeeded(self, user),
    "tracking issue": trackingKeyOf(issue(`${trackingMarker("at-risk packaging")}\nok`), self) !== undefined,
    "agenda issue": isAgendaOf({ body: `${agendaMarker("2027-01-13")}\nok`, user }, "2027-01-13", self),
    "closed duplicate agenda": isAgendaIssue({ body: duplicateAgendaBody("2027-01-13", 3), user }, self),
  };
}

/** Whether the sweep still owes its "waiting for the Grants WG" comment after `user` posted one with its marker. */
function sweepCommentNeeded(self: Self, user: { login: string; type: string }): boolean {
  const state = validateRepository({ files: new Map() }, { now: new Date("2026-12-02T00:00:00Z") });
  const grant: SweepIssue = {
    number: 9,
    title: "Grant request",
    body: "",
    state: "open",
    labels: ["kind/grant", "status/grants-wg-review"],
    author: { login: "ada", type: "User" },
    created_at: "2026-08-01T00:00:00Z",
    updated_at: "2026-08-01T00:00:00Z",
  };
  const flagged = {
    event: "commented",
    created_at: "2026-10-02T00:00:00Z",
    actor: user,
    body: `${marker(REVIEW_OVERDUE)}\n…`,
  };
  const plan = decideSweep({
    state,
    issues: [grant],
    timelines: new Map([[grant.number, [flagged]]]),
    config: PRESETS.psf,
    now: new Date("2026-12-02T00:00:00Z"),
    owner: "psf",
    self,
  });
  return plan.comments.some((c) => c.marker === REVIEW_OVERDUE);
}

describe("what counts as wgbot's own", () => {
  for (const self of SELVES) {
    describe(`when wgbot is ${self.login}`, () => {
      for (const [login, type] of AUTHORS) {
        const own = login === self.login;
        it(`${JSON.stringify(login)} (${type}): ${own ? "every class counts" : "nothing counts"}`, () => {
          const result = counted(self, { login, type });
          for (const [what, counts] of Object.entries(result))
            expect(counts, `${what} written by ${login} (${type}), seen by ${self.login}`).toBe(own);
        });
      }
    });
  }

  it("a comment with no author (a deleted account) is nobody's", () => {
    const self = SELVES[0] as Self;
    expect(writtenBy(self)({ user: null })).toBe(false);
    expect(writtenBy(self)({})).toBe(false);
    expect(findSticky([{ id: 1, body: marker("request-report"), user: null }], "request-report", self)).toBe(
      undefined,
    );
  });

  it("among duplicates, only wgbot's own are settled: the oldest of its own is kept", () => {
    const self = SELVES[0] as Self;
    const body = `${marker("request-report")}\nok`;
    const comments = [
      { id: 1, body, user: { login: "other-app[bot]", type: "Bot" } },
      { id: 2, body, user: { login: "wgbot[bot]", type: "Bot" } },
      { id: 3, body, user: { login: "mallory", type: "User" } },
      { id: 4, body, user: { login: "wgbot[bot]", type: "Bot" } },
    ];
    expect(stickiesIn(comments, "request-report", self).map((c) => c.id)).toEqual([2, 4]);
  });

  it("the sweep opens its own tracking issue beside another account's with the same marker", () => {
    const self = SELVES[1] as Self;
    const wanted = {
      key: "at-risk packaging",
      title: "Work group at risk",
      body: "b",
      labels: ["status/at-risk"],
      assignees: [],
    };
    const plan = { tracking: [wanted], close: [], comments: [] } as unknown as Parameters<
      typeof sweepWrites
    >[0];
    const theirs: SweepIssue = {
      number: 4,
      title: wanted.title,
      body: `${trackingMarker(wanted.key)}\nb`,
      state: "open",
      labels: ["status/at-risk"],
      author: { login: "my-app[bot]", type: "Bot" },
      created_at: "2026-01-01T00:00:00Z",
      updated_at: "2026-01-01T00:00:00Z",
    };
    expect(sweepWrites(plan, [theirs], self).map((w) => w.kind)).toEqual(["create-issue"]);
    expect(sweepWrites(plan, [{ ...theirs, author: { login: self.login, type: "Bot" } }], self)).toEqual([]);
  });
});

describe("the marker format", () => {
  it("is built and read in one place", () => {
    expect(marker("reply:501")).toBe("<!-- wgbot:reply:501 -->");
    expect(marker("reply:501").startsWith(MARKER_START)).toBe(true);
    expect(markerName(`${marker("agenda 2027-01-13")}\ntext`)).toBe("agenda 2027-01-13");
    expect(markerName(`text ${marker("request-report")}`)).toBeUndefined();
    expect(markerName(`\n${marker("request-report")}`)).toBeUndefined();
    expect(markerName("<!-- wgbot:request-report")).toBeUndefined();
    expect(markersIn(`${marker("reply:1")}\nx\n${recordBlock(record)}`)).toEqual([
      "reply:1",
      recordBlock(record).slice(MARKER_START.length, -" -->".length),
    ]);
  });

  it("refuses a name that could end the comment early or span lines", () => {
    for (const bad of ["", " x", "a -->", "a\nb", "a<b", "a>b"])
      expect(() => marker(bad), JSON.stringify(bad)).toThrow(/cannot be a marker name/);
  });
});
