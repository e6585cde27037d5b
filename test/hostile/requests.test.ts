/**
 * Hostile issue bodies through the real decide path (decideRequest, then the sticky comment's write): every
 * free-text answer of the grant and charter forms filled with text that tries to ping a team, forge wgbot's hidden
 * markers, inject Markdown or HTML, run as a Handlebars template, or spoof the display; impossible numbers and
 * dates; and bodies far larger than GitHub allows. Nothing throws, every problem gets a clear message, and the
 * comment wgbot would write shows the text as text.
 */
import { afterAll, describe, expect, it } from "vitest";
import { stickyWrites } from "../../src/apply/sticky.ts";
import { PRESETS } from "../../src/config/presets.ts";
import { decideRequest, REQUEST_COMMENT, type RequestPlan } from "../../src/decide/request.ts";
import { parseFormBody, renderFormBody } from "../../src/forms/body.ts";
import { charterFromForm } from "../../src/forms/charter.ts";
import { grantFromForm } from "../../src/forms/grant.ts";
import { builtInTemplates } from "../../src/gather/comment-templates.ts";
import { CHARTER_ANSWERS, GRANT_ANSWERS } from "../support/bodies.ts";
import { growthRatio, LINEAR_RATIO } from "../support/growth.ts";
import { HOSTILE_TEXTS } from "./corpus.ts";
import {
  autolinks,
  expectSafeText,
  GITHUB_MAX_BODY,
  outsideCode,
  trackUnhandledRejections,
} from "./harness.ts";

const rejections = trackUnhandledRejections();
afterAll(() => expect(rejections).toEqual([]));

const config = PRESETS.psf;
const now = new Date("2026-11-21T12:00:00Z");

function decide(kind: "grant" | "charter", body: string): { plan: RequestPlan; written: string } {
  const plan = decideRequest({
    kind,
    issue: { number: 1, title: "Request", body, author: "ada", labels: [`kind/${kind}`] },
    owner: "psf",
    config,
    now,
    existingSlugs: new Set(["packaging"]),
    templates: builtInTemplates(),
  });
  const [write] = stickyWrites(1, [], REQUEST_COMMENT, plan.comment, { login: "wgbot[bot]" });
  expect(write?.kind).toBe("create-comment");
  return { plan, written: (write as { body: string }).body };
}

const grant = (answers: Record<string, string>) =>
  decide("grant", renderFormBody("grant", { ...GRANT_ANSWERS, ...answers }));
const charter = (answers: Record<string, string>) =>
  decide("charter", renderFormBody("charter", { ...CHARTER_ANSWERS, ...answers }));

/** A Handlebars block that ran would leave LEAK without its braces; shown as text, the braces stay around it. */
function expectNotEvaluated(written: string): void {
  const leaks = written.match(/LEAK/g)?.length ?? 0;
  const shown = written.match(/(?:\}\}|\\\}\\\})LEAK/g)?.length ?? 0;
  expect(leaks).toBe(shown);
}

function expectNeutral(written: string, mustNotAppear: string | undefined): void {
  expectSafeText(written, "request comment");
  // Quoted in a code span, text is shown as typed and does nothing; anywhere else it must not appear as typed.
  const rest = outsideCode(written.slice("<!-- wgbot:request-report -->".length));
  if (mustNotAppear) expect(rest).not.toContain(mustNotAppear);
  expectNotEvaluated(written);
  // Exactly one marker, wgbot's own, on the first line.
  expect(written.match(/<!-- wgbot:/g)).toEqual(["<!-- wgbot:"]);
  expect(written.startsWith("<!-- wgbot:request-report -->\n")).toBe(true);
}

/** Grant answers whose text wgbot echoes: in the facts table, or quoted in a finding. */
const GRANT_FIELDS: [string, (text: string) => Record<string, string>][] = [
  ["applicant name", (t) => ({ applicant_name: t })],
  ["organisation", (t) => ({ organisation: t })],
  ["event name", (t) => ({ event_name: t })],
  ["location", (t) => ({ location: t })],
  ["budget item without a cost", (t) => ({ budget: `- Venue rental: 5,000 USD (essential)\n- ${t}` })],
];

