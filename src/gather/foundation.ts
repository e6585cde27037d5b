/**
 * The issues the dashboard and `wgbot status` show, read through the API: every open issue and pull request in one
 * paginated list (requests, escalated items, agendas), and the closed items the board approved or declined, one
 * list per label. Three lists whatever the number of work groups; the files come from gatherGovernance.
 */
import type { Config } from "../config/types.ts";
import type { FoundationItem } from "../decide/foundation/model.ts";
import type { GitHub } from "../github/client.ts";
import type { Repo } from "../model/repo.ts";
import { boardItemOf, type IssueData } from "./board.ts";

type Listed = IssueData & { closed_at?: string | null };

export async function gatherFoundationItems(
  github: GitHub,
  repo: Repo,
  config: Config,
): Promise<FoundationItem[]> {
  const list = (state: "open" | "closed", labels?: string) =>
    github.paginate(github.rest.issues.listForRepo, {
      ...repo,
      state,
      per_page: 100,
      ...(labels ? { labels } : {}),
    }) as Promise<Listed[]>;
  const [open, approved, declined] = await Promise.all([
    list("open"),
    list("closed", config.labels.approved),
    list("closed", config.labels.declined),
  ]);
  const seen = new Set<number>();
  const items: FoundationItem[] = [];
  for (const issue of [...open, ...approved, ...declined]) {
    if (seen.has(issue.number)) continue;
    seen.add(issue.number);
    items.push({ ...boardItemOf(issue), ...(issue.closed_at ? { closedAt: issue.closed_at } : {}) });
  }
  return items;
}
