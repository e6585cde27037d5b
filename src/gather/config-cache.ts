/**
 * The App's memory of each repository's parsed `.github/wgbot.yml`. Every event needs the config, and reading it
 * each time was one GitHub request in six (bench/load.ts) and a share of an installation's 5,000 requests an
 * hour. The App (a long-running process) keeps what it read for `maxAgeMs` and forgets it as soon as a push
 * touches the file; the Action handles one event per process and keeps nothing.
 *
 * Push events reach the App only where it subscribes to them (app.yml does); without them a change to the config
 * takes effect after at most `maxAgeMs`.
 */
import type { LoadedConfig } from "../config/load.ts";
import { CONFIG_PATH } from "../repo/paths.ts";

/** A config as gathered: with the shared file `_extends` named, if any (gather/config.ts). */
export interface GatheredConfig extends LoadedConfig {
  /** `owner/repo` and path of the file this config extends: a push that changes it makes this config stale. */
  extended?: { repo: string; path: string };
}

/** How long a config read is used without reading it again, by default. */
export const CONFIG_MAX_AGE_MS = 60_000;
/** Repositories (times refs) remembered at most; the oldest is forgotten first. */
const MAX_ENTRIES = 1_000;

interface Entry {
  loaded: GatheredConfig;
  at: number;
}

/** A push event's commits, as much of them as the cache reads. */
export interface PushLike {
  ref?: string;
  forced?: boolean;
  commits?: { added?: string[]; modified?: string[]; removed?: string[] }[] | null;
}

/** GitHub lists at most this many commits in a push payload; a longer push may hide a change to the config. */
const PUSH_COMMITS_LISTED = 20;

export class ConfigCache {
  private readonly entries = new Map<string, Entry>();
  /** Reads in flight, so concurrent events on one repository share one request. */
  private readonly pending = new Map<string, Promise<GatheredConfig>>();
  /** For each shared file (`owner/repo:path`, lower case) the repositories whose cached config extends it. */
  private readonly dependents = new Map<string, Set<string>>();

  constructor(
    private readonly maxAgeMs = CONFIG_MAX_AGE_MS,
    private readonly clock: () => number = Date.now,
  ) {}

  async get(
    repo: string,
    ref: string | undefined,
    read: () => Promise<GatheredConfig>,
  ): Promise<GatheredConfig> {
    const key = `${repo}@${ref ?? ""}`;
    const entry = this.entries.get(key);
    if (entry && this.clock() - entry.at < this.maxAgeMs) return entry.loaded;
    const inFlight = this.pending.get(key);
    if (inFlight) return inFlight;
    const generation = this.generations.get(repo) ?? 0;
    const reading = read().then(
      (loaded) => {
        this.pending.delete(key);
        // A push seen while this read was under way may have changed the file after it was read: not kept.
        if ((this.generations.get(repo) ?? 0) === generation) {
          this.remember(key, deepFreeze(loaded));
          if (loaded.extended) this.depend(repo, loaded.extended);
        }
        return loaded;
      },
      (error: unknown) => {
        this.pending.delete(key);
        throw error;
      },
    );
    this.pending.set(key, reading);
    return reading;
  }

  /** How many times each repository's config was forgotten, so a read that started before is not kept. */
  private readonly generations = new Map<string, number>();

  /**
   * Forgets the repository's config after a push that changed it, or may have; and the configs of the repositories
   * that extend a file the push changed. (A push to a branch other than the default cannot change what `_extends`
   * reads, but the payload's ref is compared with nothing here: forgetting too often only costs a read.)
   */
  onPush(repo: string, push: PushLike): void {
    // A tag points at commits already pushed to a branch: it changes no branch's config.
    if (push.ref?.startsWith("refs/tags/")) return;
    if (mayTouch(push, CONFIG_PATH)) this.forget(repo);
    for (const [shared, repos] of this.dependents) {
      const [owner, path] = splitShared(shared);
      if (owner !== repo.toLowerCase() || !mayTouch(push, path)) continue;
      this.dependents.delete(shared);
      for (const dependent of repos) this.forget(dependent);
    }
  }

  private depend(repo: string, extended: { repo: string; path: string }): void {
    const shared = `${extended.repo}:${extended.path}`.toLowerCase();
    const repos = this.dependents.get(shared) ?? new Set<string>();
    repos.add(repo);
    this.dependents.set(shared, repos);
  }

  forget(repo: string): void {
    this.generations.set(repo, (this.generations.get(repo) ?? 0) + 1);
    for (const key of [...this.entries.keys()]) if (key.startsWith(`${repo}@`)) this.entries.delete(key);
    for (const key of [...this.pending.keys()]) if (key.startsWith(`${repo}@`)) this.pending.delete(key);
  }

  private remember(key: string, loaded: GatheredConfig): void {
    this.entries.delete(key);
    this.entries.set(key, { loaded, at: this.clock() });
    if (this.entries.size > MAX_ENTRIES) this.entries.delete(this.entries.keys().next().value as string);
  }
}

/** Whether a push changed `path`, or may have (a forced push, or one with more commits than the payload lists). */
function mayTouch(push: PushLike, path: string): boolean {
  const commits = push.commits ?? [];
  return (
    push.forced === true ||
    commits.length === 0 ||
    commits.length >= PUSH_COMMITS_LISTED ||
    commits.some((c) =>
      [c.added, c.modified, c.removed].some((paths) => paths?.some((p) => p.toLowerCase() === path)),
    )
  );
}

/** `owner/repo:path` → [`owner/repo`, `path`]. */
function splitShared(shared: string): [string, string] {
  const at = shared.indexOf(":");
  return [shared.slice(0, at), shared.slice(at + 1)];
}

/** Shared between events, so no flow may change it; a change would throw (modules run in strict mode). */
function deepFreeze<T>(value: T): T {
  if (value && typeof value === "object" && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const child of Object.values(value)) deepFreeze(child);
  }
  return value;
}
