/**
 * The report pull request's first read (src/gather/pull-request-now.ts) against the loopback fake GitHub, through
 * the real client: the pull request as it is now and its files in one GraphQL request, in the shapes the two REST
 * reads it replaces gave — and nothing lost on a pull request of 300 files or 150 labels.
 */
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { gatherPullNow } from "../../src/gather/pull-request-now.ts";
import type { GitHub } from "../../src/github/client.ts";
import { clientFor } from "../support/client.ts";
import { FakeGitHub } from "../support/fake-github.ts";

const repo = { owner: "psf", repo: "governance" };
let fake: FakeGitHub;
let github: GitHub;

beforeEach(async () => {
  fake = await new FakeGitHub().start();
  github = clientFor(fake);
});
afterEach(async () => {
  await fake.stop();
});

const requests = () => fake.requests.map((r) => `${r.method} ${r.path}`);

/** REST's answers for the same pull request: its file list (every page) and the pull request. */
async function rest(number: number) {
  const files = await github.paginate(github.rest.pulls.listFiles, {
    ...repo,
    pull_number: number,
    per_page: 100,
  });
  const { data } = await github.rest.pulls.get({ ...repo, pull_number: number });
  return {
    files: files.map((f) => ({ filename: f.filename, status: f.status })),
    state: data.state,
    author: data.user?.login ?? "",
    labels: data.labels.map((l) => l.name),
    headSha: data.head.sha,
    baseRef: data.base.ref,
  };
}

describe("gatherPullNow", () => {
  it("reads what GET /pulls/N/files and GET /pulls/N gave, in one GraphQL request", async () => {
    fake.files.set("workgroups/packaging/charter.yml", "old\n");
    fake.files.set("workgroups/packaging/reports/2026-08.yml", "gone\n");
    const pull = fake.addPull({
      author: "alice",
      labels: ["kind/report", "wg/packaging"],
      changes: {
        "workgroups/packaging/reports/2026-10.yml": "new\n",
        "workgroups/packaging/charter.yml": "changed\n",
        "workgroups/packaging/reports/2026-08.yml": null,
      },
    });
    fake.reset();
    const now = await gatherPullNow(github, repo, pull.number);
    expect(requests()).toEqual(["POST /graphql"]);
    expect(now).toEqual({
      number: pull.number,
      state: "open",
      author: "alice",
      labels: ["kind/report", "wg/packaging"],
      headSha: pull.head.sha,
      baseRef: "main",
      files: [
        { filename: "workgroups/packaging/reports/2026-10.yml", status: "added" },
        { filename: "workgroups/packaging/charter.yml", status: "modified" },
        { filename: "workgroups/packaging/reports/2026-08.yml", status: "removed" },
      ],
    });
    const { number: _, ...rest_ } = now ?? { number: 0 };
    expect(rest_).toEqual(await rest(pull.number));
  });

  it("loses nothing on a pull request of 300 files and 150 labels: one more request per further 100", async () => {
    const changes = Object.fromEntries(
      Array.from({ length: 300 }, (_, i) => [`workgroups/g${i}/reports/2026-10.yml`, `n: ${i}\n`]),
    );
    const labels = Array.from({ length: 150 }, (_, i) => `label-${i}`);
    const pull = fake.addPull({ author: "alice", labels, changes });
    fake.reset();
    const now = await gatherPullNow(github, repo, pull.number);
    // The pull request with the first 100 of each, then labels 101–150 beside files 101–200, then files 201–300.
    expect(requests()).toEqual(Array(4).fill("POST /graphql"));
    expect(now?.files).toHaveLength(300);
    expect(now?.labels).toEqual(labels);
    fake.reset();
    expect(now).toMatchObject(await rest(pull.number));
    expect(requests().filter((r) => r.endsWith("/files"))).toHaveLength(3);
  });

  it("names every change type as REST does, and a bot author with REST's [bot]", async () => {
    const pull = fake.addPull({
      changes: { "a.yml": "a\n", "b.yml": "b\n", "c.yml": "c\n", "d.yml": "d\n" },
    });
    const stored = fake.pulls.get(pull.number);
    if (!stored) throw new Error("no pull request");
    stored.user = { login: "renovate[bot]", type: "Bot" };
    const statuses = ["renamed", "copied", "changed", "modified"];
    stored.files = stored.files.map((f, i) => ({ ...f, status: statuses[i] as "renamed" }));
    const now = await gatherPullNow(github, repo, pull.number);
    expect(now?.author).toBe("renovate[bot]");
    expect(now?.files.map((f) => f.status)).toEqual(statuses);
  });

  it("is closed once closed, merged or not", async () => {
    const pull = fake.addPull({ changes: { "a.yml": "a\n" } });
    const issue = fake.issues.get(pull.number);
    if (issue) issue.state = "closed";
    expect((await gatherPullNow(github, repo, pull.number))?.state).toBe("closed");
    Object.assign(fake.pulls.get(pull.number) ?? {}, { merged: true });
    expect((await gatherPullNow(github, repo, pull.number))?.state).toBe("closed");
  });

  it("is undefined for a pull request that is not there (REST: 404), after one request", async () => {
    fake.reset();
    expect(await gatherPullNow(github, repo, 404)).toBeUndefined();
    expect(requests()).toEqual(["POST /graphql"]);
  });

  it("reads REST's file list when GraphQL gives no files connection", async () => {
    const pull = fake.addPull({ author: "alice", changes: { "a.yml": "a\n", "b.md": "b\n" } });
    const answer = {
      data: {
        repository: {
          pullRequest: {
            number: pull.number,
            state: "OPEN",
            headRefOid: pull.head.sha,
            baseRefName: "main",
            author: { login: "alice", __typename: "User" },
            labels: { nodes: [], pageInfo: { hasNextPage: false, endCursor: null } },
            files: null,
          },
        },
      },
    };
    fake.faults = [{ method: "POST", path: /\/graphql$/, status: 200, times: 1, body: answer }];
    fake.reset();
    const now = await gatherPullNow(github, repo, pull.number);
    expect(requests()).toEqual(["POST /graphql", `GET /repos/psf/governance/pulls/${pull.number}/files`]);
    expect(now?.files).toEqual([
      { filename: "a.yml", status: "added" },
      { filename: "b.md", status: "added" },
    ]);
  });

  it("fails on any other GraphQL error, as on a REST error", async () => {
    fake.faults = [
      {
        method: "POST",
        path: /\/graphql$/,
        status: 200,
        times: 1,
        body: { errors: [{ message: "Something went wrong" }] },
      },
    ];
    await expect(gatherPullNow(github, repo, 1)).rejects.toThrow("GitHub GraphQL: Something went wrong");
  });
});
