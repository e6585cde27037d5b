/** The sweep's summary: one line for logs, and the text of the dry run and the Action's job summary. */
import type { Config } from "../config/types.ts";
import { monthName } from "../util/dates.ts";
import { listing, plural } from "../util/text.ts";
import type { SweepFindings } from "./sweep-model.ts";

export function months(labels: readonly string[]): string {
  if (labels.length <= 3) return listing(labels.map(monthName));
  return `${monthName(labels[0] as string)} to ${monthName(labels[labels.length - 1] as string)}`;
}

export function summaryLine(f: SweepFindings): string {
  const parts = [
    `${plural(f.workgroups, "work group")}`,
    `${f.overdue.length} with overdue reports`,
    `${f.atRisk.length} at risk`,
    `${f.renewal.length} past review`,
    `${f.revivable.length} revivable`,
  ];
  if (f.grantsClosed.length) parts.push(`${plural(f.grantsClosed.length, "grant")} closed`);
  if (f.grantsFlagged.length) parts.push(`${plural(f.grantsFlagged.length, "grant")} flagged`);
  return `sweep: ${parts.join(", ")}`;
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
    f.revivable.map((s) => `${s}: set \`status: active\` with a new review date in its charter`),
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
    "Not checked",
    f.unreadable.map((u) => `${u.slug}: ${u.why}`),
  );
  if (lines.length === 4) lines.push("Nothing needs attention.");
  return `${lines.join("\n").trim()}\n`;
}
