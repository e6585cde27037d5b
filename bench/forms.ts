/**
 * Issue forms: 10,000 realistic issue bodies — grant requests and charter proposals, rendered from the issue forms
 * in templates/issue-forms/ as GitHub renders them — parsed, validated and decided by wgbot (decideRequest: the
 * form parser, the schema, the policy rules, the comment), next to `@github/issue-parser` parsing the same bodies
 * with the same form template. Two figures, medians of 5 rounds (each round times both on all bodies, in turns):
 *
 * - throughput, bodies per second; issue-parser does much less (strings out, no validation, no decision);
 * - how many fields each reads right, against the truth the generator kept for each body. Answers vary as people
 *   type them: budgets as `-`/`*`/numbered bullets or a Markdown table, dates as `2027-04-14`, `14 April 2027` or
 *   `April 14, 2027`, amounts as `12,500 USD`, `$12,500`, `12500 USD` or `12.500,00 €`, logins with or without
 *   `@`; and some are malformed (an ambiguous `04/05/2027`, `next spring`, `about 300`, `a lot`), where the right
 *   read is to refuse the value: wgbot with a finding on that field, issue-parser by its value not normalising.
 *   wgbot's read is the form parser's output (`partial`, and its findings). issue-parser's is its string after
 *   the obvious normalisation, the one line of code a consumer would write per field type:
 *     text: trimmed · login: `@` and case dropped · list: one item per line, bullet dropped · people: split on
 *     commas and spaces, `@` dropped · dropdown: the selected option compared with the option the truth is ·
 *     whole number: `Number()` without `,` · date: as is if `YYYY-MM-DD`, else `Date.parse` (local date) ·
 *     amount: the digits and `.` as a number, a 3-letter code or `$`/`€`/`£` as the currency · budget: each line
 *     (bullet dropped) as `description: amount`, with `(essential)`; each table row's cells as description,
 *     amount, essential (yes/✓/essential).
 */
import { readFileSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { parseIssue } from "@github/issue-parser";
import { PRESETS } from "../src/config/presets.ts";
import { decideRequest, type RequestKind } from "../src/decide/request.ts";
import type { Finding } from "../src/finding.ts";
import { charterFromForm, grantFromForm, renderFormBody } from "../src/forms/index.ts";
import { builtInTemplates } from "../src/gather/comment-templates.ts";
import { median, QUICK, RUNS, table } from "./lib/measure.ts";

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), "..");
const BODIES = Number(process.env.FORMS_BODIES ?? (QUICK ? 1_000 : 10_000));
export const name = "forms";
export const description = `${BODIES.toLocaleString("en-US")} issue-form bodies (grant requests, charter proposals) parsed, validated and decided by wgbot, next to @github/issue-parser on the same bodies (${RUNS} rounds)`;

const NOW = new Date("2026-11-21T12:00:00Z");
const CONFIG = PRESETS.psf;
const TEMPLATES: Record<RequestKind, string> = {
  grant: readFileSync(join(ROOT, "templates", "issue-forms", "grant.yml"), "utf8"),
  charter: readFileSync(join(ROOT, "templates", "issue-forms", "charter.yml"), "utf8"),
};

/** What a field truly holds; `REJECT` where the answer cannot be read as the field's type. */
const REJECT: unique symbol = Symbol("reject");
type Truth = string | number | string[] | Money | BudgetLine[] | typeof REJECT;
interface Money {
  amount: number;
  currency: string;
}
interface BudgetLine extends Money {
  description: string;
  essential: boolean;
}
type FieldType = "text" | "login" | "people" | "list" | "dropdown" | "int" | "date" | "money" | "budget";
interface Sample {
  kind: RequestKind;
  body: string;
  author: string;
  /** field id → its type and true value */
  truth: Record<string, [FieldType, Truth, /** the dropdown option shown */ string?]>;
}

