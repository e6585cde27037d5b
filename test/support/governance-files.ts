/** Charter and report YAML for tests of the report pull requests and the sweep: valid unless told otherwise. */

export interface CharterOptions {
  slug: string;
  name?: string;
  status?: "proposed" | "active" | "inactive" | "retired";
  chairs?: string[];
  members?: string[];
  start?: string;
  review?: string;
  end?: string;
  cadence?: "monthly" | "quarterly";
}

export function charterYaml(o: CharterOptions): string {
  const chairs = o.chairs ?? ["alice"];
  const members = o.members ?? [...new Set([...chairs, "bob", "carol"])];
  const list = (items: string[]) => items.map((i) => `    - ${i}`).join("\n");
  return `# yaml-language-server: $schema=../../schemas/charter.schema.json
slug: ${o.slug}
name: ${o.name ?? `${o.slug.charAt(0).toUpperCase()}${o.slug.slice(1)} Work Group`}
status: ${o.status ?? "active"}
mission_alignment: >
  This work supports the foundation's mission to promote, protect and advance the Python language.
purpose: >
  Coordinate volunteers and funding for ${o.slug} work, and report to the board every month.
goals:
  - Grow the number of regular contributors
active_time:
  start: ${o.start ?? "2025-06-01"}
  review: ${o.review ?? "2027-05-31"}${o.end ? `\n  end: ${o.end}` : ""}
core_values: [Openness, Respect for volunteers' time]
governance: Chairs serve one-year terms; members join by invitation of the chairs.
decision_making: Lazy consensus on the mailing list; a majority vote of members if consensus fails.
communication:
  plan: Monthly call; public notes on Discourse within a week.
  channels:
    - name: Discourse
      url: https://discuss.python.org/c/${o.slug}/14
participants:
  chairs:
${list(chairs)}
  members:
${list(members)}
support:
  resources: [A mailing list]
reporting:
  cadence: ${o.cadence ?? "monthly"}
`;
}

export interface ReportOptions {
  workgroup: string;
  period: string;
  submitted_by?: string;
  board_asks?: string[];
}

export function reportYaml(o: ReportOptions): string {
  const asks = o.board_asks?.length ? `board_asks:\n${o.board_asks.map((a) => `  - ${a}`).join("\n")}\n` : "";
  return `workgroup: ${o.workgroup}
period: "${o.period}"
submitted_by: ${o.submitted_by ?? "alice"}
highlights:
  - Released the new guide
activities:
  - Two sprint sessions with 14 contributors
metrics:
  - name: Pull requests merged
    value: 42
${asks}next_steps:
  - Publish the survey results
`;
}

export const CONFIG =
  "preset: psf\nteams: { board: board, grants_wg: grants-wg }\nreports: { due_day: 15, missed_for_at_risk: 2 }\n";
