/**
 * The request flow's pure rounds (src/flows/request.ts `requestRounds`): `decide`, `writes` and `report` called on
 * plain state, no HTTP. decide hands the issue as it is now (its filing time, not the event's) to the rules; writes
 * diff the plan against the issue's labels and wgbot's sticky comment; report names the flow and places each finding.
 */
import { describe, expect, it } from "vitest";
import { loadConfig } from "../../src/config/load.ts";
import { REQUEST_COMMENT } from "../../src/decide/request.ts";
import { requestRounds } from "../../src/flows/request.ts";
import { builtInTemplates } from "../../src/gather/comment-templates.ts";
import type { CommentLike } from "../../src/model/comment.ts";
import { marker } from "../../src/model/markers.ts";
import { charterBody, grantBody } from "../support/bodies.ts";
import { BOT, OTHER_APP } from "../support/fake-github.ts";
import { CONFIG } from "../support/governance-files.ts";
import { NOW } from "../support/probot.ts";

const rounds = requestRounds();
type State = Parameters<typeof rounds.decide>[0];
const { config } = loadConfig(CONFIG);
const SELF = { login: BOT.login };

function state(overrides: Partial<State> & { body?: string; created_at?: string } = {}): State {
  const { body, created_at, ...rest } = overrides;
  const kind = rest.kind ?? "grant";
  return {
    kind,
    config,
    issue: {
      number: 12,
      title: kind === "grant" ? "Grant request: PyCon Example 2027" : "Charter: Documentation",
      body: body ?? (kind === "grant" ? grantBody() : charterBody()),
      state: "open",
      user: { login: "ada", type: "User" },
      ...(created_at === undefined ? {} : { created_at }),
    },
    author: "ada",
    labels: [kind === "grant" ? "kind/grant" : "kind/charter"],
    owner: "psf",
    templates: builtInTemplates(),
    existingSlugs: new Set(),
    comments: [],
    self: SELF,
    ledger: [],
    ...rest,
  };
}

const sticky = (id: number, text: string, user = BOT): CommentLike => ({
  id,
  body: `${marker(REQUEST_COMMENT)}\n${text}`,
  user,
});

describe("decide", () => {
  it("decides a complete grant request: valid, to the Grants WG, labelled by the flow", () => {
    const s = state({ created_at: "2026-11-01T10:00:00Z" });
    const plan = rounds.decide(s, NOW);
    expect(plan.kind).toBe("grant");
    expect(plan.valid).toBe(true);
    expect(plan.labels).toContain("kind/grant");
    expect(plan.labels).toContain("status/grants-wg-review");
    expect(plan.labels).not.toContain("status/needs-info");
  });

  it("counts from the issue's filing, not from now: a redelivery hours later decides the same", () => {
    const s = state({ created_at: "2026-11-01T10:00:00Z" });
    const plan = rounds.decide(s, NOW);
    expect(plan.comment).toContain("2026-11-01");
    expect(rounds.decide(s, new Date(NOW.getTime() + 6 * 3600_000)).comment).toBe(plan.comment);
    // With no filing time known it says so, rather than pretend.
    expect(rounds.decide(state(), NOW).comment).toContain("not known");
  });

  it("a proposal may not take the slug of a work group that exists", () => {
    const free = rounds.decide(state({ kind: "charter" }), NOW);
    const taken = rounds.decide(state({ kind: "charter", existingSlugs: new Set(["documentation"]) }), NOW);
    expect(free.findings.filter((f) => f.severity === "error")).toEqual([]);
    expect(taken.findings.some((f) => f.severity === "error" && /documentation/.test(f.message))).toBe(true);
    expect(taken.valid).toBe(false);
  });
});

describe("writes", () => {
  it("a new request: the missing labels, then wgbot's one sticky comment", () => {
    const s = state();
    const plan = rounds.decide(s, NOW);
    const writes = rounds.writes(plan, s);
    expect(writes).toEqual([
      { kind: "add-labels", issue: 12, labels: plan.labels.filter((l) => l !== "kind/grant") },
      { kind: "create-comment", issue: 12, body: `${marker(REQUEST_COMMENT)}\n${plan.comment}` },
    ]);
  });

  it("nothing when the labels and wgbot's comment already say it", () => {
    const s = state();
    const plan = rounds.decide(s, NOW);
    const done = state({ labels: plan.labels, comments: [sticky(5, plan.comment)] });
    expect(rounds.writes(rounds.decide(done, NOW), done)).toEqual([]);
  });

  it("edits wgbot's own comment when the text changed; another app's copy of the marker is not wgbot's", () => {
    const s = state();
    const plan = rounds.decide(s, NOW);
    const body = `${marker(REQUEST_COMMENT)}\n${plan.comment}`;
    const stale = state({ labels: plan.labels, comments: [sticky(4, "old", OTHER_APP), sticky(5, "old")] });
    expect(rounds.writes(plan, stale)).toEqual([{ kind: "update-comment", issue: 12, commentId: 5, body }]);
    const foreign = state({ labels: plan.labels, comments: [sticky(4, plan.comment, OTHER_APP)] });
    expect(rounds.writes(plan, foreign)).toEqual([{ kind: "create-comment", issue: 12, body }]);
  });

  it("takes off a status label of its own that no longer holds, and leaves anyone else's labels", () => {
    const s = state({ labels: ["kind/grant", "status/needs-info", "help wanted"] });
    const plan = rounds.decide(s, NOW);
    const labels = rounds.writes(plan, s).filter((w) => w.kind !== "create-comment");
    expect(labels).toEqual([
      { kind: "add-labels", issue: 12, labels: plan.labels.filter((l) => !s.labels.includes(l)) },
      { kind: "remove-label", issue: 12, label: "status/needs-info" },
    ]);
  });
});

describe("report", () => {
  it("names the flow by kind and the issue, and places each finding on the issue and its field", () => {
    const s = state({ body: grantBody({ amount: "", coc_url: "not a link" }) });
    const plan = rounds.decide(s, NOW);
    const report = rounds.report(plan, s);
    expect(report.flow).toBe("grant-request");
    expect(report.summary).toBe(`#12 ${plan.summary}`);
    expect(report.plan).toBe(plan);
    expect(report.problems).toHaveLength(plan.findings.length);
    expect(report.problems?.length).toBeGreaterThan(0);
    for (const [i, problem] of (report.problems ?? []).entries()) {
      const finding = plan.findings[i];
      expect(problem).toMatchObject({
        file: "issue #12",
        severity: finding?.severity,
        code: finding?.code,
        message: finding?.message,
      });
    }
    expect(report.problems?.some((p) => typeof p.field === "string" && p.field.length > 0)).toBe(true);
    expect(
      rounds.report(rounds.decide(state({ kind: "charter" }), NOW), state({ kind: "charter" })).flow,
    ).toBe("charter-request");
  });
});