export async function run(): Promise<void> {
  const samples = generate(BODIES);
  const grants = samples.filter((s) => s.kind === "grant").length;
  const malformed = samples.reduce(
    (n, s) => n + Object.values(s.truth).filter(([, t]) => t === REJECT).length,
    0,
  );
  console.log(
    `${samples.length.toLocaleString("en-US")} bodies: ${grants.toLocaleString("en-US")} grant requests, ${(samples.length - grants).toLocaleString("en-US")} charter proposals; median ${median(samples.map((s) => s.body.length)).toLocaleString("en-US")} B; ${malformed.toLocaleString("en-US")} malformed answers among the fields compared.`,
  );

  // Throughput: RUNS rounds, each timing both on every body, in turns (wgbot first in odd rounds).
  const wgbotRates: number[] = [];
  const parserRates: number[] = [];
  const ratios: number[] = [];
  let valid = 0;
  for (let round = 0; round < RUNS; round++) {
    const order = round % 2 === 0 ? [timeWgbot, timeParser] : [timeParser, timeWgbot];
    const rates = new Map<unknown, number>();
    for (const fn of order) rates.set(fn, fn(samples));
    const w = rates.get(timeWgbot) as number;
    const p = rates.get(timeParser) as number;
    wgbotRates.push(w);
    parserRates.push(p);
    ratios.push(w / p);
  }
  function timeWgbot(list: Sample[]): number {
    let ok = 0;
    const t = performance.now();
    for (const [i, s] of list.entries()) {
      const plan = decideRequest({
        kind: s.kind,
        issue: { number: i + 1, title: s.kind, body: s.body, author: s.author, labels: [] },
        owner: "psf",
        config: CONFIG,
        now: NOW,
        existingSlugs: new Set(["packaging"]),
        templates: builtInTemplates(),
      });
      if (plan.valid) ok++;
    }
    valid = ok;
    return (list.length * 1000) / (performance.now() - t);
  }
  function timeParser(list: Sample[]): number {
    const t = performance.now();
    for (const s of list) parseIssue(s.body, TEMPLATES[s.kind]);
    return (list.length * 1000) / (performance.now() - t);
  }

  // Reads right, field by field.
  const score = new Map<string, { total: number; wgbot: number; parser: number }>();
  for (const s of samples) {
    const ours = wgbotRead(s);
    const theirs = parserRead(s);
    for (const [field, [type, truth, option]] of Object.entries(s.truth)) {
      const key = `${s.kind}: ${field}`;
      const row = score.get(key) ?? { total: 0, wgbot: 0, parser: 0 };
      row.total++;
      if (same(ours[field], truth)) row.wgbot++;
      if (same(normalise(type, theirs[field], option), truth)) row.parser++;
      score.set(key, row);
    }
  }
  const rows = [...score].sort(([a], [b]) => a.localeCompare(b));
  const sum = (k: "total" | "wgbot" | "parser") => rows.reduce((n, [, r]) => n + r[k], 0);
  console.log(`\nFields read right (of the generated truth), by field:`);
  table([
    ["", "fields", "wgbot", "issue-parser"],
    ...rows.map(([k, r]) => [k, String(r.total), String(r.wgbot), String(r.parser)]),
    ["all", String(sum("total")), String(sum("wgbot")), String(sum("parser"))],
  ]);

  const w = median(wgbotRates);
  const p = median(parserRates);
  console.log(`\nThroughput, median of ${RUNS} rounds:`);
  table([
    ["", "bodies/s", "rounds"],
    ["wgbot (parse, validate, decide)", w.toFixed(0), wgbotRates.map((r) => r.toFixed(0)).join(", ")],
    ["@github/issue-parser (parse)", p.toFixed(0), parserRates.map((r) => r.toFixed(0)).join(", ")],
  ]);
  console.log(`  wgbot found ${valid.toLocaleString("en-US")} of the requests valid (no error).`);
  const pct = (n: number) => `${((100 * n) / sum("total")).toFixed(1)} %`;
  console.log(
    `\nforms: wgbot ${w.toFixed(0)} bodies/s = ${median(ratios).toFixed(2)} × @github/issue-parser's ${p.toFixed(0)} (median of the rounds' ratios ${ratios.map((r) => r.toFixed(2)).join(", ")}), doing more: validation and the decision`,
  );
  console.log(
    `forms: fields read right — wgbot ${sum("wgbot").toLocaleString("en-US")} / ${sum("total").toLocaleString("en-US")} (${pct(sum("wgbot"))}), @github/issue-parser ${sum("parser").toLocaleString("en-US")} / ${sum("total").toLocaleString("en-US")} (${pct(sum("parser"))})`,
  );
}

