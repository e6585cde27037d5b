/**
 * Single files through the contents API (src/gather/files.ts), against the loopback fake GitHub: one request per
 * file, at the ref asked for; a missing file is undefined, a folder is not a file, and a file over the size limit
 * is reported by its size, never decoded.
 */
import { createHash } from "node:crypto";
import { beforeAll, describe, expect, it } from "vitest";
import { readRepoBytes, readRepoFile, readRepoFileWithSha } from "../../src/gather/files.ts";
import { MAX_FILE_BYTES } from "../../src/repo/decode.ts";
import { fakeGitHubForFile, REPO } from "../support/client.ts";

const gh = fakeGitHubForFile();
beforeAll(() => {
  gh.fake.files.set("workgroups/packaging/charter.yml", "slug: packaging\n");
});

const gets = () =>
  gh.fake.requests.map(
    (r) => `${r.method} ${decodeURIComponent(r.path)}${r.query.ref ? `?ref=${r.query.ref}` : ""}`,
  );

describe("readRepoBytes", () => {
  it("reads a file's bytes exactly as stored, invalid UTF-8 included, in one request", async () => {
    const bytes = new Uint8Array([0x73, 0x6c, 0x75, 0x67, 0x3a, 0x20, 0xff, 0xfe, 0x0a]);
    (gh.fake.files as Map<string, unknown>).set("odd.yml", bytes);
    expect(await readRepoBytes(gh.github, REPO, "odd.yml")).toEqual(bytes);
    expect(gets()).toEqual(["GET /repos/psf/governance/contents/odd.yml"]);
  });

  it("reads at a ref when given one", async () => {
    const sha = gh.fake.commit(new Map([["a.yml", "at the commit\n"]]));
    const read = await readRepoBytes(gh.github, REPO, "a.yml", sha);
    expect(new TextDecoder().decode(read as Uint8Array)).toBe("at the commit\n");
    expect(gets()).toEqual([`GET /repos/psf/governance/contents/a.yml?ref=${sha}`]);
  });

  it("is undefined for a missing file, null for a folder", async () => {
    expect(await readRepoBytes(gh.github, REPO, "missing.yml")).toBeUndefined();
    expect(await readRepoBytes(gh.github, REPO, "workgroups/packaging")).toBeNull();
  });

  it("reports a file over the limit by its size, whether or not the API sent its content", async () => {
    const justOver = "x".repeat(MAX_FILE_BYTES + 1);
    gh.fake.files.set("big.yml", justOver);
    expect(await readRepoBytes(gh.github, REPO, "big.yml")).toEqual({ tooLarge: MAX_FILE_BYTES + 1 });
    // Over 1 MB the contents API sends no content at all (encoding "none").
    gh.fake.files.set("huge.yml", "x".repeat(1024 * 1024 + 1));
    expect(await readRepoBytes(gh.github, REPO, "huge.yml")).toEqual({ tooLarge: 1024 * 1024 + 1 });
    // At the limit it is read.
    gh.fake.files.set("edge.yml", "x".repeat(MAX_FILE_BYTES));
    expect(((await readRepoBytes(gh.github, REPO, "edge.yml")) as Uint8Array).length).toBe(MAX_FILE_BYTES);
  });

  it("fails on any other answer than 404", async () => {
    gh.fake.faults = [{ method: "GET", path: /contents/, status: 403, times: 1 }];
    await expect(readRepoBytes(gh.github, REPO, "workgroups/packaging/charter.yml")).rejects.toMatchObject({
      status: 403,
    });
  });
});

describe("readRepoFile and readRepoFileWithSha", () => {
  it("read a file's text and its blob SHA in one request", async () => {
    const text = "slug: packaging\n";
    expect(await readRepoFile(gh.github, REPO, "workgroups/packaging/charter.yml")).toBe(text);
    const read = await readRepoFileWithSha(gh.github, REPO, "workgroups/packaging/charter.yml");
    // git's blob id: sha1("blob <length>\0<content>"), which an update of the file must name
    expect(read).toEqual({
      content: text,
      sha: createHash("sha1").update(`blob ${text.length}\0${text}`).digest("hex"),
    });
    expect(gets()).toEqual([
      "GET /repos/psf/governance/contents/workgroups/packaging/charter.yml",
      "GET /repos/psf/governance/contents/workgroups/packaging/charter.yml",
    ]);
  });

  it("read a branch's version when given the branch", async () => {
    gh.fake.branches.set("wgbot/charter-docs", gh.fake.commit(new Map([["a.yml", "on the branch\n"]])));
    expect(await readRepoFile(gh.github, REPO, "a.yml", "wgbot/charter-docs")).toBe("on the branch\n");
    expect(gets()).toEqual(["GET /repos/psf/governance/contents/a.yml?ref=wgbot/charter-docs"]);
  });

  it("are undefined for a missing file and for a folder; other failures fail", async () => {
    expect(await readRepoFile(gh.github, REPO, "missing.yml")).toBeUndefined();
    expect(await readRepoFileWithSha(gh.github, REPO, "workgroups")).toBeUndefined();
    gh.fake.faults = [{ method: "GET", path: /contents/, status: 500, times: 1 }];
    await expect(readRepoFile(gh.github, REPO, "workgroups/packaging/charter.yml")).rejects.toMatchObject({
      status: 500,
    });
  });
});