describe("grant request answers", () => {
  for (const [field, answers] of GRANT_FIELDS) {
    describe(field, () => {
      for (const hostile of HOSTILE_TEXTS) {
        it(hostile.name, () => {
          const { written } = grant(answers(hostile.text));
          expectNeutral(written, hostile.mustNotAppear);
        });
      }
    });
  }

  it("shows an echoed team mention as text, and Handlebars syntax literally", () => {
    const { plan, written } = grant({
      event_name: "@psf/board {{#each this}}LEAK{{/each}} {{> partial}}",
      applicant_name: "{{constructor.constructor 'return process'}}",
    });
    expect(plan.valid).toBe(true);
    expect(written).toContain(
      "@\u200dpsf/board \\{\\{#each this\\}\\}LEAK\\{\\{/each\\}\\} \\{\\{&gt; partial\\}\\}",
    );
    expect(written).toContain("\\{\\{constructor.constructor 'return process'\\}\\}");
    // The one intended mention is still there: it is wgbot's own text.
    expect(written).toContain("(@psf/grants-wg)");
  });
});

describe("charter proposal answers", () => {
  for (const hostile of HOSTILE_TEXTS) {
    it(`work group name: ${hostile.name}`, () => {
      const { written } = charter({ name: hostile.text });
      expectNeutral(written, hostile.mustNotAppear);
    });
  }

  for (const [name, members] of [
    ["a team as a member", "@psf/board, @grace, @linus"],
    ["a forged marker as a member", "<!-- wgbot:request-report -->, @grace"],
    ["Handlebars as a member", "{{#each this}}LEAK{{/each}}, @grace"],
    ["zero-width in a login", "@gr\u200Bace, @linus, @margaret"],
    ["right-to-left override in a login", "@\u202Egrace, @linus"],
    ["emoji logins", "@🐍, @grace, @linus"],
  ] as const) {
    it(`members: ${name} gets a clear message`, () => {
      const { plan, written } = charter({ members, chairs: "@grace" });
      expectNeutral(written, "@psf/board");
      expect(plan.valid).toBe(false);
      expect(plan.findings.some((f) => f.path[0] === "members" || f.path[0] === "participants")).toBe(true);
    });
  }

  for (const slug of [
    "__proto__",
    "../../etc",
    "a".repeat(300),
    "🐍",
    "packaging",
    "a\u202Eb",
    "wg\u200Bx",
  ]) {
    it(`slug ${JSON.stringify(slug.slice(0, 20))} is refused with a message`, () => {
      const { plan, written } = charter({ slug });
      expectNeutral(written, undefined);
      expect(plan.valid).toBe(false);
      expect(plan.comment).toMatch(/Short name/);
    });
  }

  // Slugs are values (paths, Map keys), never object keys: `constructor` is just a name.
  for (const [slug, read] of [
    ["constructor", "constructor"],
    ["UPPER", "upper"],
  ] as const) {
    it(`slug ${slug} is read as ${read}`, () => {
      const { plan, written } = charter({ slug });
      expectNeutral(written, undefined);
      expect(plan.charter?.slug).toBe(read);
    });
  }
});

describe("echoed values are visible and link nowhere", () => {
  it("quotes a login with a zero-width space written out", () => {
    const { written } = charter({ members: "@ali\u200Bce, @linus", chairs: "@linus" });
    expect(written).toContain('`ali<U+200B>ce` is not a GitHub login: it has "&lt;U+200B&gt;"');
  });

  it("shows URLs, www addresses and emails typed in answers as code, a backtick in them included", () => {
    const { written } = grant({
      event_name:
        "PyCon https://evil.example/x http://a.example www.b.example ada@c.example <https://d.example>",
      location: "Lisbon https://e.example/`x`",
    });
    for (const code of [
      "`https://evil.example/x`",
      "`http://a.example`",
      "`www.b.example`",
      "`ada@c.example`",
    ])
      expect(written).toContain(code);
    expect(written).toContain("&lt;`https://d.example>,`");
    expect(written).toContain("`` https://e.example/`x` ``");
    expect(autolinks(written)).toEqual([]);
  });
});

