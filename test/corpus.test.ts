/**
 * The bad-input corpus: every file in test/fixtures/bad/<kind>/ is a realistic mistake or attack. Whatever it
 * holds, validation must not throw, must find at least one problem, and must say it in plain words at a place.
 * test/fixtures/bad/expected.json names the problem each file must produce, and the line it must point at.
 */
import { readdirSync, readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { loadConfig } from "../src/config/load.ts";
import type { Problem } from "../src/problems.ts";
import { checkYamlDocument } from "../src/schema/yaml-document.ts";
import { DEFAULT_LIMITS } from "../src/yaml/load.ts";

type Kind = "charter" | "report" | "config";
interface Expected {
  code: string;
  line: number;
}

const root = fileURLToPath(new URL("./fixtures/bad/", import.meta.url));
const expected = JSON.parse(readFileSync(`${root}expected.json`, "utf8")) as Record<string, Expected>;
const KINDS: Kind[] = ["charter", "report", "config"];
const files = KINDS.flatMap((kind) =>
  readdirSync(`${root}${kind}`)
    .filter((name) => name.endsWith(".yml"))
    .sort()
    .map((name) => ({ kind, name, key: `${kind}/${name}` })),
);

/** Validates bytes the way the product does: config files through loadConfig, the rest through their schema. */
function validate(kind: Kind, file: string, bytes: string | Uint8Array): Problem[] {
  if (kind === "config") return loadConfig(bytes, file).problems;
  return checkYamlDocument(file, bytes, kind).problems;
}

/** Phrases from Ajv's own messages and error objects: none may reach a user. */
const RAW_AJV = [
  /must have required property/i,
  /must NOT have/i,
  /must match (pattern|format)/i,
  /must be equal to (one of|constant)/i,
  /must be (string|number|integer|boolean|array|object|null)\b/,
  /must be [<>]=?/,
  /must pass "\w+" keyword/,
  /property name must be valid/,
  /instancePath|schemaPath|params|keyword/,
  /#?\/properties\//,
  /\/\$defs\//,
  /\{\s*"/,
];

function expectPlain(p: Problem): void {
  expect(typeof p.message).toBe("string");
  expect(p.message.trim()).not.toBe("");
  expect(p.message).toMatch(/[.?!]$/);
  for (const raw of RAW_AJV) {
    expect(p.message).not.toMatch(raw);
    if (p.hint !== undefined) expect(p.hint).not.toMatch(raw);
  }
  if (p.hint !== undefined) expect(p.hint.trim()).not.toBe("");
  expect(p.code).toMatch(/^(yaml|schema|config|rule)\.[a-z][a-zA-Z0-9-]*$/);
  expect(["error", "warning"]).toContain(p.severity);
}

function expectPositioned(p: Problem): void {
  expect(Number.isInteger(p.line) && (p.line as number) >= 1, `${p.code} has a line`).toBe(true);
  expect(Number.isInteger(p.column) && (p.column as number) >= 1, `${p.code} has a column`).toBe(true);
}

const unhandled: unknown[] = [];
const onUnhandled = (reason: unknown) => unhandled.push(reason);
beforeAll(() => {
  process.on("unhandledRejection", onUnhandled);
});
afterAll(() => {
  process.off("unhandledRejection", onUnhandled);
  expect(unhandled).toEqual([]);
});

describe("the bad-input corpus", () => {
  it("has at least 45 files, each with an expectation, and no stale expectations", () => {
    expect(files.length).toBeGreaterThanOrEqual(45);
    expect(Object.keys(expected).sort()).toEqual(files.map((f) => f.key).sort());
    for (const kind of KINDS) expect(files.filter((f) => f.kind === kind).length).toBeGreaterThan(5);
  });

  describe.each(files)("$key", ({ kind, name, key }) => {
    const bytes = readFileSync(`${root}${kind}/${name}`);
    const file = `${kind}/${name}`;

    it("gives plain, positioned problems, including the expected one", () => {
      let problems: Problem[] = [];
      expect(() => {
        problems = validate(kind, file, bytes);
      }).not.toThrow();
      expect(problems.length).toBeGreaterThan(0);
      expect(problems.some((p) => p.severity === "error")).toBe(true);
      for (const p of problems) {
        expect(p.file).toBe(file);
        expectPlain(p);
        expectPositioned(p);
      }
      const want = expected[key] as Expected;
      expect(problems.map((p) => ({ code: p.code, line: p.line }))).toContainEqual(want);
    });

    it("gives the same answer for the same bytes as text and twice in a row", () => {
      const text = new TextDecoder("utf-8", { fatal: false }).decode(bytes);
      const first = validate(kind, file, bytes);
      expect(validate(kind, file, bytes)).toEqual(first);
      // A string input skips decoding, so only files that are valid UTF-8 can be compared this way.
      if (!text.includes("\uFFFD")) expect(validate(kind, file, text)).toEqual(first);
    });
  });
});

describe("generated hostile input", () => {
  const report = 'workgroup: packaging\nperiod: "2026-10"\nsubmitted_by: alice\nhighlights:\n';

  it("refuses a 600 KB file without parsing it", () => {
    const line = "  - Released the new packaging guide, with many long notes about what was done\n";
    const text = report + line.repeat(Math.ceil((600 * 1024) / line.length));
    expect(Buffer.byteLength(text)).toBeGreaterThan(600 * 1024);
    for (const input of [text, Buffer.from(text)]) {
      const problems = validate("report", "big.yml", input);
      expect(problems).toHaveLength(1);
      expect(problems[0]).toMatchObject({ code: "yaml.too-large", line: 1, column: 1 });
      expect(problems[0]?.message).toMatch(/60\d KB.*512 KB/);
      expectPlain(problems[0] as Problem);
    }
  });

  it("refuses a file just over the limit even when it is short in characters", () => {
    // 3-byte characters: fewer characters than maxBytes, more bytes.
    const text = `${report}  - ${"€".repeat(DEFAULT_LIMITS.maxBytes / 3 + 10)}\n`;
    expect(text.length).toBeLessThan(DEFAULT_LIMITS.maxBytes);
    expect(validate("report", "euro.yml", text)).toMatchObject([{ code: "yaml.too-large" }]);
  });

  it.each([
    ["flow sequences 50,000 deep", `${report}  - ${"[".repeat(50_000)}x${"]".repeat(50_000)}\n`],
    ["flow mappings 50,000 deep", `${report}  - ${"{a: ".repeat(50_000)}x${"}".repeat(50_000)}\n`],
    ["unclosed brackets 100,000 deep", `${report}  - ${"[".repeat(100_000)}\n`],
    ["block mappings 300 deep", Array.from({ length: 300 }, (_, i) => `${"  ".repeat(i)}a${i}:`).join("\n")],
    ["block sequences 300 deep", Array.from({ length: 300 }, (_, i) => `${"  ".repeat(i)}-`).join("\n")],
  ])("refuses %s without throwing", (_, text) => {
    let problems: Problem[] = [];
    expect(() => {
      problems = validate("report", "deep.yml", text);
    }).not.toThrow();
    expect(problems.map((p) => p.code)).toEqual(["yaml.too-deep"]);
    for (const p of problems) {
      expectPlain(p);
      expectPositioned(p);
    }
  });

  it.each([
    ["a lone continuation byte", [0x80]],
    ["an overlong slash", [0xc0, 0xaf]],
    ["a truncated 3-byte character", [0xe2, 0x82]],
    ["a UTF-16 surrogate encoded as UTF-8", [0xed, 0xa0, 0x80]],
    ["a Latin-1 é", [0xe9]],
  ])("refuses invalid UTF-8: %s, pointing at the byte", (_, bad) => {
    const bytes = Buffer.concat([
      Buffer.from("workgroup: packaging\nperiod: "),
      Buffer.from(bad),
      Buffer.from('"2026-10"\nsubmitted_by: alice\nhighlights: [Released the guide]\n'),
    ]);
    for (const kind of KINDS) {
      const problems = validate(kind, "bytes.yml", bytes);
      expect(problems).toHaveLength(1);
      expect(problems[0]).toMatchObject({ code: "yaml.encoding", line: 2, column: 9 });
      expectPlain(problems[0] as Problem);
    }
  });

  it("refuses a UTF-16 file", () => {
    const utf16 = Buffer.from(`\uFEFF${report}  - Released the guide\n`, "utf16le");
    const problems = validate("report", "utf16.yml", utf16);
    expect(problems.map((p) => p.code)).toEqual(["yaml.encoding"]);
  });
});

describe("prototype pollution", () => {
  const prototypeKeys = () => Object.getOwnPropertyNames(Object.prototype).sort();
  const protoFiles = files.filter((f) => /proto|constructor/.test(f.name));

  it("the corpus holds __proto__ and constructor files", () => {
    expect(protoFiles.map((f) => f.name)).toEqual(
      expect.arrayContaining(["proto-key.yml", "constructor-key.yml"]),
    );
  });

  it("loading them leaves Object.prototype and the results clean", () => {
    const before = prototypeKeys();
    const inline = [
      "__proto__:\n  polluted: yes\n",
      "'__proto__': {polluted: yes}\n",
      '"__proto__": {polluted: yes}\n',
      "? __proto__\n: {polluted: yes}\n",
      "a: &x {polluted: yes}\n__proto__: *x\n",
      "constructor: {prototype: {polluted: yes}}\n",
      "__proto__: [polluted]\n",
      "spending:\n  - __proto__: {polluted: yes}\n    description: x\n    amount: 1\n",
    ];
    const results: unknown[] = [];
    for (const { kind, name } of protoFiles) {
      const bytes = readFileSync(`${root}${kind}/${name}`);
      if (kind === "config") results.push(loadConfig(bytes, name));
      else results.push(checkYamlDocument(name, bytes, kind));
    }
    for (const text of inline) {
      for (const kind of KINDS) {
        const result = kind === "config" ? loadConfig(text) : checkYamlDocument("inline.yml", text, kind);
        expect(result.problems.length).toBeGreaterThan(0);
        results.push(result);
      }
    }
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(({} as Record<string, unknown>).isAdmin).toBeUndefined();
    expect(prototypeKeys()).toEqual(before);
    for (const result of results) {
      const r = result as { data?: unknown; config?: unknown };
      expect(r.data).toBeUndefined();
      expect(JSON.stringify(r)).not.toContain("polluted");
      if (r.config) expect(Object.getPrototypeOf(r.config)).toBe(Object.prototype);
    }
  });
});
