/**
 * A file put refused because the file is already there (a concurrent run wrote it first) is read back through the
 * declared exception, apply/create-once.ts: the same content is the state wanted; other content is a real conflict.
 * Only HTTP is faked, by the loopback fake GitHub.
 */
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { executeWrite } from "../../src/apply/writes.ts";
import { tokenIdentity } from "../../src/gather/identity.ts";
import { type GitHub, WgbotOctokit } from "../../src/github/client.ts";
import type { Write } from "../../src/model/write.ts";
import { FakeGitHub } from "../support/fake-github.ts";

const R = "/repos/psf/governance";
const repo = { owner: "psf", repo: "governance" };
const BRANCH = "wgbot/charter-documentation";
const PATH = "workgroups/documentation/charter.yml";
const put: Extract<Write, { kind: "put-file" }> = {
  kind: "put-file",
  branch: BRANCH,
  path: PATH,
  content: "name: Documentation\n",
  message: "Add the documentation work group charter (#1)",
};

let fake: FakeGitHub;
let github: GitHub;

beforeEach(async () => {
  fake = await new FakeGitHub().start();
  fake.branches.set(BRANCH, fake.commit());
  github = new WgbotOctokit({
    auth: "ghs_test",
    baseUrl: fake.url,
    throttle: { enabled: false },
    retry: { enabled: false },
  }) as unknown as GitHub;
});
afterEach(async () => {
  await fake.stop();
});

const write = () => executeWrite(github, repo, put, tokenIdentity(github));

describe("a put-file write", () => {
  it("writes the file once; put again without its sha, it is refused, read back and left as it is", async () => {
    await write();
    expect(fake.filesAt(BRANCH)?.get(PATH)).toBe(put.content);
    fake.reset();
    await expect(write()).resolves.toBeUndefined();
    // The second put changed nothing: GitHub refused it, and the read that followed found the same content.
    expect(fake.filesAt(BRANCH)?.get(PATH)).toBe(put.content);
    expect(fake.requests.map((r) => `${r.method} ${r.path}`)).toEqual([
      `PUT ${R}/contents/${encodeURIComponent(PATH)}`,
      `GET ${R}/contents/${encodeURIComponent(PATH)}`,
    ]);
  });

  it("throws GitHub's refusal when a concurrent run wrote other content first", async () => {
    fake.branches.set(BRANCH, fake.commit(new Map([[PATH, "name: Something else\n"]])));
    await expect(write()).rejects.toMatchObject({ status: 422 });
    expect(fake.filesAt(BRANCH)?.get(PATH)).toBe("name: Something else\n");
  });
});
