/**
 * One entry of a repository on disk, looked at without following it: what kind of thing it is, and — for a plain
 * file within the size limit — its bytes. Everything else (a link, a pipe, a folder where a file belongs, a file
 * over the limit, one that cannot be opened) is one problem that names the path. Nothing here throws.
 */
import { closeSync, constants, fstatSync, lstatSync, openSync, readSync, type Stats } from "node:fs";
import { type Problem, problem } from "../problems.ts";
import { MAX_FILE_BYTES, tooLargeProblem } from "./decode.ts";

export type EntryKind = "file" | "folder" | "link" | "fifo" | "socket" | "device" | "missing" | "other";

interface TypeTest {
  isFile(): boolean;
  isDirectory(): boolean;
  isSymbolicLink(): boolean;
  isFIFO(): boolean;
  isSocket(): boolean;
  isBlockDevice(): boolean;
  isCharacterDevice(): boolean;
}

/** The kind of a Stats or Dirent, as lstat (never stat) sees it. */
export function kindOf(entry: TypeTest): EntryKind {
  if (entry.isSymbolicLink()) return "link";
  if (entry.isFile()) return "file";
  if (entry.isDirectory()) return "folder";
  if (entry.isFIFO()) return "fifo";
  if (entry.isSocket()) return "socket";
  if (entry.isBlockDevice() || entry.isCharacterDevice()) return "device";
  return "other";
}

/** lstat that says "missing" instead of throwing; other failures (a permission) are reported by the caller. */
export function lstatOf(path: string): { kind: EntryKind; stats?: Stats } | { error: NodeJS.ErrnoException } {
  try {
    const stats = lstatSync(path);
    return { kind: kindOf(stats), stats };
  } catch (error) {
    const e = error as NodeJS.ErrnoException;
    if (e.code === "ENOENT" || e.code === "ENOTDIR") return { kind: "missing" };
    return { error: e };
  }
}

const NAMES: Record<EntryKind, string> = {
  file: "a file",
  folder: "a folder",
  link: "a symbolic link",
  fifo: "a named pipe (FIFO)",
  socket: "a socket",
  device: "a device file",
  missing: "missing",
  other: "not a plain file or folder",
};

/** The one problem for an entry that is not the kind of thing wgbot expects at its path. */
export function wrongKindProblem(path: string, kind: EntryKind, expected: "file" | "folder"): Problem {
  if (kind === "link")
    return problem(path, "repo.symlink", `\`${path}\` is a symbolic link; wgbot does not follow links.`, {
      hint: "Put the file or folder itself in the repository: a link can point anywhere, even outside it.",
    });
  if (kind === "file" || kind === "folder")
    return problem(
      path,
      expected === "file" ? "repo.not-a-file" : "repo.not-a-folder",
      `\`${path}\` is ${NAMES[kind]}, where wgbot expects ${NAMES[expected]}.`,
      {
        hint:
          expected === "file"
            ? "Replace the folder with a YAML file of that name, or rename the folder."
            : "Replace the file with a folder of that name holding the files, e.g. reports/2026-10.yml.",
      },
    );
  return problem(
    path,
    "repo.special-file",
    `\`${path}\` is ${NAMES[kind]}, not a plain file; wgbot reads only plain files.`,
    { hint: "Remove it from the repository." },
  );
}

export function unreadableProblem(path: string, error: NodeJS.ErrnoException): Problem {
  const why =
    error.code === "EACCES" || error.code === "EPERM" ? "permission denied" : (error.code ?? "error");
  return problem(path, "repo.unreadable", `\`${path}\` cannot be read (${why}).`, {
    hint: "Check the file's permissions; governance files are plain, readable files.",
  });
}

/**
 * The bytes of the plain file at `abs` (`path` is how problems name it). The size is judged before anything is
 * read; the file is opened without following a link (O_NOFOLLOW) and without waiting (O_NONBLOCK: a pipe swapped
 * in after the lstat would otherwise block forever), then checked again on the open descriptor.
 */
export function readPlainFile(
  abs: string,
  path: string,
  maxBytes = MAX_FILE_BYTES,
): { bytes: Uint8Array } | { problem: Problem } {
  const seen = lstatOf(abs);
  if ("error" in seen) return { problem: unreadableProblem(path, seen.error) };
  if (seen.kind !== "file") return { problem: wrongKindProblem(path, seen.kind, "file") };
  if ((seen.stats as Stats).size > maxBytes)
    return { problem: tooLargeProblem(path, (seen.stats as Stats).size, maxBytes) };
  let fd: number;
  try {
    fd = openSync(abs, constants.O_RDONLY | (constants.O_NOFOLLOW ?? 0) | (constants.O_NONBLOCK ?? 0));
  } catch (error) {
    const e = error as NodeJS.ErrnoException;
    // ELOOP: the file became a link after the lstat.
    if (e.code === "ELOOP") return { problem: wrongKindProblem(path, "link", "file") };
    return { problem: unreadableProblem(path, e) };
  }
  try {
    const opened = fstatSync(fd);
    const kind = kindOf(opened);
    if (kind !== "file") return { problem: wrongKindProblem(path, kind, "file") };
    if (opened.size > maxBytes) return { problem: tooLargeProblem(path, opened.size, maxBytes) };
    // Read to the end, but never past one byte over the limit: a file that grew since fstat is still caught.
    let buffer = Buffer.allocUnsafe(opened.size + 1);
    let length = 0;
    for (;;) {
      if (length === buffer.length) {
        const bigger = Buffer.allocUnsafe(Math.min(buffer.length * 2, maxBytes + 1));
        buffer.copy(bigger, 0, 0, length);
        buffer = bigger;
      }
      const n = readSync(fd, buffer, length, buffer.length - length, null);
      if (n === 0) break;
      length += n;
      if (length > maxBytes) return { problem: tooLargeProblem(path, length, maxBytes) };
      // All fstat promised: done, without one more call to find the end (a file still being written is read as
      // it was, within the limit).
      if (length === opened.size) break;
    }
    return { bytes: buffer.subarray(0, length) };
  } catch (error) {
    return { problem: unreadableProblem(path, error as NodeJS.ErrnoException) };
  } finally {
    closeSync(fd);
  }
}
