/**
 * What opening a pull request that adds one file reads first (an approved work group's charter, or a grants ledger
 * record the default branch refused): each step looks before it writes.
 */
import type { GitHub } from "../github/client.ts";
import type { Repo } from "../model/repo.ts";

/**
 * The states of the pull requests from the branch (`open` or `closed`; a merged one is closed), up to ten: `all`
 * of them, or only the `open` ones.
 */
export async function pullStates(
  github: GitHub,
  repo: Repo,
  branch: string,
  state: "all" | "open" = "all",
): Promise<string[]> {
  const { data: pulls } = await github.rest.pulls.list({
    ...repo,
    state,
    head: `${repo.owner}:${branch}`,
    per_page: 10,
  });
  return pulls.map((p) => p.state);
}

/** Whether a pull request from the branch exists (open, merged or closed): then the work is done. */
export async function charterPullExists(github: GitHub, repo: Repo, branch: string): Promise<boolean> {
  return (await pullStates(github, repo, branch)).length > 0;
}

/** The commit a ref points at, or undefined when there is no such ref. */
export async function refSha(github: GitHub, repo: Repo, ref: string): Promise<string | undefined> {
  try {
    const { data } = await github.rest.git.getRef({ ...repo, ref });
    return data.object.sha;
  } catch (error) {
    if ((error as { status?: number }).status === 404) return undefined;
    throw error;
  }
}

/** The repository's default branch, when the event did not say. */
export async function gatherDefaultBranch(github: GitHub, repo: Repo): Promise<string> {
  return (await github.rest.repos.get({ ...repo })).data.default_branch;
}
