/**
 * `wgbot status --format markdown`: the same state as GitHub Markdown, which the Action appends to its job summary
 * after every sweep. Every value from a file or an issue is escaped (render/escape.ts): shown literally, it pings
 * nobody and links nowhere.
 */
import type { FoundationState, StageGroup } from "../decide/foundation/model.ts";
import { escapeMarkdown } from "../render/escape.ts";
import { plural } from "../util/text.ts";
import { overdueText } from "./format-human.ts";

const e = (text: string) => escapeMarkdown(text);

function table(headings: readonly string[], rows: readonly (readonly string[])[]): string[] {
  return [
    `| ${headings.join(" | ")} |`,
    `|${headings.map(() => " --- ").join("|")}|`,
    ...rows.map((row) => `| ${row.join(" | ")} |`),
  ];
}

export function formatStatusMarkdown(f: FoundationState, notes: readonly string[] = []): string {
  const c = f.counts;
  const out: string[] = [
    `### ${e(f.organisation)}: the foundation on ${f.today}`,
    "",
    `${plural(c.workgroups, "work group")} (${c.active} active): **${c.atRisk} at risk**, ${c.overdue} with overdue reports, ${c.pastReview} past ${c.pastReview === 1 ? "its" : "their"} review date.${c.problems > 0 ? ` ${plural(c.problems, "file")} with errors.` : ""}`,
    "",
  ];
  if (f.workgroups.length > 0)
    out.push(
      ...table(
        ["Work group", "Status", "Chairs", "Last report", "Overdue", "At risk", "Review"],
        f.workgroups.map((wg) => [
          e(wg.name),
          e(wg.status),
          wg.chairs.map((ch) => e(`@${ch}`)).join(", ") || "–",
          wg.lastReport ?? "none",
          overdueText(wg.overdue),
          wg.atRisk.length > 0 ? `⚠️ ${e(wg.atRisk.join("; "))}` : "–",
          wg.review ? `${wg.review}${wg.pastReview ? " (past)" : ""}` : "–",
        ]),
      ),
      "",
    );
  if (f.issuesRead)
    out.push(...requests("Charter proposals", f.proposals), ...requests("Grant requests", f.grants));
  const [next, ...later] = f.meetings;
  if (next) {
    out.push(`**Next board meeting: ${next.date}** (in ${plural(next.daysAway, "day")})`, "");
    if (next.items.length === 0) out.push("Nothing is on its agenda yet.", "");
    for (const item of next.items)
      out.push(
        `- ${item.number === undefined ? "" : `#${item.number} `}${e(item.title)} (${e(item.kind)}${item.decision ? `, ${item.decision.toLowerCase()}` : ""})`,
      );
    if (next.items.length > 0) out.push("");
    if (later.length > 0) out.push(`Later: ${later.map((m) => m.date).join(", ")}.`, "");
  }
  if (f.attention.length > 0) {
    out.push("**Needs attention**", "", ...f.attention.map((a) => `- ${e(a.text)}`), "");
  }
  for (const note of notes) out.push(`_${e(note)}_`, "");
  return `${out.join("\n").trimEnd()}\n`;
}

function requests(title: string, groups: readonly StageGroup[]): string[] {
  const rows = groups.flatMap((g) =>
    g.items.map((item) => [
      `#${item.number}`,
      e(item.title),
      g.label,
      `${item.ageDays} days`,
      item.target ? `${item.target.date}${item.target.overdue ? " ⚠️ past" : ""}` : "–",
    ]),
  );
  if (rows.length === 0) return [`**${title}**: none open.`, ""];
  return [
    `**${title}** (${rows.length} open)`,
    "",
    ...table(["#", "Title", "Stage", "Age", "Decision target"], rows),
    "",
  ];
}
