/**
 * The in-memory GitHub behind `wgbot simulate` and the tests' fake, asked directly: answers shaped as GitHub's for
 * the fields wgbot reads, and GitHub's rules (numbers never reused, the 1 MB contents limit, a body's length,
 * pagination, a file's sha on update).
 */
import { describe, expect, it } from "vitest";
import { blobSha } from "../../src/fake-github/git.ts";
import { InMemoryGitHub } from "../../src/fake-github/github.ts";

const R = "/repos/psf/governance";

function ask(github: InMemoryGitHub, method: string, path: string, body?: unknown, query = {}) {
  return github.answer({ method, path, query, body, baseUrl: "https://api.example" });
}

describe("the in-memory GitHub", () => {
  it("serves a file with git's blob sha, a folder's entries, and 404 for what is not there", () => {
    const github = new InMemoryGitHub();
    github.files.set("workgroups/docs/charter.yml", "slug: docs\n");
    github.files.set("workgroups/docs/reports/2026-10.yml", "period: 2026-10\n");
    github.files.set("workgroups/README.md", "# Work groups\n");
    const file = ask(github, "GET", `${R}/contents/workgroups%2Fdocs%2Fcharter.yml`);
    expect(file).toMatchObject({
      status: 200,
      resource: "repository",
      body: {
        type: "file",
        encoding: "base64",
        name: "charter.yml",
        path: "workgroups/docs/charter.yml",
        size: 11,
        sha: blobSha("slug: docs\n"),
        content: Buffer.from("slug: docs\n").toString("base64"),
      },
    });
    // git's own id for this content (`git hash-object`)
    expect(blobSha("hello\n")).toBe("ce013625030ba8dba906f756967f9e9ca394464a");
    const folder = ask(github, "GET", `${R}/contents/workgroups`).body as { type: string; name: string }[];
    expect(folder.map((e) => `${e.type} ${e.name}`)).toEqual(["file README.md", "dir docs"]);
    for (const path of ["workgroups%2Fnone.yml", "..%2Fpackage.json", "workgroups%2F..%2F..%2Fx"])
      expect(ask(github, "GET", `${R}/contents/${path}`).status).toBe(404);
    expect(ask(github, "GET", `${R}/contents/workgroups`, undefined, { ref: "no-such-branch" }).status).toBe(
      404,
    );
  });

  it("sends no content for a file over 1 MB, as GitHub's contents API does", () => {
    const github = new InMemoryGitHub();
    github.files.set("big.yml", "x".repeat(1024 * 1024 + 1));
    expect(ask(github, "GET", `${R}/contents/big.yml`).body).toMatchObject({
      encoding: "none",
      content: "",
      size: 1024 * 1024 + 1,
    });
  });

  it("writes a file only with the sha of the one it replaces, and keeps bytes that are not UTF-8", () => {
    const github = new InMemoryGitHub();
    const put = (content: Buffer, sha?: string) =>
      ask(github, "PUT", `${R}/contents/grants%2Fa.yml`, {
        message: "m",
        content: content.toString("base64"),
        ...(sha ? { sha } : {}),
      });
    expect(put(Buffer.from("one\n")).status).toBe(201);
    expect(put(Buffer.from("two\n")).status).toBe(422);
    expect(put(Buffer.from("two\n"), blobSha("one\n")).status).toBe(200);
    expect(github.files.get("grants/a.yml")).toBe("two\n");
    expect(put(Buffer.from([0xff, 0xfe]), blobSha("two\n")).status).toBe(200);
    expect(github.files.get("grants/a.yml")).toEqual(new Uint8Array([0xff, 0xfe]));
  });

  it("never gives an issue number twice, filters by milestone as GitHub does, and pages with a Link header", () => {
    const github = new InMemoryGitHub();
    const first = github.addIssue({ title: "a", body: "" });
    github.addIssue({ title: "b", body: "", milestone: { number: 3, title: "Board meeting 2027-01-13" } });
    github.issues.delete(first.number);
    const third = ask(github, "POST", `${R}/issues`, { title: "c" }).body as { number: number };
    // #2 is taken: the next number is #3, and #2 is still "b".
    expect(third.number).toBe(3);
    expect(github.issues.get(2)?.title).toBe("b");
    const titles = (milestone: string) =>
      (ask(github, "GET", `${R}/issues`, undefined, { milestone }).body as { title: string }[]).map(
        (i) => i.title,
      );
    expect(titles("*")).toEqual(["b"]);
    expect(titles("none")).toEqual(["c"]);
    expect(titles("3")).toEqual(["b"]);
    const paged = ask(github, "GET", `${R}/issues`, undefined, { per_page: "1" });
    expect(paged.headers?.link).toBe(`<https://api.example${R}/issues?per_page=1&page=2>; rel="next"`);
    expect(
      ask(github, "GET", `${R}/issues`, undefined, { per_page: "1", page: "2" }).headers?.link,
    ).toBeUndefined();
  });

  it("refuses a comment over 65,536 characters with GitHub's message", () => {
    const github = new InMemoryGitHub();
    const issue = github.addIssue({ title: "a", body: "" });
    const answer = ask(github, "POST", `${R}/issues/${issue.number}/comments`, { body: "x".repeat(65_537) });
    expect(answer.status).toBe(422);
    expect(JSON.stringify(answer.body)).toContain("body is too long (maximum is 65536 characters)");
    expect(github.comments).toEqual([]);
  });

  it("gives the default branch one commit while its files stay the same, and a new one when they change", () => {
    const github = new InMemoryGitHub();
    github.files.set("a.yml", "a\n");
    const sha = () =>
      (ask(github, "GET", `${R}/git/ref/heads%2Fmain`).body as { object: { sha: string } }).object.sha;
    const before = sha();
    expect(sha()).toBe(before);
    expect(ask(github, "GET", `${R}/contents/a.yml`, undefined, { ref: before }).status).toBe(200);
    github.files.set("b.yml", "b\n");
    expect(sha()).not.toBe(before);
    // The old commit still has the old files.
    expect(ask(github, "GET", `${R}/contents/b.yml`, undefined, { ref: before }).status).toBe(404);
  });

  it("answers GraphQL queries about the viewer and git objects, and refuses mutations", () => {
    const github = new InMemoryGitHub();
    github.files.set("workgroups/docs/charter.yml", "slug: docs\n");
    const query = `query { viewer { login } repository(owner: "PSF", name: "governance") {
      f: object(expression: "HEAD:workgroups/docs/charter.yml") { ... on Blob { text byteSize oid } }
      d: object(expression: "main:workgroups") { ... on Tree { entries { name type } } } } }`;
    expect(ask(github, "POST", "/graphql", { query }).body).toEqual({
      data: {
        viewer: { login: "wgbot[bot]" },
        repository: {
          f: { text: "slug: docs\n", byteSize: 11, oid: blobSha("slug: docs\n") },
          d: { entries: [{ name: "docs", type: "tree" }] },
        },
      },
    });
    const mutation = ask(github, "POST", "/graphql", {
      query: "mutation { addStar(input: {}) { clientMutationId } }",
    });
    expect(mutation.body).toEqual({
      errors: [{ message: "The in-memory GitHub answers queries, not mutations." }],
    });
  });

  it("says it has no such endpoint, with no resource to credit the answer to", () => {
    const answer = ask(new InMemoryGitHub(), "GET", `${R}/releases`);
    expect(answer).toEqual({
      status: 404,
      body: { message: `The in-memory GitHub has no endpoint GET ${R}/releases` },
    });
  });
});