// ——— wgbot's read ————————————————————————————————————————————————————————————————————————————————

/** What wgbot's form parser read for each compared field: a value, REJECT (a finding, no value), or nothing. */
function wgbotRead(s: Sample): Record<string, unknown> {
  const flaggedIn = (findings: Finding[]) => (field: string, value: unknown) =>
    value === undefined ? (findings.some((f) => f.path?.[0] === field) ? REJECT : undefined) : value;
  if (s.kind === "grant") {
    const { partial: p, findings } = grantFromForm(s.body, { author: s.author, config: CONFIG });
    const or = flaggedIn(findings);
    const currency = p.requested?.currency ?? CONFIG.base_currency;
    return {
      applicant_name: or("applicant_name", p.applicant?.name),
      applicant_github: or("applicant_github", p.applicant?.github?.toLowerCase()),
      grant_type: or("grant_type", p.grant_type),
      event_name: or("event_name", p.event?.name),
      start_date: or("start_date", p.event?.start_date),
      end_date: or("end_date", p.event?.end_date),
      expected_attendees: or("expected_attendees", p.event?.expected_attendees),
      amount: or(
        "amount",
        p.requested?.amount === undefined ? undefined : { amount: p.requested.amount, currency },
      ),
      budget: or(
        "budget",
        p.budget?.map((b) => ({
          description: b?.description,
          amount: b?.cost,
          currency: b?.currency ?? currency,
          essential: b?.essential === true,
        })),
      ),
    };
  }
  const { partial: p, findings } = charterFromForm(s.body, { config: CONFIG });
  const or = flaggedIn(findings);
  return {
    name: or("name", p.name),
    slug: or("slug", p.slug),
    start: or("start", p.active_time?.start),
    review: or("review", p.active_time?.review),
    chairs: or(
      "chairs",
      p.participants?.chairs?.map((l) => l?.toLowerCase()),
    ),
    members: or(
      "members",
      p.participants?.members?.map((l) => l?.toLowerCase()),
    ),
    goals: or("goals", p.goals),
    cadence: or("cadence", p.reporting?.cadence),
  };
}

// ——— issue-parser's read, normalised —————————————————————————————————————————————————————————————

function parserRead(s: Sample): Record<string, unknown> {
  return parseIssue(s.body, TEMPLATES[s.kind]) as Record<string, unknown>;
}

const SYMBOLS: Record<string, string> = { $: "USD", "€": "EUR", "£": "GBP" };

