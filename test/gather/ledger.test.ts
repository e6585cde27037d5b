/**
 * The grants ledger's reads (src/gather/ledger.ts) against the loopback fake GitHub: what one GraphQL request brings
 * back for recording a decision, in the shapes the REST reads it replaces gave.
 */
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { PRESETS } from "../../src/config/presets.ts";
import { boardItemOf, gatherIssue } from "../../src/gather/board.ts";
import { gatherDecidedGrant, gatherLedger, gatherLedgerRecording } from "../../src/gather/ledger.ts";
import type { GitHub } from "../../src/github/client.ts";
import { clientFor } from "../support/client.ts";
import { FakeGitHub } from "../support/fake-github.ts";

const repo = { owner: "psf", repo: "governance" };
const config = PRESETS.psf;
/** A record as wgbot writes it (test/e2e/ledger.test.ts has the same). */
const RECORD = `issue: 31
url: https://github.com/psf/governance/issues/31
outcome: approved
grant_type: workshop
organisation:
  name: PyCon Example Association
  website: https://www.pycon.example.org/
event:
  name: PyCon Example Sprint Days
  start_date: 2026-06-12
  end_date: 2026-06-13
currency: USD
requested: 1620
granted: 1620
base_currency: USD
rate: 1
requested_base: 1620
granted_base: 1620
decided:
  by: gwen
  for: grants-wg
  on: 2026-05-04
  comment: 310042
`;

let fake: FakeGitHub;
let github: GitHub;

beforeEach(async () => {
  fake = await new FakeGitHub().start();
  github = clientFor(fake);
});
afterEach(async () => {
  await fake.stop();
});

/** A pull request from `branch`, by `owner`'s repository (a fork when it is not psf). */
function pullFrom(branch: string, owner = "psf", closed = false): void {
  const { number } = fake.addPull({ changes: { "README.md": "x\n" } });
  const pull = fake.pulls.get(number);
  if (!pull) throw new Error("no pull request");
  pull.head.ref = branch;
  pull.head.label = `${owner}:${branch}`;
  if (closed) (fake.issues.get(number) ?? { state: "" }).state = "closed";
}

describe("gatherLedgerRecording", () => {
  it("reads the year's records with their blob SHAs, the branch's own pull requests, the default branch and the item, in one request", async () => {
    fake.files.set("grants/2026/31-pycon-example-sprint-days.yml", RECORD);
    const issue = fake.addIssue({
      title: "Grant request: PyCon Example 2027",
      body: "text",
      labels: [{ name: "kind/grant" }, { name: "status/grants-wg-review" }],
    });
    issue.milestone = { number: 1, title: "Board meeting 2026-12-10" };
    pullFrom("wgbot/ledger-2", "psf", true);
    pullFrom("wgbot/ledger-2", "someone-else");
    pullFrom("wgbot/ledger-9");
    fake.reset();

    const read = await gatherLedgerRecording(github, repo, config, {
      year: 2026,
      branch: "wgbot/ledger-2",
      issue: issue.number,
    });
    expect(fake.requests.map((r) => `${r.method} ${r.path}`)).toEqual(["POST /graphql"]);
    expect(read.ledger.entries.map((e) => e.path)).toEqual(["grants/2026/31-pycon-example-sprint-days.yml"]);
    expect(read.ledger.texts.get("grants/2026/31-pycon-example-sprint-days.yml")).toBe(RECORD);
    expect(read.ledger.shas.get("grants/2026/31-pycon-example-sprint-days.yml")).toMatch(/^[0-9a-f]{40}$/);
    // The fork's pull request from a branch of the same name is not wgbot's.
    expect(read.pulls).toEqual(["closed"]);
    expect(read.defaultBranch).toBe("main");
    // The item as the REST read gives it.
    const rest = boardItemOf(await gatherIssue(github, repo, issue.number));
    expect(read.issue && boardItemOf(read.issue)).toEqual({
      ...rest,
      url: `https://github.com/psf/governance/issues/${issue.number}`,
    });
  });

  it("the blob SHA it reads is the one an update of the file must name", async () => {
    fake.files.set("grants/2026/31-pycon-example-sprint-days.yml", RECORD);
    const read = await gatherLedgerRecording(github, repo, config, { year: 2026, branch: "wgbot/ledger-31" });
    const { data } = await github.rest.repos.getContent({
      ...repo,
      path: "grants/2026/31-pycon-example-sprint-days.yml",
    });
    expect(read.ledger.shas.get("grants/2026/31-pycon-example-sprint-days.yml")).toBe(
      (data as { sha: string }).sha,
    );
    expect(read.pulls).toEqual([]);
    expect(read.issue).toBeUndefined();
  });

  it("a year with no folder is an empty ledger, not an error; gatherLedger reads the same records", async () => {
    const read = await gatherLedgerRecording(github, repo, config, { year: 2031, branch: "wgbot/ledger-1" });
    expect(read.ledger.entries).toEqual([]);
    fake.files.set("grants/2026/31-pycon-example-sprint-days.yml", RECORD);
    const both = await gatherLedger(github, repo, config, [2026, 2031]);
    expect(both.entries.map((e) => e.record.issue)).toEqual([31]);
  });
});

describe("gatherDecidedGrant", () => {
  it("falls back to REST, then the ledger alone, when GraphQL finds no such issue", async () => {
    fake.files.set("grants/2026/31-pycon-example-sprint-days.yml", RECORD);
    // A pull request is an issue to REST but not to GraphQL's issue(number:).
    const { number } = fake.addPull({ changes: { "README.md": "x\n" } });
    fake.reset();
    const read = await gatherDecidedGrant(github, repo, config, {
      year: 2026,
      branch: "wgbot/ledger-1",
      issue: number,
    });
    expect(fake.requests.map((r) => `${r.method} ${r.path}`)).toEqual([
      "POST /graphql",
      `GET /repos/psf/governance/issues/${number}`,
      "POST /graphql",
    ]);
    expect(read.issue.number).toBe(number);
    expect(read.recording.ledger.entries).toHaveLength(1);
  });

  it("an issue gone altogether is REST's 404, which ends the event quietly", async () => {
    await expect(
      gatherDecidedGrant(github, repo, config, { year: 2026, branch: "wgbot/ledger-99", issue: 99 }),
    ).rejects.toMatchObject({ status: 404 });
  });
});
