/** Board review's pure rules: decision records, what a command may do, its effects, the agenda, the charter file. */
import { describe, expect, it } from "vitest";
import { agendaMarker, isAgendaOf, onAgenda, renderAgenda } from "../../src/decide/agenda.ts";
import { type BoardItem, itemKind, protectedLabels } from "../../src/decide/board-item.ts";
import { charterBranch, charterFile, charterYaml } from "../../src/decide/charter-file.ts";
import { type CommandInput, decideCommand, notAllowedReply } from "../../src/decide/decision.ts";
import { effectsOf, statusesAfter } from "../../src/decide/decision-effects.ts";
import { parseRecord, recordBlock, recordsIn } from "../../src/decide/decision-record.ts";
import { charterFromForm } from "../../src/forms/charter.ts";
import { builtInTemplates } from "../../src/gather/comment-templates.ts";
import type { Charter } from "../../src/generated/charter.ts";
import { snapshotOf } from "../../src/repo/snapshot.ts";
import { validateRepository } from "../../src/validate/repository.ts";
import { loadYaml } from "../../src/yaml/load.ts";
import { charterBody, grantBody } from "../support/bodies.ts";
import { recommended } from "../support/decision-records.ts";
import { granted, psf, psf2026, withConfig } from "./fixtures.ts";

const NOW = new Date("2026-11-21T12:00:00Z");
const AT = "2026-11-21T12:00:07.000Z";
const templates = builtInTemplates();

function item(patch: Partial<BoardItem> = {}): BoardItem {
  return {
    number: 7,
    title: "Grant request: PyCon Example 2027",
    body: grantBody({ amount: "12,000 USD", budget: "- Venue: 12,000 USD (essential)" }),
    author: "ada",
    state: "open",
    labels: ["kind/grant", "status/grants-wg-review", "grant/over-threshold"],
    isPull: false,
    createdAt: "2026-11-01T10:00:00Z",
    ...patch,
  };
}

function input(patch: Partial<CommandInput> = {}): CommandInput {
  return {
    command: { name: "recommend", decision: "approve", amount: 9000 },
    commentId: 501,
    by: "gwen",
    at: AT,
    item: item(),
    records: [],
    config: psf,
    now: NOW,
    templates: builtInTemplates(),
    ...patch,
  };
}

describe("decision records", () => {
  it("round-trip through the hidden block, keys in a fixed order", () => {
    const block = recordBlock(recommended);
    expect(block).toBe(
      '<!-- wgbot:decision {"by":"gwen","decision":"approve","amount":9000,"currency":"USD","at":"2026-11-21T12:00:07.000Z","command":"recommend","outcome":"board-review","meeting":"2027-01-13","comment":501} -->',
    );
    expect(parseRecord(`text\n\n${block}\n`)).toEqual(recommended);
  });

  it("reject malformed or hostile blocks", () => {
    const body = (json: string) => `<!-- wgbot:decision ${json} -->`;
    expect(parseRecord(body("{not json}"))).toBeUndefined();
    expect(parseRecord(body('{"by":"gwen"}'))).toBeUndefined();
    expect(parseRecord(body(JSON.stringify({ ...recommended, by: "a b" })))).toBeUndefined();
    expect(parseRecord(body(JSON.stringify({ ...recommended, amount: -5 })))).toBeUndefined();
    expect(parseRecord(body(JSON.stringify({ ...recommended, outcome: "approved!" })))).toBeUndefined();
    expect(parseRecord(body(JSON.stringify({ ...recommended, meeting: "soon" })))).toBeUndefined();
    expect(parseRecord(body(JSON.stringify({ ...recommended, __proto__: { x: 1 } })))).toEqual(recommended);
  });

  it("count only in wgbot's reply to the very command they name", () => {
    const block = recordBlock(recommended);
    const comments = [
      { id: 1, body: `<!-- wgbot:reply:501 -->\n${block}`, user: { login: "mallory", type: "User" } },
      { id: 2, body: `<!-- wgbot:reply:999 -->\n${block}`, user: { login: "wgbot[bot]", type: "Bot" } },
      { id: 3, body: `quoted: ${block}`, user: { login: "wgbot[bot]", type: "Bot" } },
    ];
    expect(recordsIn(comments, { login: "wgbot[bot]" })).toEqual([]);
    const board = { ...recommended, command: "board" as const, outcome: "approved" as const, comment: 600 };
    expect(
      recordsIn(
        [
          {
            id: 9,
            body: `<!-- wgbot:reply:600 -->\n${recordBlock(board)}`,
            user: { login: "b", type: "Bot" },
          },
          { id: 4, body: `<!-- wgbot:reply:501 -->\n${block}`, user: { login: "b", type: "Bot" } },
        ],
        { login: "b" },
      ).map((r) => r.comment),
    ).toEqual([501, 600]);
  });

  it("never let a value end the HTML comment", () => {
    const block = recordBlock({ ...recommended, at: "2026-11-21T12:00:00Z --> <b>" });
    expect(block.indexOf("-->")).toBe(block.length - 3);
  });
});

