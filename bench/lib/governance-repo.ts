/**
 * Writes a synthetic governance repository to disk for benchmarks: `.github/wgbot.yml`, one charter per work
 * group and a report per month. Content is realistic (comments, quoted and unquoted scalars, nested lists,
 * optional sections) and deterministic (seeded), with a small share of files carrying a mistake people make:
 * a wrong type, an unknown field, a missing field, a bad date, or a file that is schema-valid but breaks a
 * cross-file rule (a submitter who is not a member, a period that is not the file name).
 *
 * Dates are quoted: ajv-cli reads YAML with js-yaml 3 (YAML 1.1), where an unquoted 2025-01-15 is a timestamp,
 * not a string, so unquoted dates would make the two tools disagree on what is valid.
 */
import { mkdirSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";

export interface GovernanceRepoOptions {
  /** Total YAML files to write, config included. */
  files: number;
  workgroups: number;
  /** Share of charters and reports given a mistake, e.g. 0.01. */
  errorRate: number;
  /** The last month reported on (YYYY-MM); reports run back from it. */
  lastMonth: string;
  seed?: number;
}

export interface GovernanceRepoStats {
  files: number;
  charters: number;
  reports: number;
  bytes: number;
  /** Files a schema validator must reject (both wgbot and ajv-cli should flag exactly these). */
  schemaInvalid: { charters: number; reports: number };
  /** Schema-valid reports that break a rule spanning files (only wgbot can find these). */
  ruleInvalidReports: number;
  /** Mistakes injected, by kind. */
  injected: Record<string, number>;
}

const TOPICS = [
  "packaging",
  "education",
  "diversity-inclusion",
  "documentation",
  "infrastructure",
  "security",
  "translations",
  "outreach",
  "scientific-python",
  "web-frameworks",
  "accessibility",
  "events",
  "mentoring",
  "typing",
  "performance",
  "embedded",
  "data-science",
  "community-health",
  "marketing",
  "sprints",
];
const REGIONS = [
  "global",
  "africa",
  "asia-pacific",
  "europe",
  "latam",
  "north-america",
  "india",
  "brazil",
  "nigeria",
  "japan",
  "germany",
  "france",
  "kenya",
  "mexico",
  "canada",
  "australia",
  "spain",
  "poland",
  "korea",
  "indonesia",
];
const FIRST = [
  "alice",
  "bob",
  "carol",
  "dave",
  "erin",
  "femi",
  "gita",
  "hiro",
  "ines",
  "jamal",
  "kofi",
  "lena",
];
const LAST = ["chen", "okafor", "silva", "nguyen", "muller", "garcia", "kim", "patel", "rossi", "smith"];
const VERBS = ["Released", "Published", "Reviewed", "Organised", "Merged", "Translated", "Ran", "Drafted"];
const OBJECTS = [
  "the new packaging guide, with a section on wheels and sdists",
  "three beginner workshops with 45 attendees in total",
  "the contributor onboarding checklist",
  "a sprint on documentation fixes (18 pull requests)",
  "the survey on tooling pain points; 312 responses so far",
  "the translation of the tutorial into two more languages",
  "a security audit of the release pipeline",
  "mentoring sessions for first-time speakers",
  "the accessibility review of the event website",
  "the monthly community call, notes on Discourse",
];
const METRICS: [string, string | undefined][] = [
  ["Pull requests merged", undefined],
  ["Volunteer hours", "hours"],
  ["Workshop attendees", "people"],
  ["New contributors", undefined],
  ["Issues triaged", undefined],
  ["Newsletter subscribers", "people"],
];
const CURRENCIES = ["USD", "USD", "USD", "EUR", "GBP"];

/** mulberry32: small, fast, good enough to make a reproducible repository. */
function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function addMonths(month: string, n: number): string {
  const [y, m] = month.split("-").map(Number) as [number, number];
  const index = y * 12 + (m - 1) + n;
  return `${Math.floor(index / 12)}-${String((index % 12) + 1).padStart(2, "0")}`;
}

const SCHEMA_COMMENT = (name: string) =>
  `# yaml-language-server: $schema=https://raw.githubusercontent.com/psf/governance/main/schemas/${name}.schema.json\n`;

const CONFIG = `${SCHEMA_COMMENT("config")}# wgbot configuration for the governance repository.
preset: psf
organisation: Python Software Foundation
teams:
  board: board
  grants_wg: grants-wg
reports:
  due_day: 15
  missed_for_at_risk: 2
workgroups:
  min_members: 3
  max_term_months: 24
`;

type Mistake = (text: string) => string;

/** Mistakes a schema must catch, applied to a valid file's text. */
const REPORT_SCHEMA_MISTAKES: Record<string, Mistake> = {
  "wrong type (metric value quoted)": (t) => t.replace(/(\n {4}value: )(\d+)/, '$1"$2"'),
  "wrong type (highlights as text)": (t) =>
    t.replace(/highlights:\n(?: {2}- .*\n)+/, "highlights: Released the guide and ran a sprint\n"),
  "unknown field": (t) => `${t}notes: Next call moved to the 3rd Thursday\n`,
  "missing required field": (t) => t.replace(/submitted_by: .*\n/, ""),
};
const CHARTER_SCHEMA_MISTAKES: Record<string, Mistake> = {
  "unknown field": (t) => t.replace("participants:\n", "participants:\n  chair: someone\n"),
  "bad date": (t) => t.replace(/review: "(\d{4})-\d\d-\d\d"/, 'review: "$1-13-01"'),
  "wrong type (goals as text)": (t) =>
    t.replace(/goals:\n(?: {2}- .*\n)+/, "goals: Fund packaging improvements\n"),
};
/** Reports that match the schema but break a rule that needs the file name or the charter. */
const REPORT_RULE_MISTAKES: Record<string, Mistake> = {
  "submitter not a member": (t) => t.replace(/submitted_by: .*\n/, "submitted_by: not-a-member\n"),
  "period not the file name": (t) =>
    t.replace(/period: "?(\d{4})-\d\d"?\n/, (_m, y: string) => `period: "${Number(y) - 1}-06"\n`),
  "work group not the folder": (t) => t.replace(/workgroup: .*\n/, "workgroup: some-other-group\n"),
};

/** Writes the repository under `root` on disk. */
export function writeGovernanceRepo(root: string, options: GovernanceRepoOptions): GovernanceRepoStats {
  const made = new Set<string>();
  return generateGovernanceRepo(options, (path, text) => {
    const dir = dirname(join(root, path));
    if (!made.has(dir)) mkdirSync(dir, { recursive: true });
    made.add(dir);
    writeFileSync(join(root, path), text);
  });
}

/** The same repository, in memory: path (with `/`) → text, e.g. for the fake GitHub's `files`. */
export function governanceRepoFiles(options: GovernanceRepoOptions): Map<string, string> {
  const files = new Map<string, string>();
  generateGovernanceRepo(options, (path, text) => files.set(path, text));
  return files;
}

function generateGovernanceRepo(
  options: GovernanceRepoOptions,
  sink: (path: string, text: string) => void,
): GovernanceRepoStats {
  const random = rng(options.seed ?? 20261020);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)] as T;
  const stats: GovernanceRepoStats = {
    files: 0,
    charters: 0,
    reports: 0,
    bytes: 0,
    schemaInvalid: { charters: 0, reports: 0 },
    ruleInvalidReports: 0,
    injected: {},
  };
  const write = (path: string, text: string) => {
    sink(path, text);
    stats.files++;
    stats.bytes += Buffer.byteLength(text);
  };
  const inject = (kind: string, mistakes: Record<string, Mistake>, text: string): string => {
    const names = Object.keys(mistakes);
    const name = pick(names);
    const out = (mistakes[name] as Mistake)(text);
    if (out === text) throw new Error(`bench generator: mistake "${name}" did not apply to a ${kind}`);
    stats.injected[`${kind}: ${name}`] = (stats.injected[`${kind}: ${name}`] ?? 0) + 1;
    return out;
  };

  write(".github/wgbot.yml", CONFIG);

  const reportFiles = options.files - 1 - options.workgroups;
  const perGroup = Math.floor(reportFiles / options.workgroups);
  let extra = reportFiles - perGroup * options.workgroups; // the first `extra` groups get one more report

  for (let g = 0; g < options.workgroups; g++) {
    const topic = TOPICS[g % TOPICS.length] as string;
    const region = REGIONS[Math.floor(g / TOPICS.length) % REGIONS.length] as string;
    const round = Math.floor(g / (TOPICS.length * REGIONS.length));
    const slug = round === 0 ? `${topic}-${region}` : `${topic}-${region}-${round + 1}`;
    const reports = perGroup + (extra-- > 0 ? 1 : 0);
    const firstMonth = addMonths(options.lastMonth, -(reports - 1));
    const people = new Set<string>();
    const size = 3 + Math.floor(random() * 8);
    while (people.size < size) people.add(`${pick(FIRST)}-${pick(LAST)}${Math.floor(random() * 100)}`);
    const members = [...people];
    const chairs = members.slice(0, 1 + Math.floor(random() * 2));
    const dir = `workgroups/${slug}`;

    let charter = charterText({ slug, topic, region, members, chairs, firstMonth, random, pick });
    if (random() < options.errorRate) {
      charter = inject("charter", CHARTER_SCHEMA_MISTAKES, charter);
      stats.schemaInvalid.charters++;
    }
    write(`${dir}/charter.yml`, charter);
    stats.charters++;

    for (let r = 0; r < reports; r++) {
      const month = addMonths(firstMonth, r);
      let report = reportText({ slug, month, members, random, pick });
      const roll = random();
      if (roll < options.errorRate * 0.7) {
        report = inject("report", REPORT_SCHEMA_MISTAKES, report);
        stats.schemaInvalid.reports++;
      } else if (roll < options.errorRate) {
        report = inject("report", REPORT_RULE_MISTAKES, report);
        stats.ruleInvalidReports++;
      }
      write(`${dir}/reports/${month}.yml`, report);
      stats.reports++;
    }
  }
  return stats;
}

