/** Git's view of files: object ids, the bytes of a file, and the changes between two revisions. */
import { createHash } from "node:crypto";
import type { FileContent, PullFile } from "./types.ts";

/**
 * GitHub keeps no file over 100 MB (a push with one is refused), and its contents API sends the content of a file
 * of at most 1 MB; a larger file is answered with its size and an empty content.
 */
export const MAX_STORED_BYTES = 100 * 1024 * 1024;
export const MAX_CONTENTS_BYTES = 1024 * 1024;

export function bytesOf(content: FileContent): Buffer {
  return typeof content === "string" ? Buffer.from(content, "utf8") : Buffer.from(content);
}

export function sizeOf(content: FileContent): number {
  return typeof content === "string" ? Buffer.byteLength(content) : content.length;
}

/** Text when the bytes are UTF-8 (what GitHub's GraphQL `Blob.text` answers), null when they are binary. */
export function textOf(content: FileContent): string | null {
  if (typeof content === "string") return content;
  return content.includes(0) ? null : Buffer.from(content).toString("utf8");
}

/** The git object id of a blob, as GitHub reports it; trees and commits get stable made-up ids. */
export function gitSha(kind: "blob" | "tree" | "commit", content: FileContent): string {
  const bytes = bytesOf(content);
  return createHash("sha1").update(`${kind} ${bytes.length}\0`).update(bytes).digest("hex");
}

export const blobSha = (content: FileContent): string => gitSha("blob", content);

/** The files `head` changes from `base`, as the pull request files list names them. */
export function changedFiles(
  base: ReadonlyMap<string, FileContent>,
  head: ReadonlyMap<string, FileContent>,
): PullFile[] {
  return [...new Set([...base.keys(), ...head.keys()])]
    .filter((path) => !same(base.get(path), head.get(path)))
    .map((filename) => ({
      filename,
      status: !head.has(filename) ? "removed" : base.has(filename) ? "modified" : "added",
    }));
}

function same(a: FileContent | undefined, b: FileContent | undefined): boolean {
  if (a === undefined || b === undefined) return a === b;
  return typeof a === "string" && typeof b === "string" ? a === b : bytesOf(a).equals(bytesOf(b));
}

/** How many lines a file has: the additions of an added file in the pull request files list. */
export function lineCount(content: FileContent | undefined): number {
  if (content === undefined) return 0;
  const text = bytesOf(content).toString("utf8");
  return text === "" ? 0 : text.replace(/\n$/, "").split("\n").length;
}
