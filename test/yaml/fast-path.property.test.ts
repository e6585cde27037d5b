/**
 * checkYamlDocument reads a file with js-yaml first (fast) and falls back on the positioned `yaml` parser
 * (careful, authoritative). Whatever the text, both roads must lead to the same answer: the same data when the
 * file is valid, the same problems at the same positions when it is not, and the same positions for rule findings.
 * And no text, however strange, may make it throw. (test/yaml/fast-load.property.test.ts compares the two parsers
 * themselves, data for data.)
 */
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { type DocumentOptions, type SchemaOptions, stringify, type ToStringOptions } from "yaml";
import { writeGovernanceRepo } from "../../bench/lib/governance-repo.ts";
import type { Report } from "../../src/generated/report.ts";
import { schemaProblems } from "../../src/schema/messages.ts";
import { type SchemaName, schemas, validator } from "../../src/schema/registry.ts";
import { checkYamlDocument } from "../../src/schema/yaml-document.ts";
import { loadYaml, type ParsedYaml } from "../../src/yaml/load.ts";
import { locate } from "../../src/yaml/locate.ts";
import { styledDocument, yamlFiles } from "./yaml-arbitraries.ts";

/** -0 and 0 are the same amount; js-yaml reads `-0` as 0. */
function normalise(value: unknown): unknown {
  if (Object.is(value, -0)) return 0;
  if (Array.isArray(value)) return value.map(normalise);
  if (value && typeof value === "object") {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, normalise(v)]));
  }
  return value;
}

/** The careful path's verdict, computed directly: what checkYamlDocument must agree with. */
function careful(text: string | Uint8Array, schema: SchemaName) {
  const loaded = loadYaml("f.yml", text);
  if (!loaded.ok) return { ok: false as const, problems: loaded.problems };
  return { ok: true as const, data: loaded.data, valid: validator(schema)(loaded.data) };
}

function expectAgreement(text: string | Uint8Array, schema: SchemaName): boolean {
  const checked = checkYamlDocument("f.yml", text, schema);
  const expected = careful(text, schema);
  if (!expected.ok) {
    expect(checked.data).toBeUndefined();
    expect(checked.problems).toEqual(expected.problems);
    return false;
  }
  if (expected.valid) {
    expect(checked.problems).toEqual([]);
    expect(normalise(checked.data)).toStrictEqual(normalise(expected.data));
    return true;
  }
  expect(checked.data).toBeUndefined();
  expect(checked.problems.length).toBeGreaterThan(0);
  return false;
}

/** Text people and tools put in YAML values, with the spellings the two parsers are most likely to read apart. */
const TRICKY = [
  "yes",
  "No",
  "on",
  "~",
  "null",
  "NULL",
  "True",
  "0b101",
  "0o17",
  "0x1F",
  "-0x1",
  "+0o7",
  "-.5",
  "+.5e3",
  "1_000",
  "1e3",
  ".inf",
  "-.INF",
  ".nan",
  "012",
  "+12",
  "1:20",
  "2026-10",
  "2026-10-15",
  "2026-10-15T10:00:00Z",
  "@alice",
  "`code`",
  "*alias",
  "&anchor",
  "!tag",
  "%directive",
  "- not a list",
  "key: value",
  "# not a comment",
  "a #b",
  "? question",
  "[a, b]",
  "{a: b}",
  "'single'",
  '"double"',
  "back\\slash",
  "trailing space ",
  " leading space",
  "line\nbreak",
  "line\r\nbreak",
  "tab\there",
  "emoji 🐍 and 日本語",
  "zero\u200Bwidth",
  "rtl \u202Eoverride",
  "nbsp\u00A0here",
  "nel\u0085line",
  "ls\u2028ps\u2029",
  "bom\uFEFFinside",
  "<<",
  "---",
  "...",
  "$300",
  "12,500",
];

const text = fc.oneof(
  { weight: 3, arbitrary: fc.string({ minLength: 3, maxLength: 40 }) },
  { weight: 2, arbitrary: fc.string({ minLength: 3, maxLength: 20, unit: "grapheme" }) },
  { weight: 1, arbitrary: fc.string({ minLength: 3, maxLength: 12, unit: "binary" }) },
  { weight: 3, arbitrary: fc.constantFrom(...TRICKY) },
  {
    weight: 2,
    arbitrary: fc
      .tuple(fc.constantFrom(...TRICKY), fc.string({ maxLength: 8 }), fc.constantFrom(...TRICKY))
      .map((parts) => parts.join("")),
  },
);

