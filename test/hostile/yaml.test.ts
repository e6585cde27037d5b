/**
 * Hostile YAML through the real path: checkYamlDocument for charter and report files (what `wgbot validate`, the
 * report pull request check and the sweep read) and loadConfig for .github/wgbot.yml. Every file gets data or
 * problems that say where, what and how to fix, in plain words; nothing throws, nothing hangs, nothing reaches
 * Object.prototype; a config with errors falls back to the preset.
 */
import { afterAll, describe, expect, it } from "vitest";
import { loadConfig } from "../../src/config/load.ts";
import { PRESETS } from "../../src/config/presets.ts";
import type { Problem } from "../../src/problems.ts";
import { checkYamlDocument } from "../../src/schema/yaml-document.ts";
import { charterYaml, reportYaml } from "../support/governance-files.ts";
import { growthRatio, LINEAR_RATIO } from "../support/growth.ts";
import { trackUnhandledRejections } from "./harness.ts";

const rejections = trackUnhandledRejections();
afterAll(() => expect(rejections).toEqual([]));

const utf8 = (text: string) => new TextEncoder().encode(text);
const bytes = (...parts: (string | number[])[]) =>
  new Uint8Array(parts.flatMap((p) => (typeof p === "string" ? [...utf8(p)] : p)));

