/**
 * After each sweep the Action appends the foundation's status (`wgbot status --format markdown`) to its job summary,
 * read through the API: the run's page then shows the whole foundation, not only what the sweep changed. Reading it
 * writes nothing; when it fails, the sweep's own result stands and the summary says the status is missing.
 */
import type { GitHub } from "../github/client.ts";
import type { Logger } from "../model/identity.ts";
import type { Repo } from "../model/repo.ts";
import { formatStatusMarkdown } from "../status/format-markdown.ts";
import { remoteFoundation } from "../status/foundation.ts";

export async function statusSummary(github: GitHub, repo: Repo, now: Date, log: Logger): Promise<string> {
  try {
    return `\n${formatStatusMarkdown(await remoteFoundation({ github, repo }, now))}`;
  } catch (error) {
    const message = (error instanceof Error ? error.message : String(error)).split("\n")[0] ?? "";
    log.warn(`wgbot could not read the foundation's status for the job summary: ${message}`);
    return "\n_The foundation's status could not be read for this summary; the sweep above ran as shown._\n";
  }
}
