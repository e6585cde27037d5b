/** The sweep's summary: one line for logs, and the text of the dry run and the Action's job summary. */
import type { Config } from "../config/types.ts";
import { monthName } from "../util/dates.ts";
import { listing, plural } from "../util/text.ts";
import type { SweepFindings } from "./sweep-model.ts";

export function months(labels: readonly string[]): string {
  if (labels.length <= 3) return listing(labels.map(monthName));
  return `${monthName(labels[0] as string)} to ${monthName(labels[labels.length - 1] as string)}`;
}

/** The counts, each with the work groups or requests it counts, so a log line says whom the run concerns. */
export function summaryLine(f: SweepFindings): string {
  const parts = [
    `${plural(f.workgroups, "work group")}`,
    `${f.overdue.length} with overdue reports${names(f.overdue.map((o) => o.slug))}`,
    `${f.atRisk.length} at risk${names(f.atRisk.map((a) => a.slug))}`,
    `${f.renewal.length} past review${names(f.renewal.map((r) => r.slug))}`,
    `${f.revivable.length} revivable${names(f.revivable)}`,
  ];
  if (f.grantsClosed.length)
    parts.push(
      `${plural(f.grantsClosed.length, "grant")} closed${names(f.grantsClosed.map((n) => `#${n}`))}`,
    );
  if (f.grantsFlagged.length)
    parts.push(
      `${plural(f.grantsFlagged.length, "grant")} flagged${names(f.grantsFlagged.map((n) => `#${n}`))}`,
    );
  if (f.grantsPastTarget.length)
    parts.push(
      `${plural(f.grantsPastTarget.length, "grant")} past the decision target${names(f.grantsPastTarget.map((p) => `#${p.issue}`))}`,
    );
  return `sweep: ${parts.join(", ")}`;
}

/** " (a, b and 3 more)": the first few names, enough for a log line; none for an empty list. */
function names(list: readonly string[], shown = 5): string {
  if (list.length === 0) return "";
  const rest = list.length - shown;
  return ` (${rest > 0 ? `${list.slice(0, shown).join(", ")} and ${rest} more` : list.join(", ")})`;
}

export function summaryText(f: SweepFindings, config: Config, today: string): string {
  const lines = [`### wgbot sweep, ${today}`, "", `${plural(f.workgroups, "work group")} checked.`, ""];
  const section = (title: string, items: string[]) => {
    if (items.length === 0) return;
    lines.push(`**${title}**`, ...items.map((i) => `- ${i}`), "");
  };
  section(
    "Overdue reports",
    f.overdue.map(
      (o) =>
        `${o.slug}: ${o.periods.length <= 3 ? listing(o.periods.map(monthName)) : `${o.periods.length} missing, the latest for ${monthName(o.periods[o.periods.length - 1] as string)}`}`,
    ),
  );
  section(
    "At risk",
    f.atRisk.map((a) => `${a.slug}: ${a.reasons.join("; ")}`),
  );
  section(
    "Charters past their review date",
    f.renewal.map((r) => `${r.slug} (review date ${r.review})`),
  );
  section(
    "Inactive work groups that can be revived",
    f.revivable.map(
      (s) =>
        `${s}: to revive it, open a pull request on its charter that sets \`status: active\`, a new \`active_time.start\` (the day it is revived) and \`active_time.review\`, removes \`active_time.end\`, and lists today's chairs and members, then ask the board to approve it (see docs/policy.md)`,
    ),
  );
  section(
    `Grant requests closed after ${config.grants.needs_info_close_days} days in needs-info`,
    f.grantsClosed.map((n) => `#${n}`),
  );
  section(
    `Grant requests waiting for the Grants WG over ${config.grants.grants_wg_review_days} days`,
    f.grantsFlagged.map((n) => `#${n}`),
  );
  section(
    "Grant requests past their decision target, still undecided",
    f.grantsPastTarget.map(
      (p) => `#${p.issue}: target ${p.target}, with ${p.stage === "board" ? "the board" : "the Grants WG"}`,
    ),
  );
  section(
    "Not checked",
    f.unreadable.map((u) => `${u.slug}: ${u.why}`),
  );
  if (lines.length === 4) lines.push("Nothing needs attention.");
  return `${lines.join("\n").trim()}\n`;
}
