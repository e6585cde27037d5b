/** What a flow gets from its runtime: a GitHub client, the repository, the time, who wgbot is, whether to write. */

import type { ConfigCache } from "../gather/config-cache.ts";
import type { GitHub } from "../github/client.ts";
import type { Identity, Logger } from "../model/identity.ts";
import type { Repo } from "../model/repo.ts";

export interface CoreContext {
  github: GitHub;
  repo: Repo;
  now: Date;
  /** When true, flows compute their writes but do not perform them. */
  dryRun: boolean;
  log: Logger;
  /**
   * wgbot's own account, learned from GitHub by the runtime (gather/identity.ts): only what it wrote counts as
   * wgbot's sticky comments, replies, decision records, tracking issues and agendas.
   */
  self: Identity;
  /** The App's memory of configs read (gather/config-cache.ts); a one-event runtime has none. */
  configs?: ConfigCache;
}
