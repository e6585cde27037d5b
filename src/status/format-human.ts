/** `wgbot status` for people at a terminal: short tables that fit 100 columns, and what needs attention. */
import type { FoundationState, MeetingView, StageGroup, WorkGroupView } from "../decide/foundation/model.ts";
import { plural } from "../util/text.ts";
import { textTable, wrap } from "./text-table.ts";

const WIDTH = 100;

export function formatStatusHuman(f: FoundationState, notes: readonly string[] = []): string {
  const c = f.counts;
  const out: string[] = [
    `${f.organisation}: the foundation on ${f.today}`,
    wrap(
      `${plural(c.workgroups, "work group")} (${c.active} active): ${c.atRisk} at risk, ${c.overdue} with overdue reports, ${c.pastReview} past ${c.pastReview === 1 ? "its" : "their"} review date.${c.problems > 0 ? ` ${plural(c.problems, "file")} with errors: run \`wgbot validate\`.` : ""}`,
      WIDTH,
    ),
    "",
    "Work groups",
    workgroupTable(f.workgroups),
    "",
  ];
  if (f.issuesRead) {
    out.push(...requests("Charter proposals", f.proposals), ...requests("Grant requests", f.grants));
  } else {
    out.push(
      wrap(
        "Charter proposals and grant requests: not read. They are issues on GitHub: pass --repo owner/name with a token in GITHUB_TOKEN to include them.",
        WIDTH,
      ),
      "",
    );
  }
  out.push(...meetings(f.meetings, f.issuesRead));
  if (f.attention.length > 0) {
    out.push("Needs attention");
    for (const a of f.attention) out.push(wrap(`- ${a.text}`, WIDTH, "  "));
    out.push("");
  }
  for (const note of notes) out.push(wrap(note, WIDTH, ""));
  return `${out.join("\n").trimEnd()}\n`;
}

function workgroupTable(groups: readonly WorkGroupView[]): string {
  if (groups.length === 0) return "  (none yet)";
  return textTable(
    [
      { heading: "Work group", min: 14 },
      { heading: "Status", min: 8 },
      { heading: "Chairs", min: 12 },
      { heading: "Last report" },
      { heading: "Overdue", align: "right" },
      { heading: "Risk" },
      { heading: "Review" },
    ],
    groups.map((wg) => [
      wg.slug,
      wg.status,
      chairsText(wg.chairs),
      wg.lastReport ?? "none",
      wg.overdue.length > 0 ? String(wg.overdue.length) : "-",
      wg.atRisk.length > 0 ? "yes" : "-",
      wg.review ? `${wg.review}${wg.pastReview ? " (past)" : ""}` : "-",
    ]),
    WIDTH,
  );
}

/** The first chair and how many more: the full list is in the charter and on the dashboard. */
function chairsText(chairs: readonly string[]): string {
  if (chairs.length === 0) return "-";
  return chairs.length === 1 ? (chairs[0] as string) : `${chairs[0]} +${chairs.length - 1}`;
}

export function overdueText(periods: readonly string[]): string {
  if (periods.length === 0) return "-";
  const latest = periods[periods.length - 1] as string;
  return periods.length === 1 ? latest : `${periods.length}, latest ${latest}`;
}

function requests(title: string, groups: readonly StageGroup[]): string[] {
  const n = groups.reduce((sum, g) => sum + g.items.length, 0);
  if (n === 0) return [`${title}: none open.`, ""];
  const rows = groups.flatMap((g) =>
    g.items.map((item) => [
      `#${item.number}`,
      item.title,
      g.label,
      `${item.ageDays} d`,
      item.target
        ? `${item.target.date}${item.target.by === "board" ? " board" : ""}${item.target.overdue ? " (past)" : ""}`
        : "-",
    ]),
  );
  return [
    `${title} (${n} open)`,
    textTable(
      [
        { heading: "#", min: 4 },
        { heading: "Title", min: 20 },
        { heading: "Stage", min: 12 },
        { heading: "Age", align: "right" },
        { heading: "Decision target" },
      ],
      rows,
      WIDTH,
    ),
    "",
  ];
}

function meetings(list: readonly MeetingView[], issuesRead: boolean): string[] {
  const [next, ...later] = list;
  if (!next) return ["Board: no meeting is scheduled.", ""];
  const out = [`Next board meeting: ${next.date} (in ${plural(next.daysAway, "day")})`];
  if (next.items.length === 0)
    out.push(issuesRead ? "  Nothing is on its agenda yet." : "  Nothing from the files goes on its agenda.");
  for (const item of next.items)
    out.push(
      wrap(
        `- ${item.number === undefined ? "" : `#${item.number} `}${item.title} (${item.kind}${item.decision ? `, ${item.decision.toLowerCase()}` : ""})`,
        WIDTH,
        "    ",
      ).replace(/^/, "  "),
    );
  if (later.length > 0)
    out.push(
      `Later: ${later.map((m) => `${m.date} (${m.items.length === 0 ? "nothing on it yet" : plural(m.items.length, "item")})`).join(", ")}`,
    );
  out.push("");
  return out;
}
