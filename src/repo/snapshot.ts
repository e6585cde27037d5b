/**
 * A governance repository as plain data: the files wgbot reads, by path. The CLI fills it from disk; the
 * GitHub runtimes fill it from one tree read plus batched content reads. Validation never knows which.
 */
export interface RepoSnapshot {
  files: ReadonlyMap<string, string | Uint8Array>;
}

export function snapshotOf(files: Record<string, string | Uint8Array>): RepoSnapshot {
  return { files: new Map(Object.entries(files)) };
}