/** Problems a person can act on: a known code, a plain message with no Ajv JSON, a position, a hint. */
function expectClear(problems: readonly Problem[]): void {
  expect(problems.length).toBeGreaterThan(0);
  for (const p of problems) {
    expect(p.code).toMatch(/^(yaml|schema|config|rule)\.[A-Za-z0-9-]+$/);
    expect(p.message).not.toMatch(/instancePath|schemaPath|must be (object|string|number|array)\b|\{"/);
    expect(p.message.length).toBeGreaterThan(10);
    expect(p.message.length).toBeLessThan(500);
    expect(p.line).toBeGreaterThanOrEqual(1);
    expect(p.column).toBeGreaterThanOrEqual(1);
  }
}

function expectNoPollution(): void {
  const probe = {} as Record<string, unknown>;
  for (const key of ["polluted", "board", "isAdmin", "x"]) expect(probe[key]).toBeUndefined();
  expect(Object.prototype).not.toHaveProperty("polluted");
}

const BILLION_LAUGHS = [
  'a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]',
  "b: &b [*a,*a,*a,*a,*a,*a,*a,*a,*a]",
  "c: &c [*b,*b,*b,*b,*b,*b,*b,*b,*b]",
  "d: &d [*c,*c,*c,*c,*c,*c,*c,*c,*c]",
  "e: &e [*d,*d,*d,*d,*d,*d,*d,*d,*d]",
  "f: &f [*e,*e,*e,*e,*e,*e,*e,*e,*e]",
  "g: &g [*f,*f,*f,*f,*f,*f,*f,*f,*f]",
].join("\n");

/** Few aliases, each expanding to a lot: under the alias count, over the expansion budget. */
const WIDE_ALIASES = [
  "a: &a [x, x, x, x, x, x, x, x, x, x]",
  "b: &b [*a, *a, *a, *a, *a]",
  "c: &c [*b, *b, *b, *b, *b]",
  "d: [*c, *c, *c, *c, *c]",
].join("\n");

type Case = [name: string, content: string | Uint8Array, code: string | "ok"];

const CHARTER = charterYaml({ slug: "packaging" });
const REPORT = reportYaml({ workgroup: "packaging", period: "2026-10" });

const FILE_CASES: [schema: "charter" | "report", ...Case][] = [
  ["charter", "valid", CHARTER, "ok"],
  ["report", "valid", REPORT, "ok"],
  ["charter", "billion laughs", BILLION_LAUGHS, "yaml.too-many-aliases"],
  ["report", "few aliases expanding to too much", WIDE_ALIASES, "yaml.alias-bomb"],
  ["charter", "alias to itself", "a: &a [*a]\n", "schema"],
  ["charter", "alias to nothing", "slug: *nothing\n", "yaml"],
  ["charter", "duplicate top-level key", `${CHARTER}slug: other\n`, "yaml.duplicate-key"],
  [
    "charter",
    "duplicate nested key",
    CHARTER.replace("  start:", "  review: 2027-01-01\n  start:"),
    "yaml.duplicate-key",
  ],
  ["report", "duplicate key, quoted the second time", `${REPORT}"workgroup": x\n`, "yaml.duplicate-key"],
  [
    "report",
    "duplicate key in a flow mapping",
    "workgroup: x\nmetrics: [{name: a, name: b}]\n",
    "yaml.duplicate-key",
  ],
  ["charter", "__proto__ at the top", `__proto__:\n  polluted: true\n${CHARTER}`, "yaml.forbidden-key"],
  ["charter", "__proto__ quoted", `"__proto__": {polluted: true}\n${CHARTER}`, "yaml.forbidden-key"],
  ["report", "__proto__ in a list item", `${REPORT}metrics:\n  - __proto__: {polluted: true}\n`, "yaml"],
  [
    "charter",
    "constructor key",
    `constructor: {prototype: {polluted: true}}\n${CHARTER}`,
    "yaml.forbidden-key",
  ],
  ["charter", "prototype key", CHARTER.replace("slug:", "prototype: 1\nslug:"), "yaml.forbidden-key"],
  ["report", "merge key", "base: &b {value: 1}\nmetrics:\n  - <<: *b\n    name: x\n", "yaml.merge-key"],
  [
    "charter",
    "10,000 nested flow lists",
    `slug: ${"[".repeat(10_000)}${"]".repeat(10_000)}\n`,
    "yaml.too-deep",
  ],
  [
    "charter",
    "10,000 nested flow mappings",
    `slug: ${"{a: ".repeat(10_000)}1${"}".repeat(10_000)}\n`,
    "yaml.too-deep",
  ],
  [
    "charter",
    "200 nested block mappings",
    `${Array.from({ length: 200 }, (_, i) => `${" ".repeat(i * 2)}k:`).join("\n")} 1\n`,
    "yaml.too-deep",
  ],
  [
    "report",
    "100 nested block lists",
    `${Array.from({ length: 100 }, (_, i) => `${" ".repeat(i * 2)}-`).join("\n")} x\n`,
    "yaml.too-deep",
  ],
  ["charter", "1 MB file", `purpose: ${"a".repeat(1024 * 1024)}\n`, "yaml.too-large"],
  ["charter", "1 MB of emoji", `purpose: ${"🐍".repeat(300_000)}\n`, "yaml.too-large"],
  ["charter", "invalid UTF-8: a lone continuation byte", bytes("slug: ", [0x80], "\n"), "yaml.encoding"],
  ["charter", "invalid UTF-8: an overlong slash", bytes("slug: ", [0xc0, 0xaf], "\n"), "yaml.encoding"],
  [
    "charter",
    "invalid UTF-8: an encoded surrogate",
    bytes("slug: ", [0xed, 0xa0, 0x80], "\n"),
    "yaml.encoding",
  ],
  ["charter", "invalid UTF-8: cut at the end", bytes("slug: pack", [0xe2, 0x82]), "yaml.encoding"],
  [
    "charter",
    "UTF-16 with a byte order mark",
    bytes([0xff, 0xfe], [0x73, 0, 0x3a, 0, 0x20, 0, 0x78, 0]),
    "yaml",
  ],
  ["charter", "a UTF-8 byte order mark", bytes([0xef, 0xbb, 0xbf], CHARTER), "ok"],
  ["charter", "NUL in a value", CHARTER.replace("name: Packaging", "name: Pack\u0000aging"), "ok"],
  [
    "charter",
    "right-to-left override in the name",
    CHARTER.replace("name: Packaging", "name: \u202EPackaging"),
    "ok",
  ],
  [
    "charter",
    "zero-width space in the slug",
    CHARTER.replace("slug: packaging", "slug: pack\u200Baging"),
    "schema.pattern",
  ],
  ["charter", "emoji everywhere", CHARTER.replace("name: Packaging", "name: 🐍📦 Packaging 🎉"), "ok"],
  ["charter", "emoji key", `🐍: 1\n${CHARTER}`, "schema.additionalProperties"],
  ["charter", "a JavaScript function tag", `slug: !!js/function "function () { return 1 }"\n`, "yaml"],
  ["charter", "a custom tag", `slug: !evil packaging\n`, "yaml"],
  ["charter", "a binary tag", `slug: !!binary aGVsbG8=\n`, "yaml"],
  ["charter", "two documents", `${CHARTER}---\n${CHARTER}`, "yaml.multiple-docs"],
  ["charter", "YAML 1.1", `%YAML 1.1\n---\n${CHARTER}`, "yaml.version"],
  ["charter", "tabs for indentation", "active_time:\n\tstart: 2025-01-01\n", "yaml"],
  ["charter", "empty", "", "yaml.empty"],
  ["charter", "only a comment", "# nothing\n", "yaml.empty"],
  ["charter", "a list, not a mapping", "- slug: x\n", "schema.type"],
  ["charter", "a 100,000-character key", `${"k".repeat(100_000)}: 1\n`, "yaml"],
  ["charter", "an unclosed quote", 'slug: "packaging\nname: x\n', "yaml.missing-char"],
  ["charter", "an unclosed bracket", "goals: [a, b\nname: x\n", "yaml"],
  ["report", "NaN as a metric", REPORT.replace("value: 42", "value: .nan"), "schema.type"],
  ["report", "infinity as a metric", REPORT.replace("value: 42", "value: .inf"), "schema.type"],
  [
    "report",
    "1e308 spent",
    `${REPORT}spending:\n  - { description: Venue hire, amount: 1e308, currency: USD }\n`,
    "ok",
  ],
  [
    "report",
    "1e309 spent",
    `${REPORT}spending:\n  - { description: Venue hire, amount: 1e309, currency: USD }\n`,
    "schema.type",
  ],
  [
    "report",
    "negative spending",
    `${REPORT}spending:\n  - { description: Venue hire, amount: -5, currency: USD }\n`,
    "schema.minimum",
  ],
  ["report", "2^64 as a metric", REPORT.replace("value: 42", "value: 18446744073709551616"), "ok"],
  ["report", "a period that is a date", REPORT.replace('period: "2026-10"', "period: 2026-10-01"), "schema"],
  [
    "report",
    "a period that is a number",
    REPORT.replace('period: "2026-10"', "period: 202610"),
    "schema.type",
  ],
  [
    "report",
    "Handlebars in a highlight",
    REPORT.replace("Released the new guide", '"{{#each this}}x{{/each}}"'),
    "ok",
  ],
  [
    "report",
    "a team mention in a highlight",
    REPORT.replace("Released the new guide", '"@psf/board look"'),
    "ok",
  ],
  [
    "report",
    "a forged marker in a highlight",
    REPORT.replace("Released the new guide", '"<!-- wgbot:digest x -->"'),
    "ok",
  ],
];

describe("charter and report files", () => {
  for (const [schema, name, content, code] of FILE_CASES) {
    it(`${schema}: ${name} → ${code}`, () => {
      const result = checkYamlDocument(`workgroups/packaging/${schema}.yml`, content, schema);
      if (code === "ok") {
        expect(result.problems).toEqual([]);
        expect(result.data).toBeDefined();
      } else {
        expect(result.data).toBeUndefined();
        expectClear(result.problems);
        expect(result.problems.map((p) => p.code).join(" ")).toContain(code);
      }
      expectNoPollution();
    });
  }
});

describe("files at the size limit, in linear time", () => {
  const SIZE = 480 * 1024;
  /** Each case at its size `n` (the size limit, or the count it is named after); `n / 8` for the growth check. */
  const cases: [string, (n: number) => string, number][] = [
    [
      "short unknown keys",
      (n) => {
        const lines: string[] = ["workgroup: packaging", 'period: "2026-10"'];
        for (let i = 0, size = 0; size < n; i++) {
          lines.push(`k${i}: 1`);
          size += (lines.at(-1)?.length ?? 0) + 1;
        }
        return `${lines.join("\n")}\n`;
      },
      SIZE,
    ],
    ["one key repeated", (n) => `workgroup: packaging\n${"blockers: []\n".repeat(n / 13)}`, SIZE],
    ["a 50,000-item list", (n) => `${REPORT}highlights:\n${"  - x\n".repeat(n)}`, 50_000],
    [
      "a flow list of 100,000 items",
      (n) => `${REPORT}blockers: [${Array.from({ length: n }, () => "1").join(",")}]\n`,
      100_000,
    ],
    [
      "10,000 lines of highlights that are fine",
      (n) =>
        REPORT.replace(
          "  - Released the new guide",
          Array.from({ length: n }, (_, i) => `  - Highlight ${i}`).join("\n"),
        ),
      10_000,
    ],
  ];
  const check = (text: string) =>
    checkYamlDocument("workgroups/packaging/reports/2026-10.yml", text, "report");
  for (const [name, make, n] of cases) {
    const text = make(n);
    it(`${name} (${Math.round(text.length / 1024)} KB)`, () => {
      const result = check(text);
      if (result.problems.length > 0) expectClear(result.problems.slice(0, 20));
      // Linear: one file of a quarter of this against eight of a 32nd (test/support/growth.ts). Before duplicate
      // keys were found in one pass, the first case took minutes.
      const ratio = growthRatio(
        (size) => {
          const smaller = make(size);
          return () => check(smaller);
        },
        Math.round(n / 4),
      );
      expect(ratio).toBeLessThan(LINEAR_RATIO);
    });
  }
});

const CONFIG_CASES: Case[] = [
  ["valid", "preset: psf\nteams: { board: board, grants_wg: grants-wg }\n", "ok"],
  ["__proto__ at the top", "preset: psf\n__proto__:\n  polluted: true\n", "yaml.forbidden-key"],
  ["__proto__ in a flow mapping", "{preset: psf, __proto__: {polluted: true}}\n", "yaml.forbidden-key"],
  ["__proto__ quoted", 'preset: psf\n"__proto__": {polluted: true}\n', "yaml.forbidden-key"],
  ["__proto__ under teams", "teams:\n  __proto__: {board: evil}\n", "yaml.forbidden-key"],
  ["constructor under teams", "teams:\n  constructor: {board: evil}\n", "yaml.forbidden-key"],
  ["__proto__ as a currency", "currency_rates:\n  __proto__: 1\n", "yaml.forbidden-key"],
  ["duplicate preset", "preset: psf\npreset: psf-2026\n", "yaml.duplicate-key"],
  ["duplicate team", "teams:\n  board: a\n  board: b\n", "yaml.duplicate-key"],
  ["duplicate, quoted", 'teams:\n  board: a\n  "board": b\n', "yaml.duplicate-key"],
  ["alias to a list where a mapping belongs", "a: &a [1, 2]\nteams: *a\n", "schema"],
  ["billion laughs", BILLION_LAUGHS, "yaml.too-many-aliases"],
  ["few aliases expanding to too much", WIDE_ALIASES, "yaml.alias-bomb"],
  ["deep flow nesting", `teams: ${"{a: ".repeat(5000)}1${"}".repeat(5000)}\n`, "yaml.too-deep"],
  ["deep list nesting", `labels: ${"[".repeat(10_000)}${"]".repeat(10_000)}\n`, "yaml.too-deep"],
  ["a JavaScript tag", "preset: !!js/function 'return 1'\n", "yaml"],
  ["an undefined tag", "teams: !<tag:yaml.org,2002:js/undefined> ''\n", "yaml"],
  ["merge key", "base: &b {board: x}\nteams:\n  <<: *b\n", "yaml.merge-key"],
  ["1 MB", `organisation: ${"a".repeat(1024 * 1024)}\n`, "yaml.too-large"],
  ["invalid UTF-8", bytes("preset: ", [0xff, 0xfe], "\n"), "yaml.encoding"],
  ["byte order mark", "\uFEFFpreset: psf\n", "ok"],
  ["two documents", "preset: psf\n---\npreset: psf-2026\n", "yaml.multiple-docs"],
  ["YAML 1.1 booleans", "%YAML 1.1\n---\npreset: psf\n", "yaml.version"],
  ["yes is not true", "teams:\n  mention_grants_wg: yes\n", "schema.type"],
  ["a threshold of 1e308", "grants:\n  board_threshold: 1e308\n", "ok"],
  ["an infinite threshold", "grants:\n  board_threshold: .inf\n", "schema.type"],
  ["a NaN threshold", "grants:\n  board_threshold: .nan\n", "schema.type"],
  ["a negative threshold", "grants:\n  board_threshold: -1\n", "schema.minimum"],
  ["a zero rate", "currency_rates:\n  EUR: 0\n", "schema.exclusiveMinimum"],
  ["a negative rate", "currency_rates:\n  EUR: -1.08\n", "schema.exclusiveMinimum"],
  ["a base rate that is not 1", "currency_rates:\n  USD: 2\n", "config.base-rate"],
  ["a team written as a mention", 'teams:\n  board: "@board"\n', "schema.pattern"],
  ["a team with its organisation", 'teams:\n  board: "psf/board"\n', "schema.pattern"],
  ["a team with an injected marker", 'teams:\n  board: "board <!-- x -->"\n', "schema.pattern"],
  ["a team slug with a zero-width space", "teams:\n  board: bo\u200Bard\n", "schema.pattern"],
  ["workgroups outside the repository", "paths:\n  workgroups: ../../etc\n", "config.workgroups-path"],
  ["workgroups at an absolute path", "paths:\n  workgroups: /etc\n", "schema.pattern"],
  ["two labels with one name", "labels:\n  approved: same\n  declined: same\n", "config.label-clash"],
  ["an empty label", 'labels:\n  approved: ""\n', "schema.minLength"],
  [
    "Handlebars and a mention as the organisation",
    'organisation: "{{#each this}}x{{/each}} @psf/board"\n',
    "ok",
  ],
  ["an emoji label", 'labels:\n  approved: "✅ approved"\n', "ok"],
  ["a preset with a NUL", "preset: psf\u0000\n", "schema.enum"],
  ["a list", "- preset: psf\n", "schema.type"],
  ["a scalar", "psf\n", "schema.type"],
  ["empty", "", "yaml.empty"],
  ["tabs", "teams:\n\tboard: x\n", "yaml"],
  [
    "20,000 unknown keys",
    `${Array.from({ length: 20_000 }, (_, i) => `k${i}: ${i}`).join("\n")}\n`,
    "schema.additionalProperties",
  ],
];

describe(".github/wgbot.yml", () => {
  for (const [name, content, code] of CONFIG_CASES) {
    it(`${name} → ${code}`, () => {
      const { config, problems } = loadConfig(content);
      expectNoPollution();
      if (code === "ok") {
        expect(problems.filter((p) => p.severity === "error")).toEqual([]);
        return;
      }
      expectClear(problems.slice(0, 50));
      expect(problems.map((p) => p.code).join(" ")).toContain(code);
      // A config with errors is not used: the preset is, so the rest of wgbot keeps working.
      expect(config).toEqual(PRESETS.psf);
    });
  }

  it("a missing config file means the psf preset", () => {
    expect(loadConfig(undefined)).toEqual({ config: PRESETS.psf, problems: [] });
  });
});