function normalise(type: FieldType, raw: unknown, option?: string): unknown {
  if (raw === undefined || raw === null) return undefined;
  if (type === "dropdown") {
    const selected = Array.isArray(raw) ? raw[0] : raw;
    return typeof selected === "string" && selected.trim() === option ? DROPDOWN_MATCH : selected;
  }
  const text = String(raw).trim();
  if (text === "") return undefined;
  switch (type) {
    case "text":
      return text;
    case "login":
      return text.replace(/^@/, "").toLowerCase();
    case "people":
      return text
        .split(/[\s,]+/)
        .filter(Boolean)
        .map((l) => l.replace(/^@/, "").toLowerCase());
    case "list":
      return lines(text);
    case "int": {
      const n = Number(text.replace(/,/g, ""));
      return Number.isInteger(n) ? n : REJECT;
    }
    case "date": {
      if (/^\d{4}-\d{2}-\d{2}$/.test(text)) return text;
      const t = Date.parse(text);
      if (!Number.isFinite(t)) return REJECT;
      const d = new Date(t);
      return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, "0")}-${String(d.getDate()).padStart(2, "0")}`;
    }
    case "money":
      return money(text) ?? REJECT;
    case "budget":
      return budget(text);
  }
}

/** A dropdown read as the option the truth is (issue-parser gives the label, wgbot the value). */
const DROPDOWN_MATCH: unique symbol = Symbol("dropdown-match");

function lines(text: string): string[] {
  return text
    .split("\n")
    .map((l) => l.replace(/^\s*(?:[-*]|\d+\.)\s+/, "").trim())
    .filter(Boolean);
}

function money(text: string): Money | undefined {
  const amount = Number(text.replace(/[^\d.]/g, ""));
  const code = /\b[A-Z]{3}\b/.exec(text)?.[0] ?? SYMBOLS[/[$€£]/.exec(text)?.[0] ?? ""];
  if (!Number.isFinite(amount) || amount === 0 || !code) return undefined;
  return { amount, currency: code };
}

function budget(text: string): BudgetLine[] {
  const rows = text.split("\n").filter((l) => l.trim());
  if (rows[0]?.trim().startsWith("|")) {
    return rows
      .slice(1)
      .filter((r) => !/^\s*\|?\s*:?-+/.test(r))
      .map((r) => {
        const cells = r.split("|").map((c) => c.trim());
        const [description = "", amount = "", essential = ""] = cells.slice(1);
        const m = money(amount) ?? { amount: Number.NaN, currency: "" };
        return { description, ...m, essential: /yes|✓|essential/i.test(essential) };
      });
  }
  return lines(text).map((line) => {
    const match = /^(.*?):\s*(.*?)\s*(\(essential\))?$/.exec(line);
    const m = money(match?.[2] ?? "") ?? { amount: Number.NaN, currency: "" };
    return { description: match?.[1] ?? line, ...m, essential: Boolean(match?.[3]) };
  });
}

function same(read: unknown, truth: Truth): boolean {
  if (read === DROPDOWN_MATCH) return true;
  if (truth === REJECT) return read === REJECT || read === undefined;
  return read !== REJECT && JSON.stringify(read) === JSON.stringify(truth);
}

// ——— the generated bodies ————————————————————————————————————————————————————————————————————————

const FIRST = ["Ada", "Grace", "Linus", "Margaret", "Femi", "Gita", "Hiro", "Ines", "Jamal", "Kofi", "Lena"];
const LAST = ["Lovelace", "Hopper", "Okafor", "Silva", "Nguyen", "Müller", "García", "Kim", "Patel", "Rossi"];
const CITIES = [
  "Lisbon, Portugal",
  "Lagos, Nigeria",
  "Pune, India",
  "Online",
  "Bogotá, Colombia",
  "Kyoto, Japan",
];
const GRANT_TYPES: [string, string][] = [
  ["Conference", "conference"],
  ["Workshop", "workshop"],
  ["Sprint", "sprint"],
  ["Meetup / user group", "meetup"],
];
const ITEMS = [
  "Venue rental",
  "Live captioning",
  "Catering",
  "Childcare",
  "Speaker travel",
  "Video recording",
  "Accessibility equipment",
  "Financial aid for attendees",
];
const MONTHS = [
  "January",
  "February",
  "March",
  "April",
  "May",
  "June",
  "July",
  "August",
  "September",
  "October",
  "November",
  "December",
];
const CADENCES = ["Monthly", "Quarterly"];

function generate(count: number): Sample[] {
  const random = seeded(20261121);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)] as T;
  const chance = (p: number) => random() < p;
  const login = () =>
    `${pick(FIRST).toLowerCase()}-${pick(LAST)
      .toLowerCase()
      .normalize("NFD")
      .replace(/[^a-z]/g, "")}${Math.floor(random() * 100)}`;

  /** A date in 2027 written one of the ways people write dates; or a malformed one. */
  const date = (malformed: boolean): [string, string | typeof REJECT] => {
    if (malformed)
      if (chance(0.5)) {
        // Ambiguous: day and month both ≤ 12 and different (04/05/2027 is 4 May or April 5).
        const a = 1 + Math.floor(random() * 11);
        return [`${String(a).padStart(2, "0")}/${String(a + 1).padStart(2, "0")}/2027`, REJECT];
      } else return [pick(["next spring", "TBD", "mid 2027", "2027-13-01"]), REJECT];
    const m = 1 + Math.floor(random() * 12);
    const d = 1 + Math.floor(random() * 28);
    const iso = `2027-${String(m).padStart(2, "0")}-${String(d).padStart(2, "0")}`;
    const style = random();
    const text =
      style < 0.6 ? iso : style < 0.8 ? `${d} ${MONTHS[m - 1]} 2027` : `${MONTHS[m - 1]} ${d}, 2027`;
    return [text, iso];
  };
  /** An amount written one of the ways people write amounts. */
  const amount = (value: number, currency = pick(["USD", "USD", "USD", "EUR", "GBP"])): [string, Money] => {
    const grouped = value.toLocaleString("en-US");
    const style = random();
    let text: string;
    if (currency === "EUR") text = style < 0.5 ? `${value.toLocaleString("de-DE")},00 €` : `${grouped} EUR`;
    else if (currency === "GBP") text = style < 0.5 ? `£${grouped}` : `${grouped} GBP`;
    else text = style < 0.4 ? `${grouped} USD` : style < 0.7 ? `$${grouped}` : `${value} USD`;
    return [text, { amount: value, currency }];
  };

  const samples: Sample[] = [];
  for (let i = 0; i < count; i++) {
    const author = login();
    if (chance(0.7)) {
      const truth: Sample["truth"] = {};
      const answers: Record<string, string> = {};
      const set = (id: string, type: FieldType, text: string, value: Truth, option?: string) => {
        answers[id] = text;
        truth[id] = option === undefined ? [type, value] : [type, value, option];
      };
      const person = `${pick(FIRST)} ${pick(LAST)}`;
      set("applicant_name", "text", person, person);
      set("applicant_github", "login", chance(0.5) ? `@${author}` : author, author);
      answers.applicant_email = `${author}@example.org`;
      answers.organisation = `Python ${pick(CITIES).split(",")[0]}`;
      const [typeLabel, typeValue] = pick(GRANT_TYPES);
      set("grant_type", "dropdown", typeLabel, typeValue, typeLabel);
      const event = `${answers.organisation} ${typeLabel} 2027`;
      set("event_name", "text", event, event);
      const [startText, start] = date(chance(0.05));
      set("start_date", "date", startText, start);
      const [endText, end]: [string, Truth] = chance(0.5) ? [startText, start] : date(chance(0.03));
      set("end_date", "date", endText, end);
      answers.location = pick(CITIES);
      answers.format = answers.location === "Online" ? "Online" : pick(["In person", "Hybrid"]);
      const attendees = 20 + Math.floor(random() * 1500);
      if (chance(0.04)) set("expected_attendees", "int", pick(["a lot", "100-150", "hundreds"]), REJECT);
      else
        set(
          "expected_attendees",
          "int",
          chance(0.5) ? attendees.toLocaleString("en-US") : String(attendees),
          attendees,
        );
      // The budget: 1–5 items in one currency, as bullets or a table; the request is their sum.
      const currency = pick(["USD", "USD", "USD", "EUR", "GBP"]);
      const items: BudgetLine[] = [];
      const texts: string[] = [];
      for (const item of [...ITEMS].sort(() => random() - 0.5).slice(0, 1 + Math.floor(random() * 5))) {
        const [text, m] = amount(100 * (3 + Math.floor(random() * 60)), currency);
        const essential = chance(0.4);
        items.push({ description: item, ...m, essential });
        texts.push(text);
      }
      const total = items.reduce((n, it) => n + it.amount, 0);
      const style = random();
      const bullet = style < 0.5 ? "- " : style < 0.7 ? "* " : "";
      const budgetText =
        style < 0.85
          ? items
              .map(
                (it, k) =>
                  `${bullet || `${k + 1}. `}${it.description}: ${texts[k]}${it.essential ? " (essential)" : ""}`,
              )
              .join("\n")
          : [
              "| Item | Cost | Essential |",
              "| --- | ---: | :-: |",
              ...items.map((it, k) => `| ${it.description} | ${texts[k]} | ${it.essential ? "yes" : ""} |`),
            ].join("\n");
      set("budget", "budget", budgetText, items);
      if (chance(0.04)) set("amount", "money", pick(["five thousand", "see budget", "TBD"]), REJECT);
      else {
        const [text, m] = amount(total, currency);
        set("amount", "money", text, m);
      }
      answers.other_funding = chance(0.5) ? "- Ticket sales\n- Local sponsors" : "";
      answers.coc_url = chance(0.9) ? "https://example.org/coc" : "";
      answers.coc_contact = answers.coc_url ? "coc@example.org" : "";
      samples.push({ kind: "grant", body: renderFormBody("grant", answers), author, truth });
    } else {
      const truth: Sample["truth"] = {};
      const answers: Record<string, string> = {
        mission_alignment:
          "Good documentation is how people learn Python; improving it serves the foundation's mission.",
        purpose: "Coordinate volunteers who improve the documentation and its translations.",
        core_values: "- Openness\n- Respect for volunteers' time",
        governance: "Two chairs serve one-year terms; members join by invitation of the chairs.",
        decision_making: "Lazy consensus; a majority vote of members if consensus fails.",
        communication: "A monthly call with public notes, and a monthly report to the board.",
        resources: "- A mailing list",
        budget: "",
      };
      const set = (id: string, type: FieldType, text: string, value: Truth, option?: string) => {
        answers[id] = text;
        truth[id] = option === undefined ? [type, value] : [type, value, option];
      };
      const topic = pick(["Documentation", "Packaging", "Education", "Outreach", "Typing", "Security"]);
      const region = pick(["Africa", "Europe", "Latin America", "Asia Pacific", "Global"]);
      const wgName = `${topic} ${region} Work Group`;
      set("name", "text", wgName, wgName);
      const slug = `${topic}-${region}-${i}`.toLowerCase().replace(/ /g, "-");
      set("slug", "text", slug, slug);
      const goals = ["Publish a style guide", "Run two sprints a year", "Mentor new contributors"].slice(
        0,
        1 + Math.floor(random() * 3),
      );
      const mark = pick(["- ", "* ", ""]);
      set("goals", "list", goals.map((g, k) => `${mark || `${k + 1}. `}${g}`).join("\n"), goals);
      const [startText, start] = date(chance(0.05));
      set("start", "date", startText, start);
      const [reviewText, review] = date(chance(0.03));
      set(
        "review",
        "date",
        reviewText.replace("2027", "2028"),
        review === REJECT ? REJECT : review.replace("2027", "2028"),
      );
      const team = new Set<string>();
      for (let size = 3 + Math.floor(random() * 5); team.size < size; ) team.add(login());
      const people = [...team];
      const chairs = people.slice(0, 1 + Math.floor(random() * 2));
      const sep = pick([", ", " ", "\n"]);
      const at = chance(0.6) ? "@" : "";
      set("chairs", "people", chairs.map((l) => `${at}${l}`).join(", "), chairs);
      set("members", "people", people.map((l) => `${at}${l}`).join(sep), people);
      const cadence = pick(CADENCES);
      set("cadence", "dropdown", cadence, cadence.toLowerCase(), cadence);
      samples.push({ kind: "charter", body: renderFormBody("charter", answers), author, truth });
    }
  }
  return samples;
}

/** mulberry32, so every run generates the same bodies. */
function seeded(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
