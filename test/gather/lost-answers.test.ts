/**
 * The reads after a create whose answer may have been lost (src/gather/lost-answers.ts), against the loopback fake
 * GitHub: each finds exactly what wgbot meant to create, among what wgbot's own account wrote, and nothing else.
 */
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import {
  checkRunWithAnnotations,
  findOwnComment,
  findOwnIssue,
  findSameCheckRun,
  findSameFile,
} from "../../src/gather/lost-answers.ts";
import type { GitHub } from "../../src/github/client.ts";
import type { Identity } from "../../src/model/identity.ts";
import type { CheckRunWrite } from "../../src/model/write.ts";
import { clientFor, REPO } from "../support/client.ts";
import { BOT, FakeGitHub, OTHER_APP } from "../support/fake-github.ts";

let fake: FakeGitHub;
let github: GitHub;
const self: Identity = async () => ({ login: BOT.login });

beforeAll(async () => {
  fake = await new FakeGitHub().start();
  github = clientFor(fake);
});
afterAll(() => fake.stop());
beforeEach(() => fake.reset());

const paths = () => fake.requests.map((r) => `${r.method} ${decodeURIComponent(r.path)}`);

describe("findOwnComment", () => {
  it("finds wgbot's comment with that text (line endings aside), not someone else's copy", async () => {
    const issue = fake.addIssue({ title: "Grant request", body: "" });
    const body = "<!-- wgbot:reply:7 -->\nDone.\nThanks.";
    fake.addComment(issue.number, body, OTHER_APP);
    fake.addComment(issue.number, body, { login: "ada", type: "User" });
    expect(await findOwnComment(github, REPO, { issue: issue.number, body }, self)).toBeUndefined();
    const mine = fake.addComment(issue.number, body.replace(/\n/g, "\r\n"), BOT);
    expect(await findOwnComment(github, REPO, { issue: issue.number, body }, self)).toMatchObject({
      id: mine.id,
    });
    expect(paths()).toEqual(Array(2).fill(`GET /repos/psf/governance/issues/${issue.number}/comments`));
  });
});

describe("findOwnIssue", () => {
  it("looks among the 30 newest issues for one wgbot opened with that title and body", async () => {
    fake.addIssue({ title: "Board meeting 2026-12-09", body: "agenda", user: OTHER_APP });
    fake.addIssue({ title: "Board meeting 2026-12-09", body: "agenda", user: BOT, pull_request: {} });
    expect(await findOwnIssue(github, REPO, "Board meeting 2026-12-09", "agenda", self)).toBeUndefined();
    const mine = fake.addIssue({
      title: "Board meeting 2026-12-09",
      body: "agenda",
      user: BOT,
      state: "closed",
    });
    expect(await findOwnIssue(github, REPO, "Board meeting 2026-12-09", "other", self)).toBeUndefined();
    expect(await findOwnIssue(github, REPO, "Board meeting 2026-12-09", "agenda", self)).toMatchObject({
      number: mine.number,
    });
    expect(fake.requests.map((r) => [r.path, r.query])).toEqual(
      Array(3).fill([
        "/repos/psf/governance/issues",
        { state: "all", sort: "created", direction: "desc", per_page: "30" },
      ]),
    );
  });
});

describe("check runs", () => {
  const write: CheckRunWrite = {
    kind: "create-check-run",
    name: "wgbot / governance files",
    headSha: "a".repeat(40),
    conclusion: "failure",
    title: "1 problem",
    summary: "One problem.",
    annotations: [],
  };
  const run = (
    id: number,
    patch: Partial<{ status: string; conclusion: string; title: string; count: number }>,
  ) =>
    fake.checkRuns.push({
      id,
      name: write.name,
      head_sha: write.headSha,
      status: patch.status ?? "completed",
      conclusion: patch.conclusion ?? "failure",
      output: {
        title: patch.title ?? write.title,
        summary: write.summary,
        text: null,
        annotations_count: patch.count ?? 0,
      },
      annotations: [],
      app: { slug: "wgbot" },
    });

  it("findSameCheckRun finds a completed run on the head with that name, conclusion, title and summary", async () => {
    run(1, { status: "in_progress" });
    expect(await findSameCheckRun(github, REPO, write)).toBeUndefined();
    run(2, { conclusion: "success" });
    expect(await findSameCheckRun(github, REPO, write)).toBeUndefined();
    run(3, {});
    expect(await findSameCheckRun(github, REPO, write)).toMatchObject({ id: 3 });
    expect(fake.requests.map((r) => [r.path, r.query.check_name])).toEqual(
      Array(3).fill([`/repos/psf/governance/commits/${write.headSha}/check-runs`, write.name]),
    );
  });

  it("checkRunWithAnnotations is the run once it carries as many annotations as expected", async () => {
    run(10, { count: 50 });
    expect(await checkRunWithAnnotations(github, REPO, 10, 51)).toBeUndefined();
    expect(await checkRunWithAnnotations(github, REPO, 10, 50)).toMatchObject({ id: 10 });
    expect(paths()).toEqual(Array(2).fill("GET /repos/psf/governance/check-runs/10"));
  });
});

describe("findSameFile", () => {
  it("finds the file on the branch only when it has the content wgbot meant to put", async () => {
    const path = "grants/2026/31-pycon.yml";
    fake.branches.set("wgbot/ledger-31", fake.commit(new Map([[path, "issue: 31\n"]])));
    const file = { branch: "wgbot/ledger-31", path, content: "issue: 31\n" };
    expect(await findSameFile(github, REPO, file)).toMatchObject({ content: "issue: 31\n" });
    expect(await findSameFile(github, REPO, { ...file, content: "issue: 32\n" })).toBeUndefined();
    expect(await findSameFile(github, REPO, { ...file, path: "grants/2026/none.yml" })).toBeUndefined();
    expect(fake.requests.map((r) => r.query.ref)).toEqual(Array(3).fill("wgbot/ledger-31"));
  });
});