/** Valid values most of the time, any text now and then. */
const mostly = (valid: fc.Arbitrary<string>) =>
  fc.oneof({ weight: 12, arbitrary: valid }, { weight: 1, arbitrary: text });

const amount = fc.oneof(
  fc.integer({ min: -1, max: 1_000_000 }),
  fc.double({ min: -1, max: 1e9, noNaN: true }),
  fc.constantFrom(0, -0, 0.1, 1e21, 5e-324, Number.MAX_SAFE_INTEGER),
);

const report: fc.Arbitrary<Report> = fc.record(
  {
    workgroup: mostly(fc.stringMatching(/^[a-z0-9](?:[a-z0-9-]{0,10}[a-z0-9])?$/)),
    period: mostly(
      fc
        .tuple(fc.integer({ min: 1990, max: 2100 }), fc.integer({ min: 1, max: 12 }))
        .map(([y, m]) => `${y}-${String(m).padStart(2, "0")}`),
    ),
    submitted_by: mostly(fc.stringMatching(/^[A-Za-z0-9]{1,8}(?:-[A-Za-z0-9]{1,8})?$/)),
    highlights: fc.array(text, { minLength: 1, maxLength: 4 }),
    activities: fc.array(text, { maxLength: 3 }),
    metrics: fc.array(
      fc.record({ name: text, value: amount, unit: text }, { requiredKeys: ["name", "value"] }),
      { maxLength: 3 },
    ),
    spending: fc.array(
      fc.record(
        {
          description: text,
          amount,
          currency: fc.oneof(fc.constantFrom("USD", "EUR", "GBP"), fc.stringMatching(/^[A-Za-z]{3}$/)),
        },
        { requiredKeys: ["description", "amount"] },
      ),
      { maxLength: 3 },
    ),
    blockers: fc.array(text, { maxLength: 2 }),
    board_asks: fc.array(text, { maxLength: 2 }),
    next_steps: fc.array(text, { maxLength: 2 }),
  },
  { requiredKeys: ["workgroup", "period", "submitted_by", "highlights"] },
);

type StringifyOptions = DocumentOptions & SchemaOptions & ToStringOptions;
const options: fc.Arbitrary<StringifyOptions> = fc.record({
  indent: fc.constantFrom(2, 4),
  lineWidth: fc.constantFrom(0, 20, 80),
  minContentWidth: fc.constantFrom(0, 20),
  collectionStyle: fc.constantFrom("any", "block", "flow"),
  defaultStringType: fc.constantFrom(
    "PLAIN",
    "QUOTE_DOUBLE",
    "QUOTE_SINGLE",
    "BLOCK_LITERAL",
    "BLOCK_FOLDED",
  ),
  defaultKeyType: fc.constantFrom(null, "PLAIN", "QUOTE_DOUBLE"),
  doubleQuotedAsJSON: fc.boolean(),
  indentSeq: fc.boolean(),
  directives: fc.constantFrom(true, false, null),
});

