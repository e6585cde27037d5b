/**
 * The report pull request flow end to end: `pull_request` deliveries (from @octokit/webhooks-examples, adjusted) through the real Probot
 * app, GitHub faked only at the HTTP level. Each scenario asserts the exact writes — one check run per head SHA
 * with line annotations, the labels — and delivers the event again to show the second run writes nothing.
 */
import type { Probot } from "probot";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { FakeGitHub, type FakePull } from "../support/fake-github.ts";
import { CONFIG, charterYaml, reportYaml } from "../support/governance-files.ts";
import { pullRequestEvent } from "../support/payloads.ts";
import { deliver, probotFor } from "../support/probot.ts";

let fake: FakeGitHub;
let probot: Probot;
const REPO = "/repos/psf/governance";
const REPORT = "workgroups/packaging/reports/2026-10.yml";
const CHARTER = "workgroups/packaging/charter.yml";

beforeEach(async () => {
  fake = await new FakeGitHub().start();
  fake.files.set(".github/wgbot.yml", CONFIG);
  fake.files.set(
    CHARTER,
    charterYaml({ slug: "packaging", chairs: ["alice"], members: ["alice", "bob", "carol"] }),
  );
  fake.files.set(
    "workgroups/packaging/reports/2026-09.yml",
    reportYaml({ workgroup: "packaging", period: "2026-09" }),
  );
  probot = await probotFor(fake);
});
afterEach(async () => {
  await fake.stop();
});

function writes() {
  return fake.writes.map((w) => ({
    method: w.method,
    path: w.path,
    ...(w.body === undefined ? {} : { body: w.body }),
  }));
}

/**
 * Delivers the event, then the same event again built from the state the first left (as GitHub would send it
 * now, with the labels the first run added): the second run must read but never write.
 */
async function deliverTwice(
  action: "opened" | "synchronize" | "reopened",
  pull: FakePull,
): Promise<ReturnType<typeof writes>> {
  fake.reset();
  await deliver(probot, pullRequestEvent(fake, action, pull));
  const first = writes();
  fake.reset();
  await deliver(probot, pullRequestEvent(fake, action, pull));
  expect(writes()).toEqual([]);
  return first;
}

function checkRunBody(sha: string, conclusion: string, title: string, annotations: unknown[]) {
  return {
    name: "wgbot",
    head_sha: sha,
    status: "completed",
    conclusion,
    output: {
      title,
      summary: expect.any(String),
      ...(annotations.length ? { annotations } : {}),
    },
  };
}

function runOf(pull: FakePull) {
  const runs = fake.checkRuns.filter((r) => r.head_sha === pull.head.sha);
  expect(runs).toHaveLength(1);
  return runs[0] as (typeof runs)[number];
}

