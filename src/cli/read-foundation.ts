/**
 * What `wgbot status` and `wgbot site` read, and how both say it failed: a folder that is not a governance repository
 * is refused as `wgbot validate` refuses it (a dashboard of "0 work groups" built in the wrong folder would look like
 * success), and a GitHub that cannot be reached is named as a network error, never as an answer GitHub gave.
 */
import { existsSync } from "node:fs";
import { type FoundationRead, localFoundation, type Remote } from "../status/foundation.ts";
import { NotARepositoryError } from "../validate/read-local.ts";
import { findRepositoryRoot, isGovernanceRepository } from "../validate/repository-root.ts";
import { githubFailure } from "./github-failure.ts";
import { type CliIo, EXIT } from "./io.ts";

/** The foundation in `root`, or the exit code after one line on stderr saying why there is none. */
export async function readFoundation(
  command: string,
  root: string,
  io: CliIo,
  remote: Remote | undefined,
): Promise<FoundationRead | number> {
  // A path that is no folder at all is said so by the reader (NotARepositoryError, below).
  if (existsSync(root) && !isGovernanceRepository(root)) {
    io.stderr(`wgbot ${command}: ${notARepository(root)}\n`);
    return EXIT.problems;
  }
  try {
    return await localFoundation(root, io.now, remote);
  } catch (error) {
    if (error instanceof NotARepositoryError) {
      io.stderr(`wgbot ${command}: ${error.message} Give the folder of a governance repository.\n`);
      return EXIT.problems;
    }
    const said = githubFailure(error);
    if (said === undefined) throw error;
    io.stderr(`wgbot ${command}: ${said}\n`);
    return EXIT.problems;
  }
}

/** Says what is missing, and where the repository is when `root` is inside one (a work group's folder, say). */
export function notARepository(root: string): string {
  const above = findRepositoryRoot(root);
  const missing = `${root} is not a governance repository: no .github/wgbot.yml and no workgroups/ folder.`;
  return above
    ? `${missing} It is inside the one at ${above}: run it there.`
    : `${missing} Name that folder (e.g. path/to/governance), or run \`wgbot init\` to start one.`;
}
