/**
 * The two ways the foundation state is put together: from a local checkout (its files and git history), with the
 * issues through the API when a client is given; or wholly through the API, as the Action does after a sweep (no
 * checkout there: one GraphQL query for the files, three issue lists).
 */
import { foundationState } from "../decide/foundation/index.ts";
import type { FoundationState } from "../decide/foundation/model.ts";
import { gatherFoundationItems } from "../gather/foundation.ts";
import { gatherGovernance } from "../gather/governance.ts";
import type { GitHub } from "../github/client.ts";
import type { Repo } from "../model/repo.ts";
import { historyNote, readLocalFoundation } from "./read-local.ts";

export interface Remote {
  github: GitHub;
  repo: Repo;
}

export interface FoundationRead {
  foundation: FoundationState;
  /** Sentences for the reader about what could not be known (no history, issues not read). */
  notes: string[];
}

export async function localFoundation(
  root: string,
  now: Date,
  remote?: Remote,
  heatmapMonths?: number,
): Promise<FoundationRead> {
  const { state, history, ledger } = readLocalFoundation(root, now);
  const items = remote ? await gatherFoundationItems(remote.github, remote.repo, state.config) : undefined;
  const foundation = foundationState({
    state,
    now,
    ...(history.dates ? { filed: history.dates } : {}),
    ...(items ? { items } : {}),
    ledger,
    ...(heatmapMonths ? { heatmapMonths } : {}),
  });
  const note = historyNote(history);
  return { foundation, notes: note ? [note] : [] };
}

export async function remoteFoundation({ github, repo }: Remote, now: Date): Promise<FoundationState> {
  const { state } = await gatherGovernance(github, repo, { now });
  const items = await gatherFoundationItems(github, repo, state.config);
  return foundationState({ state, now, items });
}

/** The state as JSON: everything but the merged config, which `wgbot config` shows. */
export function foundationJson(f: FoundationState, notes: readonly string[] = []): string {
  const { config: _config, ...rest } = f;
  return `${JSON.stringify({ ...rest, notes }, null, 2)}\n`;
}