describe("fast path and careful path agree", () => {
  it("on reports serialised by `yaml` in every style", () => {
    let valid = 0;
    let runs = 0;
    fc.assert(
      fc.property(report, options, (data, opts) => {
        const yamlText = stringify(data, opts);
        runs++;
        if (expectAgreement(yamlText, "report")) valid++;
      }),
      { numRuns: 600 },
    );
    // The property must not hold only because nearly everything is refused.
    expect(valid / runs).toBeGreaterThan(0.2);
  });

  it("on reports in bytes, with a BOM and CRLF line endings", () => {
    fc.assert(
      fc.property(report, fc.boolean(), fc.boolean(), (data, bom, crlf) => {
        let yamlText = stringify(data);
        if (crlf) yamlText = yamlText.replaceAll("\n", "\r\n");
        if (bom) yamlText = `\uFEFF${yamlText}`;
        expectAgreement(new TextEncoder().encode(yamlText), "report");
      }),
      { numRuns: 200 },
    );
  });

  it("on YAML-ish text stitched together from fragments", () => {
    const fragment = fc.constantFrom(
      "workgroup: packaging\n",
      'period: "2026-10"\n',
      "period: 2026-10\n",
      "submitted_by: alice\n",
      "highlights:\n",
      "highlights: [Released the guide]\n",
      "  - Released the guide\n",
      "- Released the guide\n",
      "metrics:\n  - name: PRs\n    value: ",
      "spending:\n  - description: Captions\n    amount: ",
      "42\n",
      "0b101\n",
      "-.5\n",
      "1_000\n",
      "0x1F\n",
      "? [highlights]\n: [x]\n",
      "[highlights]: [x]\n",
      "a: &x [1]\n",
      "b: *x\n",
      "<<: {}\n",
      "%YAML 1.1\n---\n",
      "---\n",
      "...\n",
      "# comment\n",
      "\t",
      "  ",
      ": ",
      "'",
      '"',
      "[",
      "]",
      "{",
      "}",
      ",",
      "|\n",
      ">-\n",
      "\n",
    );
    fc.assert(
      fc.property(fc.array(fragment, { maxLength: 14 }), (parts) => {
        expectAgreement(parts.join(""), "report");
      }),
      { numRuns: 1500 },
    );
  });

  it("on config files, whose values are numbers, booleans and free-form mappings", () => {
    const config = fc.record(
      {
        preset: fc.constantFrom("psf", "psf-2026"),
        base_currency: mostly(fc.constantFrom("USD", "EUR")),
        currency_rates: fc.dictionary(mostly(fc.stringMatching(/^[A-Z]{3}$/)), amount, { maxKeys: 3 }),
        teams: fc.record(
          { board: mostly(fc.constantFrom("board", "psf-board")), mention_grants_wg: fc.boolean() },
          { requiredKeys: [] },
        ),
        grants: fc.record(
          {
            board_threshold: amount,
            minimum_lead_days: fc.integer({ min: 0, max: 100 }),
            recommended_lead_days: fc.integer({ min: 0, max: 200 }),
            require_code_of_conduct: fc.boolean(),
          },
          { requiredKeys: [] },
        ),
        board: fc.record(
          {
            meeting_dates: fc.array(mostly(fc.constantFrom("2027-01-13", "2027-03-10")), { maxLength: 2 }),
            week: fc.constantFrom(1, 2, 3, 4, -1),
          },
          { requiredKeys: [] },
        ),
        labels: fc.record({ approved: text, declined: text }, { requiredKeys: [] }),
      },
      { requiredKeys: [] },
    );
    let valid = 0;
    let runs = 0;
    fc.assert(
      fc.property(config, options, (data, opts) => {
        runs++;
        if (expectAgreement(stringify(data, opts), "config")) valid++;
      }),
      { numRuns: 400 },
    );
    expect(valid / runs).toBeGreaterThan(0.2);
  });

  it("on the spellings where js-yaml and YAML 1.2 core read numbers differently", () => {
    const base = 'workgroup: packaging\nperiod: "2026-10"\nsubmitted_by: alice\n';
    for (const spelling of ["0b101", "-0x1", "+0o7", "-.5", "+.5", "-0", "1_000", "0o17", "0x1F", ".5"]) {
      expectAgreement(
        `${base}highlights: [Released]\nmetrics:\n  - name: x\n    value: ${spelling}\n`,
        "report",
      );
      expectAgreement(`${base}highlights:\n  - ${spelling}xx\n  - ${spelling}\n`, "report");
    }
  });

  it("on lists and mappings used as keys, which js-yaml turns into text", () => {
    const base = 'workgroup: packaging\nperiod: "2026-10"\nsubmitted_by: alice\n';
    for (const keyed of [
      "? [highlights]\n: [Released the guide]\n",
      "[highlights]: [Released the guide]\n",
      "? highlights\n: [Released the guide]\n",
    ]) {
      expectAgreement(base + keyed, "report");
    }
    const flow = '{workgroup: packaging, period: "2026-10", submitted_by: alice, [highlights]: [Released]}';
    expectAgreement(flow, "report");
  });
});

type Path = (string | number)[];

/** Paths to ask about: every node, plus a missing key, an index past the end, a text index, a step past a scalar. */
function pathsIn(value: unknown, prefix: Path = [], out: Path[] = []): Path[] {
  out.push(prefix);
  if (Array.isArray(value)) {
    value.forEach((item, i) => {
      pathsIn(item, [...prefix, i], out);
    });
    out.push([...prefix, value.length], [...prefix, "0"], [...prefix, 0, "deeper"]);
  } else if (value !== null && typeof value === "object") {
    for (const [key, item] of Object.entries(value)) pathsIn(item, [...prefix, key], out);
    out.push([...prefix, "no-such-key"], [...prefix, "no-such-key", 0]);
  } else out.push([...prefix, "below"], [...prefix, 0]);
  return out;
}