describe("/recommend", () => {
  it("escalates a request over the threshold to the reviewing meeting, even for a lower amount", () => {
    const plan = decideCommand(input());
    expect(plan.ok).toBe(true);
    if (!plan.ok) return;
    expect(plan.record).toEqual({ ...recommended });
    expect(plan.reply).toContain("### Grants WG recommendation: approve 9,000 USD");
    expect(plan.reply.trimEnd().endsWith(recordBlock(recommended))).toBe(true);
  });

  it("decides a request up to the threshold for good", () => {
    const small = item({ body: grantBody({ amount: "10,000 USD", budget: "- Venue: 10,000 USD" }) });
    const plan = decideCommand(input({ item: small, command: { name: "recommend", decision: "decline" } }));
    expect(plan.ok && plan.record).toMatchObject({ outcome: "declined", decision: "decline" });
    expect(plan.ok && plan.record.meeting).toBeUndefined();
    expect(plan.reply).toContain("the Grants WG's decision is final: the request is declined and closed");
  });

  it("converts the amount requested to the base currency before comparing it with the threshold", () => {
    const euros = item({ body: grantBody({ amount: "9,500 EUR", budget: "- Venue: 9,500 EUR" }) });
    const plan = decideCommand(input({ item: euros, command: { name: "recommend", decision: "approve" } }));
    expect(plan.ok && plan.record).toMatchObject({ outcome: "board-review", amount: 10260 });
  });

  it.each([
    [{ item: item({ labels: ["kind/grant", "status/needs-info"] }) }, "not ready for a recommendation"],
    [{ item: item({ labels: ["kind/grant", "status/approved"] }) }, "already approved"],
    [{ item: item({ state: "closed" }) }, "already closed"],
    [{ item: item({ isPull: true }) }, "`/recommend` is for grant requests."],
    [
      { item: item({ labels: ["kind/charter"], body: charterBody() }) },
      "`/recommend` is for grant requests.",
    ],
    [
      { command: { name: "recommend" as const, decision: "approve" as const, amount: 13000 } },
      "more than the",
    ],
    [{ command: { name: "recommend" as const, decision: "decline" as const, amount: 5 } }, "takes no amount"],
    [{ item: item({ body: "no form here" }) }, "cannot read the amount"],
    [
      {
        records: [{ ...recommended, command: "board" as const, outcome: "approved" as const, comment: 600 }],
      },
      "The board has already decided",
    ],
  ])("refuses %#: %s", (patch, text) => {
    const plan = decideCommand(input(patch as Partial<CommandInput>));
    expect(plan.ok).toBe(false);
    expect(plan.reply).toContain(text);
  });

  it("may revise its recommendation while the board has not decided", () => {
    const plan = decideCommand(
      input({
        item: item({ labels: ["kind/grant", "status/board-review"] }),
        records: [recommended],
        command: { name: "recommend", decision: "approve", amount: 8000 },
      }),
    );
    expect(plan.ok && plan.record.amount).toBe(8000);
  });
});

