/**
 * The repository's files: the contents API (read a file or a folder, write a file) and git's refs, trees and blobs.
 * As on GitHub, a file over 1 MB is listed with its size but its content is not sent.
 */
import { blobSha, bytesOf, gitSha, MAX_CONTENTS_BYTES, sizeOf } from "../git.ts";
import type { Router } from "../router.ts";
import { notFound, validationFailed } from "../router.ts";
import type { Files, GitHubState } from "../state.ts";
import type { ApiAnswer, FileContent } from "../types.ts";

/** GitHub truncates a recursive tree at 100,000 entries; so does this. */
const TREE_LIMIT = 100_000;

export function fileRoutes(router: Router, state: GitHubState): void {
  const repo = `/repos/${state.owner}/${state.repo}`;
  const read = ({ params: [path = ""], query }: { params: string[]; query: Record<string, string> }) => {
    const files = state.filesAt(query.ref);
    return files ? contents(files, path.replace(/^\/+|\/+$/g, "")) : notFound;
  };
  router.add("GET", `${repo}/contents`, "repository", read);
  router.add("GET", `${repo}/contents/:path+`, "repository", read);
  router.add("PUT", `${repo}/contents/:path+`, "repository", ({ params: [path = ""], body }) => {
    const b = body as { message: string; content: string; branch?: string; sha?: string };
    const branch = b.branch ?? state.defaultBranch;
    const files = state.filesAt(branch);
    if (!files) return notFound;
    const before = files.get(path);
    if (before !== undefined && b.sha !== blobSha(before))
      return { status: 422, body: { message: `Invalid request.\n\n"sha" wasn't supplied.` } };
    if (before === undefined && b.sha !== undefined) return { status: 409, body: { message: "Conflict" } };
    const content = stored(Buffer.from(b.content, "base64"));
    if (branch === state.defaultBranch) state.files.set(path, content);
    else state.branches.set(branch, state.commit(new Map([...files, [path, content]])));
    return {
      status: before === undefined ? 201 : 200,
      body: {
        content: { name: path.split("/").pop(), path, sha: blobSha(content), size: sizeOf(content) },
        commit: { message: b.message },
      },
    };
  });

  router.add("GET", `${repo}/git/ref/:ref+`, "git", ({ params: [ref = ""] }) => {
    const branch = ref.startsWith("heads/") ? ref.slice("heads/".length) : undefined;
    const sha = branch === undefined ? undefined : state.branchSha(branch);
    if (sha === undefined) return notFound;
    return { status: 200, body: { ref: `refs/${ref}`, object: { sha, type: "commit" } } };
  });
  router.add("POST", `${repo}/git/refs`, "git", ({ body }) => {
    const b = body as { ref: string; sha: string };
    const name = b.ref.replace(/^refs\/heads\//, "");
    if (name === state.defaultBranch || state.branches.has(name))
      return validationFailed([{ code: "custom", message: "Reference already exists" }]);
    if (!state.commits.has(b.sha)) return { status: 422, body: { message: "Object does not exist" } };
    state.branches.set(name, b.sha);
    return { status: 201, body: { ref: b.ref, object: { sha: b.sha, type: "commit" } } };
  });
  router.add("GET", `${repo}/git/trees/:ref`, "git", ({ params: [ref], query }) => {
    const files = state.filesAt(ref);
    if (!files) return notFound;
    const sha = /^[0-9a-f]{40}$/.test(ref as string) ? (ref as string) : state.branchSha(ref as string);
    return {
      status: 200,
      body: tree(files, sha ?? gitSha("tree", ref as string), query.recursive !== undefined),
    };
  });
  router.add("GET", `${repo}/git/blobs/:sha`, "git", ({ params: [sha] }) => {
    for (const files of [state.files, ...state.commits.values()])
      for (const content of files.values())
        if (blobSha(content) === sha)
          return {
            status: 200,
            body: {
              sha,
              size: sizeOf(content),
              encoding: "base64",
              content: bytesOf(content).toString("base64"),
            },
          };
    return notFound;
  });
}

/** Text when the bytes are UTF-8 and survive the round trip (as tests compare them), else the bytes. */
function stored(bytes: Buffer): FileContent {
  const text = bytes.toString("utf8");
  return Buffer.from(text, "utf8").equals(bytes) ? text : new Uint8Array(bytes);
}

/** A file (its content when at most 1 MB), or a folder's entries, or 404. */
function contents(files: Files, path: string): ApiAnswer {
  const file = files.get(path);
  if (file !== undefined) {
    const size = sizeOf(file);
    const sent = size <= MAX_CONTENTS_BYTES;
    return {
      status: 200,
      body: {
        type: "file",
        encoding: sent ? "base64" : "none",
        name: path.split("/").pop(),
        path,
        sha: blobSha(file),
        size,
        content: sent ? bytesOf(file).toString("base64") : "",
      },
    };
  }
  const prefix = path ? `${path}/` : "";
  const entries = new Map<string, object>();
  for (const [p, content] of files) {
    if (!p.startsWith(prefix)) continue;
    const [name = "", ...deeper] = p.slice(prefix.length).split("/");
    const entryPath = `${prefix}${name}`;
    if (deeper.length === 0)
      entries.set(name, {
        type: "file",
        name,
        path: entryPath,
        sha: blobSha(content),
        size: sizeOf(content),
      });
    else if (!entries.has(name))
      entries.set(name, { type: "dir", name, path: entryPath, sha: gitSha("tree", entryPath), size: 0 });
  }
  if (entries.size === 0) return notFound;
  return { status: 200, body: [...entries].sort(([x], [y]) => (x < y ? -1 : 1)).map(([, entry]) => entry) };
}

/** A git tree: the top level, or every path (`recursive`), folders as `tree` entries. */
function tree(files: Files, sha: string, recursive: boolean): object {
  const entries: object[] = [];
  const dirs = new Set<string>();
  for (const [path, content] of [...files].sort(([x], [y]) => (x < y ? -1 : 1))) {
    const parts = path.split("/");
    if (!recursive && parts.length > 1) {
      dirs.add(parts[0] as string);
      continue;
    }
    for (let i = 1; i < parts.length; i++) {
      const dir = parts.slice(0, i).join("/");
      if (dirs.has(dir)) continue;
      dirs.add(dir);
      entries.push({ path: dir, mode: "040000", type: "tree", sha: gitSha("tree", dir) });
    }
    entries.push({ path, mode: "100644", type: "blob", sha: blobSha(content), size: sizeOf(content) });
  }
  if (!recursive)
    for (const dir of dirs)
      entries.push({ path: dir, mode: "040000", type: "tree", sha: gitSha("tree", dir) });
  return { sha, tree: entries.slice(0, TREE_LIMIT), truncated: entries.length > TREE_LIMIT };
}