interface Tools {
  random: () => number;
  pick: <T>(list: readonly T[]) => T;
}

function list(items: string[], indent = "  "): string {
  return items.map((item) => `${indent}- ${item}\n`).join("");
}

function charterText(
  o: {
    slug: string;
    topic: string;
    region: string;
    members: string[];
    chairs: string[];
    firstMonth: string;
  } & Tools,
): string {
  const name = `${o.topic.replace(/-/g, " ")} (${o.region.replace(/-/g, " ")}) Work Group`;
  const start = `${o.firstMonth}-01`;
  const review = `${addMonths(o.firstMonth, 24)}-01`;
  const budget =
    o.random() < 0.6
      ? `  budget:\n${[0, 1, 2]
          .slice(0, 1 + Math.floor(o.random() * 3))
          .map(
            (i) =>
              `    - description: ${["Captioning for recorded sessions", "Venue for the yearly sprint", "Travel support for speakers"][i]}\n      amount: ${100 * (5 + Math.floor(o.random() * 60))}\n      currency: ${o.pick(CURRENCIES)}\n`,
          )
          .join("")}`
      : "";
  return `${SCHEMA_COMMENT("charter")}slug: ${o.slug}
name: ${name.charAt(0).toUpperCase()}${name.slice(1)}
status: active
mission_alignment: >-
  The work group supports the foundation's mission to promote, protect and advance the Python
  programming language, and to support and facilitate the growth of a diverse and international
  community of Python programmers, here through ${o.topic.replace(/-/g, " ")} work in ${o.region.replace(/-/g, " ")}.
purpose: >-
  Coordinate volunteers, funding and events for ${o.topic.replace(/-/g, " ")} in the region, and report
  to the board every month on what was done and what is needed.
goals:
${list(["Grow the number of regular contributors", "Run at least two events a year", "Publish a yearly summary for the board"].slice(0, 1 + Math.floor(o.random() * 3)))}active_time:
  start: "${start}"
  review: "${review}"
core_values:
  - Openness
  - Respect for volunteers' time
  - Follow the Code of Conduct
governance: |
  Chairs serve one-year terms and are elected by the members.
  Members join by invitation of the chairs after two months of participation.
decision_making: Lazy consensus on the mailing list; a majority vote of members if consensus fails.
communication:
  plan: Monthly call; public notes on Discourse within a week of each call.
  channels:
    - name: Discourse category
      url: https://discuss.python.org/c/${o.slug}/${10 + Math.floor(o.random() * 90)}
    - name: Mailing list
participants:
  chairs:
${list(o.chairs, "    ")}  members:
${list(o.members, "    ")}support:
  resources:
    - A mailing list
    - Two hours of staff time per month
${budget}reporting:
  cadence: monthly
`;
}