describe("/board", () => {
  const inReview = item({
    labels: ["kind/grant", "status/board-review"],
    milestone: "Board meeting 2027-01-13",
  });
  const board = (decision: "approve" | "decline" | "defer", amount?: number) => ({
    name: "board" as const,
    decision,
    ...(amount === undefined ? {} : { amount }),
  });

  it("approves the Grants WG's recommended amount unless the board names one", () => {
    const plan = decideCommand(
      input({ by: "bea", item: inReview, records: [recommended], command: board("approve") }),
    );
    expect(plan.ok && plan.record).toMatchObject({ command: "board", outcome: "approved", amount: 9000 });
    expect(plan.reply).toContain("The Grants WG recommended approving 9,000 USD");
    const own = decideCommand(
      input({ by: "bea", item: inReview, records: [recommended], command: board("approve", 7000) }),
    );
    expect(own.ok && own.record.amount).toBe(7000);
  });

  it("refuses an approval, by the board or the Grants WG, that would take the organisation past its cap", () => {
    // 9,000 USD this year already: the recommended 9,000 would make 18,000, over the 15,000 USD cap.
    const ledger = [granted(31, 9000, "2026-05-04")];
    const board_ = decideCommand(
      input({
        by: "bea",
        item: inReview,
        records: [recommended],
        command: board("approve"),
        config: psf2026,
        ledger,
      }),
    );
    expect(board_.ok).toBe(false);
    expect(board_.summary).toBe("over the organisation's cap");
    expect(board_.reply).toContain(
      "At most 6,000 USD is left: approve that or less (`/board approve 6000`), or decline.",
    );
    const lowered = decideCommand(
      input({
        by: "bea",
        item: inReview,
        records: [recommended],
        command: board("approve", 6000),
        config: psf2026,
        ledger,
      }),
    );
    expect(lowered.ok && lowered.record.amount).toBe(6000);
    const recommend = decideCommand(input({ config: psf2026, ledger }));
    expect(recommend.reply).toContain("(`/recommend approve 6000`)");
    // A decline is never refused for the cap.
    expect(
      decideCommand(input({ config: psf2026, ledger, command: { name: "recommend", decision: "decline" } }))
        .ok,
    ).toBe(true);
  });

  it("defers to the meeting after the item's, or the next one it can prepare for", () => {
    const plan = decideCommand(input({ by: "bea", item: inReview, command: board("defer") }));
    expect(plan.ok && plan.record).toMatchObject({ outcome: "deferred", meeting: "2027-03-10" });
    // Deferred on the meeting day of 2027-01-13 with nothing else: still the March meeting.
    const late = decideCommand(
      input({ by: "bea", item: inReview, command: board("defer"), now: new Date("2027-03-05T00:00:00Z") }),
    );
    expect(late.ok && late.record.meeting).toBe("2027-05-12");
    const explicit = withConfig(psf, { board: { meeting_dates: ["2027-01-13"] } });
    const none = decideCommand(
      input({ by: "bea", item: inReview, command: board("defer"), config: explicit }),
    );
    expect(none.ok && none.record.meeting).toBeUndefined();
    expect(none.reply).toContain("no later board meeting is scheduled yet");
  });

  it.each([
    [item(), "decides items in board review"],
    [item({ labels: ["kind/grant", "status/declined"] }), "already declined"],
    [item({ labels: ["kind/grant", "status/board-review"], state: "closed" }), "This item is closed."],
  ])("refuses %#", (it_, text) => {
    const plan = decideCommand(input({ by: "bea", item: it_, command: board("approve") }));
    expect(plan.ok).toBe(false);
    expect(plan.reply).toContain(text);
  });

  it("takes no amount for a decline or a deferral", () => {
    const charter = item({ body: charterBody(), labels: ["kind/charter", "status/board-review"] });
    expect(decideCommand(input({ item: charter, command: board("defer", 5) })).reply).toContain(
      "takes no amount",
    );
    expect(decideCommand(input({ item: inReview, command: board("decline", 5) })).reply).toContain(
      "takes no amount",
    );
  });

  it("names the charter pull request when it approves a proposal", () => {
    const charter = item({ body: charterBody(), labels: ["kind/charter", "status/board-review"] });
    const plan = decideCommand(input({ by: "bea", item: charter, command: board("approve") }));
    expect(plan.reply).toContain(
      "`workgroups/documentation/charter.yml` (branch `wgbot/charter-documentation`)",
    );
  });
});

