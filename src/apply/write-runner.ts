/**
 * For flows that must read what an earlier write created before they can plan the next one (a milestone's
 * number, the agenda issue a concurrent run opened): each write is logged, then performed — or, in a dry run,
 * only logged.
 */
import type { GitHub } from "../github/client.ts";
import type { Identity } from "../model/identity.ts";
import type { Repo } from "../model/repo.ts";
import type { Write } from "../model/write.ts";
import { executeWrite } from "./writes.ts";

export class WriteRunner {
  readonly writes: Write[] = [];

  constructor(
    readonly github: GitHub,
    readonly repo: Repo,
    readonly dryRun: boolean,
    /** wgbot's own account (see writes.ts), for the writes and for what flows read back after them. */
    readonly self: Identity,
  ) {}

  /** GitHub's answer to the write; undefined in a dry run, or when the target state was already reached. */
  async run(write: Write): Promise<unknown> {
    this.writes.push(write);
    return this.dryRun ? undefined : executeWrite(this.github, this.repo, write, this.self);
  }

  async runAll(writes: readonly Write[]): Promise<void> {
    for (const write of writes) await this.run(write);
  }
}
