/**
 * A governance repository as plain data: the files wgbot reads, by path. The CLI fills it from disk; the
 * GitHub runtimes fill it from one tree read plus batched content reads. Validation never knows which.
 */
import type { Problem } from "../problems.ts";

export interface RepoSnapshot {
  files: ReadonlyMap<string, string | Uint8Array>;
  /**
   * Entries that were found but not read, one problem each: a symbolic link, a pipe or device, a folder where a
   * file belongs or the other way round, a file over the size limit, a name that is not UTF-8.
   */
  problems?: readonly Problem[];
}

export function snapshotOf(files: Record<string, string | Uint8Array>): RepoSnapshot {
  return { files: new Map(Object.entries(files)) };
}