describe("effects of a decision", () => {
  const L = psf.labels;
  it.each([
    [
      "board-review",
      "grant",
      { statuses: [L.board_review], meeting: "2027-01-13", charterPullRequest: false },
    ],
    ["approved", "grant", { statuses: [L.approved], close: "completed", charterPullRequest: false }],
    ["declined", "grant", { statuses: [L.declined], close: "not_planned", charterPullRequest: false }],
    ["approved", "charter", { statuses: [L.approved], close: undefined, charterPullRequest: true }],
    ["declined", "charter", { statuses: [L.declined], close: "not_planned", charterPullRequest: false }],
    ["approved", "report", { statuses: [L.approved], close: undefined, charterPullRequest: false }],
    ["declined", "report", { statuses: [L.declined], close: undefined, charterPullRequest: false }],
    ["approved", "renewal", { statuses: [L.approved], close: "completed", charterPullRequest: false }],
    [
      "deferred",
      "grant",
      { statuses: [L.board_review, L.deferred], meeting: "2027-01-13", charterPullRequest: false },
    ],
  ] as const)("%s %s", (outcome, kind, effects) => {
    const command = outcome === "board-review" ? "recommend" : "board";
    expect(effectsOf({ ...recommended, outcome, command }, kind, psf)).toEqual(effects);
  });

  it("tell the protected-label guard which labels the latest decision put there", () => {
    expect(statusesAfter([recommended], "grant", psf)).toEqual([L.board_review]);
    expect(statusesAfter([], "grant", psf)).toEqual([]);
    expect(protectedLabels(psf)).toEqual([L.approved, L.declined, L.deferred, L.board_review]);
  });

  it("say who may use a command without pinging the team", () => {
    expect(notAllowedReply("board", "psf", psf)).toBe(
      "Only members of the board team (`psf/board`) can use `/board`. Nothing was changed.\n",
    );
  });
});