function carefulPosition(parsed: ParsedYaml, path: readonly (string | number)[], at: "key" | "value") {
  const where = locate(parsed.doc, parsed.lineCounter, path);
  return at === "key" ? where.key : where.value;
}

/** What the careful path alone reports for a file, positions included. */
function carefulProblems(file: string, bytes: Uint8Array, schema: SchemaName) {
  const parsed = loadYaml(file, bytes);
  if (!parsed.ok) return parsed.problems;
  const validate = validator(schema);
  if (validate(parsed.data)) return [];
  return schemaProblems(file, schemas[schema], validate.errors ?? [], (path, at) =>
    carefulPosition(parsed, path, at),
  );
}

describe("checkYamlDocument reports what the careful path reports, positions included", () => {
  it("on a generated governance repository with the mistakes people make", () => {
    const dir = mkdtempSync(join(tmpdir(), "wgbot-fast-path-"));
    try {
      writeGovernanceRepo(dir, { files: 800, workgroups: 25, errorRate: 0.15, lastMonth: "2026-09" });
      let broken = 0;
      let located = 0;
      for (const path of yamlFiles(dir)) {
        const schema: SchemaName = path.endsWith("charter.yml")
          ? "charter"
          : path.includes("/reports/")
            ? "report"
            : "config";
        const file = path.slice(dir.length + 1);
        const bytes = readFileSync(path);
        const checked = checkYamlDocument(file, bytes, schema);
        const expected = carefulProblems(file, bytes, schema);
        expect(checked.problems, file).toStrictEqual(expected);
        if (expected.length > 0) broken++;
        // Rules ask for positions of any field: the answers must be the careful path's.
        const parsed = loadYaml(file, bytes);
        if (!parsed.ok) continue;
        for (const p of pathsIn(parsed.data).slice(0, 40)) {
          for (const at of ["key", "value"] as const) {
            expect(checked.locate(p, at), `${file} ${JSON.stringify(p)} ${at}`).toStrictEqual(
              carefulPosition(parsed, p, at),
            );
            located++;
          }
        }
      }
      expect(broken).toBeGreaterThan(30);
      expect(located).toBeGreaterThan(5_000);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it("on mixed-style documents, valid or not", () => {
    fc.assert(
      fc.property(
        styledDocument,
        fc.constantFrom<SchemaName>("report", "charter", "config"),
        (text, schema) => {
          const bytes = new TextEncoder().encode(text);
          expect(checkYamlDocument("f.yml", bytes, schema).problems).toStrictEqual(
            carefulProblems("f.yml", bytes, schema),
          );
        },
      ),
      { numRuns: 500 },
    );
  });
});

describe("nothing makes checkYamlDocument throw", () => {
  const schemasToTry: SchemaName[] = ["report", "charter", "config", "grant"];

  it("random text", () => {
    fc.assert(
      fc.property(
        fc.string({ maxLength: 300, unit: "binary" }),
        fc.constantFrom(...schemasToTry),
        (s, schema) => {
          const result = checkYamlDocument("f.yml", s, schema);
          expect(result.data !== undefined || result.problems.length > 0).toBe(true);
          for (const p of result.problems) expect(p.message.length).toBeGreaterThan(0);
        },
      ),
      { numRuns: 1000 },
    );
  });

  it("random bytes", () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 300 }), fc.constantFrom(...schemasToTry), (bytes, schema) => {
        const result = checkYamlDocument("f.yml", bytes, schema);
        expect(result.data !== undefined || result.problems.length > 0).toBe(true);
      }),
      { numRuns: 1000 },
    );
  });

  it("random JSON-like values serialised as YAML, and located afterwards", () => {
    fc.assert(
      fc.property(fc.jsonValue({ maxDepth: 6 }), fc.constantFrom(...schemasToTry), (value, schema) => {
        const result = checkYamlDocument("f.yml", stringify(value), schema);
        expect(() => result.locate(["a", 0, "b"], "key")).not.toThrow();
        expect(() => result.locate([], "value")).not.toThrow();
      }),
      { numRuns: 500 },
    );
  });
});
