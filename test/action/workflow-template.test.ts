/**
 * The workflow `wgbot init` writes: its `wgbot` job starts a runner only for events wgbot can act on. A comment
 * that cannot be a command (the first character is not `/`) is skipped by the job's `if:`, so ordinary discussion
 * costs no runner; issues, pull requests, the schedule and a manual run all pass. The condition is read from the
 * template and evaluated as GitHub evaluates expressions (test/support/actions-expression.ts) over sample events.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { parse } from "yaml";
import { parseCommand } from "../../src/decide/command.ts";
import { evaluate } from "../support/actions-expression.ts";
import { ROOT } from "../support/server-process.ts";

const workflow = parse(readFileSync(join(ROOT, "templates/init/dot-github/workflows/wgbot.yml"), "utf8")) as {
  on: Record<string, unknown>;
  jobs: Record<string, { if?: string; steps?: { uses?: string }[] }>;
};
const job = workflow.jobs.wgbot;
const runs = (event_name: string, event: Record<string, unknown> = {}) =>
  Boolean(evaluate(job?.if ?? "true", { github: { event_name, event } }));
const comment = (body: string) => runs("issue_comment", { action: "created", comment: { body } });

describe("the wgbot job's condition", () => {
  it("is there, on the job that runs the action", () => {
    expect(job?.if).toBeDefined();
    expect(job?.steps?.some((s) => s.uses?.startsWith("wgbot/wgbot@"))).toBe(true);
  });

  it.each([
    "/board approve",
    "/recommend approve 8000 USD",
    "/recheck",
    "/board decline\n\nThe budget is not detailed enough.",
  ])("runs for a command: %j", (body) => {
    expect(parseCommand(body)).toBeDefined();
    expect(comment(body)).toBe(true);
  });

  it.each([
    "Thanks, this looks great!",
    "Could the board look at this? I think /board approve is right.",
    "> /board approve\n\nQuoting the decision above.",
    "`/recheck` is the command to use.",
    "",
  ])("skips a comment that is not a command: %j", (body) => {
    expect(parseCommand(body)).toBeUndefined();
    expect(comment(body)).toBe(false);
  });

  it("skips a comment with no body at all", () => {
    expect(runs("issue_comment", { action: "created", comment: {} })).toBe(false);
  });

  it("lets a comment through that starts with / but is no command of ours: the run says so and writes nothing", () => {
    expect(parseCommand("/shrug")).toBeUndefined();
    expect(comment("/shrug")).toBe(true);
  });

  it.each([
    ["issues", { action: "opened", issue: { number: 1, body: "Hello" } }],
    ["issues", { action: "edited", issue: { number: 1, body: "" } }],
    ["pull_request_target", { action: "opened", pull_request: { number: 2 } }],
    ["schedule", {}],
    ["workflow_dispatch", {}],
  ])("runs for %s", (name, event) => {
    expect(Object.keys(workflow.on)).toContain(name);
    expect(runs(name, event)).toBe(true);
  });

  it("skips a push, which only rebuilds the site (wgbot has no flow for it)", () => {
    expect(runs("push", { ref: "refs/heads/main" })).toBe(false);
  });
});

describe("the expression evaluator the test relies on", () => {
  it("follows GitHub's rules: || and && return an operand, comparisons and startsWith ignore case", () => {
    // The `$` and `{{` of a workflow's expression syntax, around it.
    expect(evaluate(["$", "{{ null || 'b' }}"].join(""), {})).toBe("b");
    expect(evaluate("'a' && 'b'", {})).toBe("b");
    expect(evaluate("'ABC' == 'abc'", {})).toBe(true);
    expect(evaluate("startsWith('Hello', 'he')", {})).toBe(true);
    expect(evaluate("!x.y", { x: {} })).toBe(true);
    expect(() => evaluate("fromJSON('1')", {})).toThrow("not known");
  });
});