describe("monthly report pull requests", () => {
  it("passes a clean report from a chair, labels it, and writes nothing on redelivery", async () => {
    const pull = fake.addPull({
      author: "alice",
      changes: { [REPORT]: reportYaml({ workgroup: "packaging", period: "2026-10" }) },
    });
    const first = await deliverTwice("opened", pull);
    expect(first).toEqual([
      {
        method: "POST",
        path: `${REPO}/check-runs`,
        body: checkRunBody(pull.head.sha, "success", "1 report: no problems", []),
      },
      {
        method: "POST",
        path: `${REPO}/issues/${pull.number}/labels`,
        body: { labels: ["kind/report", "wg/packaging"] },
      },
    ]);
    expect(runOf(pull).output.summary).toContain(
      `wgbot checked 1 file this pull request changes: \`${REPORT}\`.`,
    );
    expect(runOf(pull).output.summary).toContain("No problems found.");
    // Reads (of the second delivery): the pull request as it is now with its files (one GraphQL request), the
    // report at the head, the charter on the base branch, the head's check runs. The config on the base branch was
    // read by the first delivery, and the App remembers it.
    expect(
      fake.requests.map((r) => `${r.method} ${r.path}${r.query.ref ? `?ref=${r.query.ref}` : ""}`),
    ).toEqual([
      "POST /graphql",
      `GET ${REPO}/contents/${REPORT.replaceAll("/", "%2F")}?ref=${pull.head.sha}`,
      `GET ${REPO}/contents/${CHARTER.replaceAll("/", "%2F")}?ref=main`,
      `GET ${REPO}/commits/${pull.head.sha}/check-runs`,
    ]);
  });

  it("fails a broken report with annotations on the right lines", async () => {
    const broken = `workgroup: packaging
period: "2026-09"
submitted_by: alice
highlights:
  - Released the new guide
metrics:
  - name: Pull requests merged
    value: forty-two
notes: Next call moved
`;
    const pull = fake.addPull({ author: "alice", changes: { [REPORT]: broken } });
    const first = await deliverTwice("opened", pull);
    expect(first.map((w) => `${w.method} ${w.path}`)).toEqual([
      `POST ${REPO}/check-runs`,
      `POST ${REPO}/issues/${pull.number}/labels`,
    ]);
    const run = runOf(pull);
    expect(run.conclusion).toBe("failure");
    expect(run.output.title).toBe("2 errors in 1 file");
    expect(
      run.annotations.map((a) => [a.path, a.start_line, a.start_column, a.annotation_level, a.title]),
    ).toEqual([
      [REPORT, 8, 12, "failure", "wgbot: schema.type"],
      [REPORT, 9, 1, "failure", "wgbot: schema.additionalProperties"],
    ]);
    expect(String(run.annotations[0]?.message)).toContain("`metrics[0].value` must be a number");
    expect(run.output.summary).toContain(`\`${REPORT}:8:12\` error:`);

    // The chair fixes it: a new head SHA gets its own (passing) run; the labels are already right.
    fake.reset();
    const fixed = fake.pushToPull(pull.number, {
      [REPORT]: reportYaml({ workgroup: "packaging", period: "2026-10" }),
    });
    await deliver(probot, pullRequestEvent(fake, "synchronize", fixed));
    expect(writes()).toEqual([
      {
        method: "POST",
        path: `${REPO}/check-runs`,
        body: checkRunBody(fixed.head.sha, "success", "1 report: no problems", []),
      },
    ]);
  });

  it("says clearly when the author is not a chair or member according to the base branch's charter", async () => {
    // The pull request also adds its author to the charter: the base branch's charter is what counts.
    const pull = fake.addPull({
      author: "mallory",
      changes: {
        [REPORT]: reportYaml({ workgroup: "packaging", period: "2026-10", submitted_by: "alice" }),
        [CHARTER]: charterYaml({
          slug: "packaging",
          chairs: ["alice"],
          members: ["alice", "bob", "carol", "mallory"],
        }),
      },
    });
    const first = await deliverTwice("opened", pull);
    expect(first.map((w) => `${w.method} ${w.path}`)).toEqual([
      `POST ${REPO}/check-runs`,
      `POST ${REPO}/issues/${pull.number}/labels`,
    ]);
    expect(first[1]?.body).toEqual({
      labels: ["kind/report", "kind/charter", "wg/packaging", "status/board-review"],
    });
    const run = runOf(pull);
    expect(run.conclusion).toBe("failure");
    expect(run.annotations).toEqual([
      {
        path: REPORT,
        start_line: 1,
        end_line: 1,
        start_column: 1,
        end_column: 1,
        annotation_level: "failure",
        title: "wgbot: rule.author-not-member",
        message:
          "`mallory` opened this pull request but is not a chair or member of `packaging` according to its charter on `main` (chairs: alice).\nAsk a chair or member to open the pull request, or add yourself to the charter's participants first (a change the board reviews).",
      },
    ]);
    expect(run.output.summary).toContain("`mallory` opened this pull request but is not a chair or member");
    expect(run.output.summary).toContain(
      "**Board review:** this pull request goes to the board because it changes the members of `packaging`.",
    );
  });

  it("routes a report with board asks to board review", async () => {
    const pull = fake.addPull({
      author: "bob",
      changes: {
        [REPORT]: reportYaml({
          workgroup: "packaging",
          period: "2026-10",
          submitted_by: "bob",
          board_asks: ["Approve a 2,000 USD budget for captioning"],
        }),
      },
    });
    const first = await deliverTwice("opened", pull);
    expect(first[0]?.body).toEqual(checkRunBody(pull.head.sha, "success", "1 report: no problems", []));
    expect(first[1]).toEqual({
      method: "POST",
      path: `${REPO}/issues/${pull.number}/labels`,
      body: { labels: ["kind/report", "wg/packaging", "status/board-review"] },
    });
    expect(runOf(pull).output.summary).toContain(
      "goes to the board because the October 2026 report of `packaging` asks the board for something",
    );

    // The asks are dropped in a new push: board review is taken off again, and only that.
    fake.reset();
    const dropped = fake.pushToPull(pull.number, {
      [REPORT]: reportYaml({ workgroup: "packaging", period: "2026-10", submitted_by: "bob" }),
    });
    await deliver(probot, pullRequestEvent(fake, "synchronize", dropped));
    expect(writes().map((w) => `${w.method} ${w.path}`)).toEqual([
      `POST ${REPO}/check-runs`,
      `DELETE ${REPO}/issues/${pull.number}/labels/status%2Fboard-review`,
    ]);
  });

  it("validates a changed charter and sends a change of participants or status to the board", async () => {
    const pull = fake.addPull({
      author: "alice",
      labels: ["documentation"],
      changes: {
        [CHARTER]: charterYaml({
          slug: "packaging",
          chairs: ["alice", "dora"],
          members: ["alice", "bob", "carol"],
        }),
      },
    });
    const first = await deliverTwice("opened", pull);
    expect(first[1]).toEqual({
      method: "POST",
      path: `${REPO}/issues/${pull.number}/labels`,
      body: { labels: ["kind/charter", "wg/packaging", "status/board-review"] },
    });
    const run = runOf(pull);
    expect(run.conclusion).toBe("failure");
    expect(run.annotations.map((a) => [a.start_line, a.title, a.message])).toEqual([
      [
        25,
        "wgbot: rule.chair-not-member",
        "The chair `dora` is not listed in `participants.members`.\nAdd `dora` to the members: every chair is also a member.",
      ],
    ]);
    expect(run.output.summary).toContain("it changes the chairs of `packaging`");
    expect(fake.labelsOn(pull.number)).toEqual([
      "documentation",
      "kind/charter",
      "status/board-review",
      "wg/packaging",
    ]);
  });

  it("does not send a charter edit that keeps participants and status to the board", async () => {
    const pull = fake.addPull({
      author: "alice",
      changes: {
        [CHARTER]: charterYaml({ slug: "packaging", name: "Python Packaging Work Group" }),
      },
    });
    const first = await deliverTwice("opened", pull);
    expect(first[0]?.body).toEqual(checkRunBody(pull.head.sha, "success", "1 charter: no problems", []));
    expect(first[1]?.body).toEqual({ labels: ["kind/charter", "wg/packaging"] });
  });

  it("sends more than 50 annotations in batches of 50, as the Checks API requires", async () => {
    const highlights = Array.from({ length: 120 }, (_, i) => `  - ${i % 10}`).join("\n");
    const pull = fake.addPull({
      author: "alice",
      changes: {
        [REPORT]: `workgroup: packaging\nperiod: "2026-10"\nsubmitted_by: alice\nhighlights:\n${highlights}\n`,
      },
    });
    const first = await deliverTwice("reopened", pull);
    expect(first.map((w) => `${w.method} ${w.path}`)).toEqual([
      `POST ${REPO}/check-runs`,
      `PATCH ${REPO}/check-runs/${runOf(pull).id}`,
      `PATCH ${REPO}/check-runs/${runOf(pull).id}`,
      `POST ${REPO}/issues/${pull.number}/labels`,
    ]);
    const sizes = first
      .slice(0, 3)
      .map((w) => (w.body as { output: { annotations: unknown[] } }).output.annotations.length);
    expect(sizes).toEqual([50, 50, 20]);
    const run = runOf(pull);
    expect(run.annotations).toHaveLength(120);
    expect(run.annotations.map((a) => a.start_line)).toEqual(Array.from({ length: 120 }, (_, i) => i + 5));
  });

  it("does not mistake a workflow job's check run of the same name for its own", async () => {
    const pull = fake.addPull({
      author: "alice",
      changes: { [REPORT]: reportYaml({ workgroup: "packaging", period: "2026-10" }) },
    });
    await deliver(probot, pullRequestEvent(fake, "opened", pull));
    fake.checkRuns.push({
      id: 99_999,
      name: "wgbot",
      head_sha: pull.head.sha,
      status: "in_progress",
      conclusion: null,
      output: { title: null, summary: null, text: null, annotations_count: 0 },
      annotations: [],
      app: { slug: "github-actions" },
    });
    fake.reset();
    await deliver(probot, pullRequestEvent(fake, "synchronize", pull));
    expect(writes()).toEqual([]);
  });

  it("reads only the pull request with its file list when it changes no YAML file", async () => {
    const pull = fake.addPull({ author: "alice", changes: { "README.md": "# Governance\n" } });
    fake.reset();
    await deliver(probot, pullRequestEvent(fake, "opened", pull));
    expect(writes()).toEqual([]);
    expect(fake.requests.map((r) => `${r.method} ${r.path}`)).toEqual([
      "POST /app/installations/1/access_tokens",
      "POST /graphql",
    ]);
  });

  it("annotates a report file that is not where wgbot expects it", async () => {
    const pull = fake.addPull({
      author: "alice",
      changes: {
        "workgroups/packaging/reports/october.yml": reportYaml({ workgroup: "packaging", period: "2026-10" }),
      },
    });
    await deliverTwice("opened", pull);
    const run = runOf(pull);
    expect(run.conclusion).toBe("failure");
    expect(run.annotations.map((a) => [a.path, a.title, a.message])).toEqual([
      [
        "workgroups/packaging/reports/october.yml",
        "wgbot: repo.misplaced",
        "The report file name `october.yml` is not a month.\nName reports after the month they cover, e.g. reports/2026-10.yml.",
      ],
    ]);
    expect(fake.labelsOn(pull.number)).toEqual(["wg/packaging"]);
  });
});