describe("numbers no one can mean", () => {
  const amounts = [
    "1e308 USD",
    "1e309 USD",
    "NaN USD",
    "Infinity USD",
    "-Infinity USD",
    `${"9".repeat(400)} USD`,
    "0 USD",
    "0.0001 USD",
    "5,000 XTS",
    "5000 🐍",
    "١٢٣٤ USD",
    "5000 USD 6000 USD",
    "1,2,3,4 USD",
    "$-5",
    "5000",
    "💰💰💰",
  ];
  for (const amount of amounts) {
    it(`amount requested ${JSON.stringify(amount.slice(0, 24))}`, () => {
      const { plan, written } = grant({ amount });
      expectNeutral(written, undefined);
      const requested = plan.grant?.requested.amount;
      if (requested !== undefined) {
        expect(Number.isFinite(requested)).toBe(true);
        expect(requested).toBeGreaterThan(0);
      }
      if (!plan.valid) expect(plan.findings.some((f) => f.severity === "error")).toBe(true);
      expect(written).not.toMatch(/\bNaN\b(?![^`]*`)|\bInfinity\b(?![^`]*`)/);
    });
  }

  it("-5000 USD is refused with the command's own error, never read as 5,000 or as a negative amount", () => {
    const { plan, written } = grant({ amount: "-5000 USD" });
    expect(plan.grant?.requested.amount).toBeUndefined();
    expect(plan.valid).toBe(false);
    expect(written).toContain("`-5000` has a sign");
    // A bullet (a space after the dash) is still a bullet.
    expect(grant({ amount: "- 5000 USD" }).plan.grant?.requested.amount).toBe(5000);
  });

  const budgets = [
    "- Venue: 1e308 USD\n- Food: 1e308 USD",
    "- Venue: -3000 USD",
    "- Venue: NaN USD",
    "- A: 9,007,199,254,740,993 USD\n- B: 9,007,199,254,740,993 USD",
    `- Venue: ${"9".repeat(330)} USD`,
    "- Venue: 0 USD",
    "| Item | Cost |\n|---|---|\n| Venue | 1e308 USD |",
    "- 🎉: 🎉 USD",
  ];
  for (const budget of budgets) {
    it(`budget ${JSON.stringify(budget.slice(0, 30))}`, () => {
      const { plan, written } = grant({ budget });
      expectNeutral(written, undefined);
      for (const item of plan.grant?.budget ?? []) {
        expect(Number.isFinite(item.cost)).toBe(true);
        expect(item.cost).toBeGreaterThanOrEqual(0);
      }
      expect(written).not.toMatch(/\bNaN\b(?![^`]*`)|\bInfinity\b(?![^`]*`)/);
    });
  }

  for (const expected_attendees of ["1e308", "-5", "NaN", "0", "99999999999999999999", "🐍"]) {
    it(`expected attendees ${expected_attendees}`, () => {
      const { plan, written } = grant({ expected_attendees });
      expectNeutral(written, undefined);
      const n = plan.grant?.event.expected_attendees;
      if (n !== undefined) {
        expect(Number.isFinite(n)).toBe(true);
        expect(n).toBeGreaterThan(0);
      }
    });
  }

  for (const [start, end] of [
    ["0000-00-00", "9999-99-99"],
    ["275760-09-13", "275760-09-14"],
    ["2027-02-30", "2027-02-31"],
    ["2027-13-01", "2027-13-02"],
    ["2027-04-16", "2027-04-14"],
    ["-002027-04-14", "2027-04-16"],
    ["03/04/2027", "04/04/2027"],
    ["2027-04-14 🎉", "🎉"],
  ] as const) {
    it(`event dates ${start} to ${end} get a clear message`, () => {
      const { plan, written } = grant({ start_date: start, end_date: end });
      expectNeutral(written, undefined);
      expect(plan.valid).toBe(false);
      expect(plan.findings.some((f) => f.path.includes("start_date") || f.path.includes("end_date"))).toBe(
        true,
      );
    });
  }
});

describe("bodies far larger than GitHub allows", () => {
  const lines = (n: number, line: (i: number) => string) =>
    Array.from({ length: n }, (_, i) => line(i)).join("\n");
  /** Each case at a fraction `f` of its size: 1 in the case's name; smaller for the growth check. */
  const of = (n: number, f: number) => Math.max(1, Math.round(n * f));
  const MB = 1024 * 1024;
  const cases: [string, (f: number) => { plan: RequestPlan; written: string }][] = [
    ["a 1 MB event name", (f) => grant({ event_name: "A".repeat(of(MB, f)) })],
    [
      "a 1 MB applicant name of team mentions",
      (f) => grant({ applicant_name: "@psf/board ".repeat(of(100_000, f)) }),
    ],
    ["a 1 MB budget line", (f) => grant({ budget: `- ${"x".repeat(of(MB, f))}: 5000 USD` })],
    [
      "10,000 budget lines without a cost",
      (f) => grant({ budget: lines(of(10_000, f), (i) => `- item ${i} @psf/board`) }),
    ],
    [
      "10,000 budget lines that add up",
      (f) =>
        grant({
          budget: lines(of(10_000, f), (i) => `- item ${i}: 1 USD`),
          amount: `${of(10_000, f)} USD`,
        }),
    ],
    [
      "10,000 budget lines, half of them swag",
      (f) =>
        grant({
          budget: lines(of(10_000, f), (i) =>
            i % 2 ? `- item ${i}: 1 USD` : `- stickers <!-- ${i} -->: 1 USD`,
          ),
          amount: `${of(10_000, f)} USD`,
        }),
    ],
    [
      "10,000 members",
      (f) => charter({ members: lines(of(10_000, f), (i) => `@user${i}`), chairs: "@user1" }),
    ],
    [
      "10,000 goals",
      (f) => charter({ goals: lines(of(10_000, f), (i) => `- goal ${i} {{#each this}}LEAK{{/each}}`) }),
    ],
    ["a 1 MB body that is not a form", (f) => decide("grant", `### Budget\n\n${"y".repeat(of(MB, f))}`)],
    [
      "a 1 MB body of form headings",
      (f) => decide("grant", "### Budget\n\n### Event name\n\n".repeat(of(40_000, f))),
    ],
    ["1 MB of emoji", (f) => grant({ event_name: "🐍".repeat(of(512 * 1024, f)) })],
  ];
  for (const [name, run] of cases) {
    it(`${name}: a clear comment that fits in one GitHub comment, in linear time`, () => {
      const { written } = run(1);
      expect(written.length).toBeLessThanOrEqual(GITHUB_MAX_BODY);
      expectNeutral(written, "@psf/board");
      // A quarter of the size against eight of a 32nd (test/support/growth.ts).
      const ratio = growthRatio((k) => () => run(k / 128), 32);
      expect(ratio).toBeLessThan(LINEAR_RATIO);
    });
  }
});

describe("the form parsers on hostile bodies", () => {
  const bodies: [string, string][] = [
    ["null bytes", "\u0000".repeat(10_000)],
    ["lone surrogates", "\uD800\uDC00\uDFFF\uD800".repeat(1000)],
    ["a heading per line", "### Budget\n".repeat(20_000)],
    ["unclosed fences", "```\n### Budget\n".repeat(5_000)],
    ["CR line ends", renderFormBody("grant", GRANT_ANSWERS).replace(/\n/g, "\r")],
    ["a BOM then the form", `\uFEFF${renderFormBody("grant", GRANT_ANSWERS)}`],
    ["zero-width in every heading", renderFormBody("grant", GRANT_ANSWERS).replace(/### /g, "###\u200B ")],
    ["RTL override in every heading", renderFormBody("grant", GRANT_ANSWERS).replace(/### /g, "### \u202E")],
    ["the form twice", renderFormBody("grant", GRANT_ANSWERS).repeat(2)],
    ["the charter form in a grant", renderFormBody("charter", CHARTER_ANSWERS)],
  ];
  for (const [name, body] of bodies) {
    it(`${name}: parses without throwing`, () => {
      expect(() => parseFormBody(body, "grant")).not.toThrow();
      expect(() => grantFromForm(body, { author: "ada", config })).not.toThrow();
      expect(() => charterFromForm(body, { config })).not.toThrow();
      const { written } = decide("grant", body);
      expectNeutral(written, undefined);
    });
  }
});