function reportText(o: { slug: string; month: string; members: string[] } & Tools): string {
  const quoted = o.random() < 0.5;
  const metrics = Array.from({ length: 1 + Math.floor(o.random() * 4) }, () => {
    const [name, unit] = o.pick(METRICS);
    return `  - name: ${name}\n    value: ${1 + Math.floor(o.random() * 400)}\n${unit ? `    unit: ${unit}\n` : ""}`;
  }).join("");
  const spending =
    o.random() < 0.4
      ? `spending:\n  - description: Captioning service for the monthly call\n    amount: ${50 * (1 + Math.floor(o.random() * 20))}\n    currency: ${o.pick(CURRENCIES)}\n`
      : "";
  const blockers =
    o.random() < 0.3 ? `blockers:\n${list(["Waiting for a new mailing list", "Two chairs away"])}` : "";
  const asks =
    o.random() < 0.05 ? "board_asks:\n  - Approve a 2,000 USD budget for captioning next quarter\n" : "";
  const sentence = () => `${o.pick(VERBS)} ${o.pick(OBJECTS)}`;
  return `${SCHEMA_COMMENT("report")}# Monthly report for ${o.month}
workgroup: ${o.slug}
period: ${quoted ? `"${o.month}"` : o.month}
submitted_by: ${o.pick(o.members)}
highlights:
${list(Array.from({ length: 1 + Math.floor(o.random() * 3) }, sentence))}activities:
${list(Array.from({ length: 2 + Math.floor(o.random() * 4) }, sentence))}metrics:
${metrics}${spending}${blockers}${asks}next_steps:
${list(Array.from({ length: 1 + Math.floor(o.random() * 3) }, sentence))}`;
}
