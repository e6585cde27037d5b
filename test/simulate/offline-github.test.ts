/**
 * The offline GitHub behind `wgbot simulate`, asked through a real Octokit: reads served from examples/psf, the
 * pull request's files and the payload, team memberships from --member, writes recorded, GraphQL reads of git objects.
 */
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { graphql } from "../../src/github/graphql.ts";
import type { Payload } from "../../src/model/event.ts";
import { OfflineGitHub } from "../../src/simulate/offline-github.ts";
import { ROOT } from "../support/cli.ts";

const EVENTS = join(ROOT, "examples", "events");
const EXAMPLE = join(ROOT, "examples", "psf");
describe("the offline GitHub", () => {
  const payload = {
    action: "opened",
    repository: { name: "governance", owner: { login: "psf" } },
    sender: { login: "tanvi-rao-dev", type: "User" },
    pull_request: {
      number: 43,
      title: "Report",
      state: "open",
      user: { login: "tanvi-rao-dev" },
      labels: [{ name: "kind/report" }],
      head: { sha: "8f1d3c2b7a6e5d4c3b2a19f8e7d6c5b4a3928170", ref: "di-report-2026-10" },
      base: { sha: "1a2b3c4d5e6f708192a3b4c5d6e7f8091a2b3c4d", ref: "main" },
    },
  } as unknown as Payload & { pull_request: { head: { sha: string } } };
  const repo = { owner: "psf", repo: "governance" };
  const offline = () =>
    new OfflineGitHub({
      root: EXAMPLE,
      repo,
      payload,
      teams: new Map([["board", new Set(["ewa-board"])]]),
      head: join(EVENTS, "04-report-pr"),
    });
  const report = "workgroups/diversity-inclusion/reports/2026-10.yml";

  it("serves files and folders from the repository, and the pull request's files at its head", async () => {
    const { github } = offline();
    const config = await github.rest.repos.getContent({ ...repo, path: ".github/wgbot.yml" });
    expect(Buffer.from((config.data as { content: string }).content, "base64").toString()).toContain(
      "preset: psf",
    );
    const folder = await github.rest.repos.getContent({ ...repo, path: "workgroups" });
    expect((folder.data as { name: string; type: string }[]).map((e) => `${e.type} ${e.name}`)).toContain(
      "dir packaging",
    );
    await expect(github.rest.repos.getContent({ ...repo, path: report })).rejects.toMatchObject({
      status: 404,
    });
    const atHead = await github.rest.repos.getContent({
      ...repo,
      path: report,
      ref: payload.pull_request.head.sha,
    });
    expect(Buffer.from((atHead.data as { content: string }).content, "base64").toString()).toContain(
      'period: "2026-10"',
    );
    const files = await github.rest.pulls.listFiles({ ...repo, pull_number: 43 });
    expect(files.data.map((f) => `${f.status} ${f.filename}`)).toEqual([`added ${report}`]);
  });

  it("serves a recursive git tree whose blob ids are git's, and the blobs by id", async () => {
    const { github } = offline();
    const { data } = await github.rest.git.getTree({ ...repo, tree_sha: "main", recursive: "1" });
    const charter = data.tree.find((e) => e.path === "workgroups/packaging/charter.yml");
    expect(charter).toMatchObject({ type: "blob", mode: "100644" });
    expect(data.tree).toContainEqual(expect.objectContaining({ path: "workgroups/packaging", type: "tree" }));
    expect(data.tree.some((e) => e.path === report)).toBe(false);
    const blob = await github.rest.git.getBlob({ ...repo, file_sha: charter?.sha as string });
    expect(Buffer.from(blob.data.content, "base64").toString()).toContain("slug: packaging");
    const head = await github.rest.git.getTree({
      ...repo,
      tree_sha: payload.pull_request.head.sha,
      recursive: "1",
    });
    expect(head.data.tree.some((e) => e.path === report)).toBe(true);
  });

  it("answers team membership from --member, and the item and its labels from the payload", async () => {
    const { github } = offline();
    const member = { org: "psf", team_slug: "board" };
    expect(
      (await github.rest.teams.getMembershipForUserInOrg({ ...member, username: "ewa-board" })).status,
    ).toBe(200);
    await expect(
      github.rest.teams.getMembershipForUserInOrg({ ...member, username: "tanvi-rao-dev" }),
    ).rejects.toMatchObject({ status: 404 });
    expect((await github.rest.pulls.get({ ...repo, pull_number: 43 })).data.title).toBe("Report");
    const labels = await github.rest.issues.listLabelsOnIssue({ ...repo, issue_number: 43 });
    expect(labels.data.map((l) => l.name)).toEqual(["kind/report"]);
    await expect(github.rest.issues.get({ ...repo, issue_number: 7 })).rejects.toMatchObject({ status: 404 });
  });

  it("records writes and answers them as GitHub would, sending nothing", async () => {
    const gh = offline();
    const comment = await gh.github.rest.issues.createComment({ ...repo, issue_number: 43, body: "hi" });
    expect(comment.status).toBe(201);
    expect(comment.data.body).toBe("hi");
    await gh.github.rest.issues.removeLabel({ ...repo, issue_number: 43, name: "kind/report" });
    expect(gh.writes.map((w) => `${w.method} ${w.path}`)).toEqual([
      "POST /repos/psf/governance/issues/43/comments",
      "DELETE /repos/psf/governance/issues/43/labels/kind%2Freport",
    ]);
    expect(gh.writes[0]?.body).toEqual({ body: "hi" });
  });

  it("answers GraphQL reads of git objects from the repository, and records mutations", async () => {
    const gh = offline();
    const query = `query Files($owner: String!, $name: String!, $config: String!, $folder: String!) {
      repository(owner: $owner, name: $name) {
        config: object(expression: $config) { ... on Blob { text isTruncated } }
        folder: object(expression: $folder) { ... on Tree { entries { name type object { ... on Blob { byteSize } } } } }
        missing: object(expression: "HEAD:nothing/here.yml") { __typename }
      }
    }`;
    const vars = { owner: "psf", name: "governance", config: "HEAD:.github/wgbot.yml" };
    const answer = await graphql<{
      repository: {
        config: { text: string; isTruncated: boolean };
        folder: { entries: { name: string; type: string; object: { byteSize?: number } }[] };
        missing: null;
      };
    }>(gh.github, query, { ...vars, folder: "HEAD:workgroups/packaging" });
    expect(answer.repository.config.text).toContain("preset: psf");
    expect(answer.repository.folder.entries.map((e) => `${e.type} ${e.name}`)).toEqual([
      "blob charter.yml",
      "tree reports",
    ]);
    expect(answer.repository.folder.entries[0]?.object.byteSize).toBeGreaterThan(100);
    expect(answer.repository.missing).toBeNull();
    const atHead = await graphql<{ repository: { f: { text: string } | null } }>(
      gh.github,
      'query($e: String!) { repository(owner: "psf", name: "governance") { f: object(expression: $e) { ... on Blob { text } } } }',
      { e: `${payload.pull_request.head.sha}:${report}` },
    );
    expect(atHead.repository.f?.text).toContain('period: "2026-10"');
    expect(gh.writes).toEqual([]);
    await gh.github.request({
      method: "POST",
      url: "/graphql",
      query: "mutation { addStar(input: {}) { clientMutationId } }",
    });
    expect(gh.writes.map((w) => `${w.method} ${w.path}`)).toEqual(["POST /graphql"]);
  });

  it("says which requests it could not answer", async () => {
    const gh = offline();
    await expect(gh.github.rest.repos.listReleases({ ...repo })).rejects.toMatchObject({ status: 404 });
    expect(gh.unanswered.map((c) => c.path)).toEqual(["/repos/psf/governance/releases"]);
  });

  it("never serves a file outside the repository", async () => {
    const { github } = offline();
    for (const path of ["../package.json", "workgroups/../../package.json", "/etc/passwd"]) {
      await expect(github.rest.repos.getContent({ ...repo, path })).rejects.toMatchObject({ status: 404 });
    }
  });
});