describe("the agenda", () => {
  const grant = item({
    labels: ["kind/grant", "status/board-review"],
    milestone: "Board meeting 2027-01-13",
  });
  const charter = item({
    number: 3,
    title: "Proposal: <b>Docs</b> | @psf/board",
    body: charterBody(),
    labels: ["kind/charter", "status/board-review"],
    createdAt: "2026-10-02T09:00:00Z",
  });

  it("has one section per kind, in a fixed order, with ages counted to the meeting", () => {
    const body = renderAgenda({
      meeting: "2027-01-13",
      entries: [
        { item: grant, records: [recommended] },
        { item: charter, records: [] },
      ],
      config: psf,
      templates: builtInTemplates(),
    });
    expect(body.startsWith(`${agendaMarker("2027-01-13")}\n## Board meeting 2027-01-13\n`)).toBe(true);
    expect([...body.matchAll(/^### (.+)$/gm)].map((m) => m[1])).toEqual([
      "Charter proposals (1)",
      "Grant requests over 10,000 USD (1)",
    ]);
    expect(body).toContain(
      "| #3 Proposal: &lt;b&gt;Docs&lt;/b&gt; \\| @\u200dpsf/board | 2026-10-02 | 103 days | To decide |",
    );
    expect(body).toContain("| #7 Grant request: PyCon Example 2027 | 12,000 USD | Approve 9,000 USD");
    expect(body).toContain('  x-axis ["#7"]\n  y-axis "USD"\n  bar [12000]\n  line [9000]');
  });

  it("is the same text for the same items, whatever the day", () => {
    const a = renderAgenda({
      meeting: "2027-01-13",
      entries: [{ item: grant, records: [] }],
      config: psf,
      templates,
    });
    expect(
      renderAgenda({
        meeting: "2027-01-13",
        entries: [{ item: grant, records: [] }],
        config: psf,
        templates,
      }),
    ).toBe(a);
    expect(a).toContain("| none yet |");
  });

  it("has no chart without grants, and says when nothing is on it", () => {
    const empty = renderAgenda({ meeting: "2027-01-13", entries: [], config: psf, templates });
    expect(empty).toContain("Nothing is on this meeting's agenda yet.");
    expect(empty).not.toContain("mermaid");
  });

  it("shows escalated, at-risk and decided items only, and knows its own issue", () => {
    expect(onAgenda({ labels: ["kind/grant", "status/grants-wg-review"] }, psf)).toBe(false);
    expect(onAgenda({ labels: ["status/at-risk"] }, psf)).toBe(true);
    expect(onAgenda({ labels: ["status/declined"] }, psf)).toBe(true);
    const self = { login: "wgbot[bot]" };
    const body = `${agendaMarker("2027-01-13")}\n…`;
    expect(isAgendaOf({ body, user: self }, "2027-01-13", self)).toBe(true);
    expect(isAgendaOf({ body, user: { login: "mallory" } }, "2027-01-13", self)).toBe(false);
    expect(isAgendaOf({ body, user: { login: "other-app[bot]" } }, "2027-01-13", self)).toBe(false);
  });

  it("sorts items into kinds by their labels", () => {
    const kind = (labels: string[], isPull = false) => itemKind({ labels, isPull, body: "" }, psf);
    expect(kind(["status/board-review"], true)).toBe("report");
    expect(kind(["status/at-risk", "wg/packaging"])).toBe("at-risk");
    expect(kind(["status/board-review", "wg/education"])).toBe("renewal");
    expect(kind(["status/board-review"])).toBe("other");
  });
});

describe("the charter file", () => {
  const proposal = charterFromForm(charterBody(), { config: psf }).charter as Charter;

  it("is the proposal, active, under the work group's folder, and passes validation", () => {
    const file = charterFile(proposal, { config: psf, issue: 3, approvedOn: "2027-01-13", templates });
    expect(file.path).toBe("workgroups/documentation/charter.yml");
    expect(file.branch).toBe(charterBranch("documentation"));
    expect(file.body).toContain("Closes #3");
    const state = validateRepository(snapshotOf({ [file.path]: file.content }), { now: NOW });
    expect(state.problems).toEqual([]);
    expect(state.workgroups.get("documentation")?.charter).toEqual({ ...proposal, status: "active" });
  });

  it("keeps text that looks like YAML as text", () => {
    const tricky: Charter = {
      ...proposal,
      name: "yes",
      purpose: "# not a comment: - [x] {y} 'quoted' \"double\" @psf/board *bold* &anchor !tag",
      goals: ["null", "2027-01-01", "- dash", "1e3", "  leading spaces", "multi\nline\n"],
      core_values: ["off", "true", "~~~"],
      governance: `${"long ".repeat(60)}end`,
    };
    const text = charterYaml(tricky, { config: psf, issue: 3, approvedOn: "2027-01-13" });
    const loaded = loadYaml("charter.yml", text);
    expect(loaded.ok && loaded.data).toEqual({ ...tricky, status: "active" });
    const state = validateRepository(snapshotOf({ "workgroups/documentation/charter.yml": text }), {
      now: NOW,
    });
    expect(state.problems.filter((p) => p.severity === "error")).toEqual([]);
  });

  it("points the editor at the schemas from a deeper work groups folder", () => {
    const config = { ...psf, paths: { ...psf.paths, workgroups: "governance/groups" } };
    expect(charterYaml(proposal, { config, issue: 3, approvedOn: "2027-01-13" })).toMatch(
      /^# yaml-language-server: \$schema=\.\.\/\.\.\/\.\.\/schemas\/charter\.schema\.json\n/,
    );
  });
});
