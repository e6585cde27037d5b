/**
 * loadFast (src/yaml/fast.ts, js-yaml) must read a file exactly as the careful path does (src/yaml/load.ts, the
 * `yaml` package, YAML 1.2 core schema) or give up. Never a different value, never a number where the other reads
 * text, never an answer for a file the careful path refuses.
 */
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { Document } from "yaml";
import { writeGovernanceRepo } from "../../bench/lib/governance-repo.ts";
import { decodeGovernanceFile } from "../../src/repo/decode.ts";
import { loadFast } from "../../src/yaml/fast.ts";
import { DEFAULT_LIMITS } from "../../src/yaml/limits.ts";
import { loadYaml } from "../../src/yaml/load.ts";
import { charter, edit, edits, report, serialise, stringifyOptions, yamlFiles } from "./yaml-arbitraries.ts";

/** Every mapping's keys, in order, depth first. */
function keyOrder(value: unknown, out: string[][] = []): string[][] {
  if (Array.isArray(value)) for (const item of value) keyOrder(item, out);
  else if (value !== null && typeof value === "object") {
    out.push(Object.keys(value));
    for (const item of Object.values(value)) keyOrder(item, out);
  }
  return out;
}

/** The fast path as checkYamlDocument takes it: on text decoded as the careful path decodes it. */
function fast(input: string | Uint8Array, maxDepth = DEFAULT_LIMITS.maxDepth): unknown {
  const decoded = decodeGovernanceFile("f.yml", input);
  return "problem" in decoded ? undefined : loadFast(decoded.text, maxDepth);
}

/** Checks agreement on one text; true when the fast path answered (did not give up). */
function agrees(text: string | Uint8Array): boolean {
  const mine = fast(text);
  if (mine === undefined) return false;
  const careful = loadYaml("f.yml", text);
  if (!careful.ok) {
    // An answer for a file the careful path refuses is a bug, whatever the answer.
    expect.fail(
      `the fast path accepted text the careful path refuses (${careful.problems[0]?.code}):\n${String(text)}`,
    );
  }
  // toStrictEqual compares numbers with Object.is: 1 is not "1", -0 is not 0, NaN is NaN.
  expect(mine).toStrictEqual(careful.data);
  // ...but not the order of keys, which decides the order of schema errors and rule findings.
  expect(keyOrder(mine)).toStrictEqual(keyOrder(careful.data));
  return true;
}

describe("the fast path reads what the careful path reads, or gives up", () => {
  for (const [name, data] of [
    ["reports", report],
    ["charters", charter],
  ] as const) {
    it(`on ${name} serialised by \`yaml\` in mixed styles, with comments, blank lines, CRLF and a BOM`, () => {
      let answered = 0;
      let runs = 0;
      fc.assert(
        fc.property(
          data,
          fc.array(fc.nat(), { minLength: 8, maxLength: 40 }),
          stringifyOptions,
          edits,
          (value, choices, options, e) => {
            runs++;
            const plain = serialise(value, choices, options);
            if (agrees(plain)) answered++;
            agrees(edit(plain, e));
          },
        ),
        { numRuns: 1500 },
      );
      // Not a vacuous pass. The values lean hard on the spellings the fast path leaves alone (`-0`, `0x1F`, `*a`,
      // tabs...), and one such value anywhere sends the whole file to the careful path: charters, with more
      // values, are answered less often (about 7% against 18%).
      expect(answered / runs).toBeGreaterThan(name === "reports" ? 0.1 : 0.03);
    });
  }

  it("on governance-like documents in the plain style files are written in", () => {
    let answered = 0;
    let runs = 0;
    fc.assert(
      fc.property(
        report,
        fc.constantFrom<"PLAIN" | "QUOTE_DOUBLE" | "QUOTE_SINGLE" | "BLOCK_LITERAL" | "BLOCK_FOLDED">(
          "PLAIN",
          "QUOTE_DOUBLE",
          "QUOTE_SINGLE",
          "BLOCK_LITERAL",
          "BLOCK_FOLDED",
        ),
        fc.boolean(),
        (value, defaultStringType, indentSeq) => {
          runs++;
          if (agrees(new Document(value).toString({ defaultStringType, indentSeq, lineWidth: 60 })))
            answered++;
        },
      ),
      { numRuns: 800 },
    );
    expect(answered / runs).toBeGreaterThan(0.2);
  });

  it("on text stitched together from YAML fragments (mostly invalid: it must give up)", () => {
    const fragment = fc.constantFrom(
      "a: ",
      "b:",
      "key: value",
      '"k": ',
      "'k': ",
      "- ",
      "-",
      "  ",
      " ",
      "\n",
      "\r\n",
      "\r",
      "\t",
      "# c",
      " # c",
      "|",
      "|-",
      "|+",
      ">",
      ">-",
      ">+",
      "|2",
      "[",
      "]",
      "{",
      "}",
      ", ",
      ",",
      ": ",
      ":",
      "'",
      "''",
      '"',
      "\\",
      "\\n",
      "\\x41",
      "\\u00e9",
      "\\x5f_proto__",
      "x",
      "text with spaces",
      "1",
      "-1",
      "-0",
      "0x1F",
      "0o17",
      ".5",
      "1e3",
      ".inf",
      "~",
      "null",
      "true",
      "&a ",
      "*a",
      "!t ",
      "---",
      "...",
      "? ",
      "<<: ",
      "__proto__: ",
      "toString: ",
      "\u00A0",
      "\uFEFF",
      "\u0085",
      "\u2028",
    );
    let answered = 0;
    fc.assert(
      fc.property(fc.array(fragment, { maxLength: 30 }), (parts) => {
        if (agrees(parts.join(""))) answered++;
      }),
      { numRuns: 6000 },
    );
    expect(answered).toBeGreaterThan(100);
  });

  it("never throws, whatever the text or bytes", () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 200, unit: "binary" }), (s) => {
        expect(() => fast(s)).not.toThrow();
        agrees(s);
      }),
      { numRuns: 2000 },
    );
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 200 }), (bytes) => {
        agrees(bytes);
      }),
      { numRuns: 1000 },
    );
  });
});

describe("the fast path on the repository's YAML files", () => {
  it("reads every file of a generated governance repository that the careful path reads (the benchmark's files)", () => {
    const dir = mkdtempSync(join(tmpdir(), "wgbot-fast-"));
    try {
      writeGovernanceRepo(dir, { files: 600, workgroups: 20, errorRate: 0.1, lastMonth: "2026-09" });
      let read = 0;
      for (const file of yamlFiles(dir)) {
        const bytes = readFileSync(file);
        expect(agrees(bytes) || !loadYaml(file, bytes).ok, file).toBe(true);
        read++;
      }
      expect(read).toBe(600);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it("reads every example file, exactly as the careful path does", () => {
    const files = yamlFiles("examples/psf");
    expect(files.length).toBeGreaterThan(30);
    for (const file of files) expect(agrees(readFileSync(file)), file).toBe(true);
  });

  it("agrees with the careful path on every bad fixture, or gives up", () => {
    const files = yamlFiles("test/fixtures/bad");
    expect(files.length).toBeGreaterThan(50);
    let answered = 0;
    for (const file of files) if (agrees(readFileSync(file))) answered++;
    // Most bad fixtures are YAML mistakes the fast path must leave alone; the rest are schema mistakes it reads.
    expect(answered).toBeGreaterThan(10);
  });
});

describe("the fast path on hand-picked cases", () => {
  const read = [
    "a: 1\nb: -2\nc: +3\nd: 0o17\ne: 0x1F\nf: 1.5\ng: 1e3\nh: .inf\ni: -.INF\nj: .NaN\nk: 012\nl: 1_000\n",
    "a: ~\nb: null\nc: Null\nd:\ne: true\nf: False\ng: TRUE\nh: yes\ni: nULL\n",
    "a: 1.\nb: 12345678901234567890\nc: 0o8\nd: 0xg\n",
    "dates: [2026-10-15, 2026-10-15T10:00:00Z, 2026-10]\ntime: 1:20\n",
    "# top\n\nkey: value # trailing\n  # indented comment\nother: 'it''s'\n",
    "list:\n- a\n- b\nmap:\n  x: 1\n",
    "list:\n  - a\n  -   b\n  -\n    - nested\n  - - compact\n    - seq\n",
    "items:\n  - name: a\n    value: 1\n  - name: b\n    tags: [x, 'y z', \"w\"]\n  -\n    name: c\n",
    "flow: { name: x, value: 1, list: [a, [b, c], {d: e}], empty: [], none: {} }\n",
    'json: {"a": 1, "b": [true, null, "x"]}\n',
    "url: https://example.com/a?b=c#d\ndash: -x\ncolon: a:b\nhash: a#b\n",
    "long: this plain text\n  goes on over\n\n  three lines\nnext: 1\n",
    "dq: \"line one\n  line two\n\n  para\"\nsq: 'one\n  two'\n",
    'esc: "tab\\there \\\\ \\"q\\" \\x41\\u00e9\\U0001F40D \\/ \\N\\_\\L\\P \\0\\a\\b\\e\\f\\n\\r\\v\\ "\n',
    "lit: |\n  line 1\n   more\n\n  line 3\nnext: 1\n",
    "lit: |-\n  a\n\n\nnext: 1\n",
    "lit: |+\n  a\n\n\nnext: 1\n",
    "fold: >\n  one\n  two\n\n  three\n    indented\n  four\n\n\n  five\nnext: x\n",
    "seq:\n  - |\n    in a list\n  - >-\n    folded\n    in a list\n",
    'crlf: 1\r\nlist:\r\n  - a\r\n  - "b\r\n    c"\r\nlit: |\r\n  x\r\n  y\r\n',
    "cr: 1\rnext: 2\r",
    "\uFEFFbom: 1\n",
    "unicode: emoji 🐍 and 日本語 and nbsp\u00A0here\n",
    "'quoted key': 1\n\"other key\": 2\nspaced key  : 3\n",
    "'': empty quoted key\n",
    "a: 1\n...\n",
  ];
  it.each(read.map((t) => [t]))("reads %j", (t) => {
    expect(agrees(t)).toBe(true);
  });

  /** What the careful path refuses, or reads apart: the fast path must leave every one of these to it. */
  const givesUp = {
    "an empty file": "",
    "a comment only": "# only a comment\n",
    "a list document": "- a\n- b\n",
    "a scalar document": "plain scalar\n",
    "an anchor and alias": "a: &x 1\nb: *x\n",
    "an alias in a list": "a: &x [1]\nb: [*x, *x]\n",
    "a standard tag": "a: !!str 1\n",
    "a custom tag": "a: !money 12\n",
    "a merge key": "base: &b {x: 1}\nc:\n  <<: *b\n",
    "a merge key without alias": "<<: {a: 1}\n",
    "a quoted merge key (text to the careful path, but left to it)": "'<<': text\n",
    "a YAML 1.1 directive": "%YAML 1.1\n---\na: yes\n",
    "a YAML 1.2 directive": "%YAML 1.2\n---\na: 1\n",
    "a document start": "---\na: 1\n",
    "two documents": "a: 1\n---\nb: 2\n",
    "a second document after `...`": "a: 1\n...\nb: 2\n",
    "a duplicate key": "a: 1\na: 2\n",
    "a duplicate key, quoted": "a: 1\n'a': 2\n",
    "a duplicate number key": "1: one\n1.0: two\n",
    "a key 1 and a key '1'": "1: one\n'1': two\n",
    "a key true and a key 'true'": "true: one\n'true': two\n",
    "a __proto__ key": "__proto__: 1\n",
    'a "__proto__" key': '"__proto__": {admin: true}\n',
    "an escaped __proto__ key": '"\\x5f_proto__": {admin: true}\n',
    "a constructor key": "a:\n  constructor: 1\n",
    "an escaped prototype key": 'a: {"prot\\x6ftype": 1}\n',
    "an empty key in flow": "a: {: x}\n",
    "a null key": "~: x\n",
    "a complex key": "? [a]\n: b\n",
    "a flow key": "[a]: b\n",
    "a tab as indentation": "a:\n\t- b\n",
    "a tab after a colon": "a:\tb\n",
    "a tab inside a value": "a: x\ty\n",
    "-0, which js-yaml reads as 0": "a: -0\n",
    "-0 in a list": "a: [1, -0]\n",
    "a binary number": "a: 0b101\n",
    "a negative hex number": "a: -0x1\n",
    "a float with a sign and no leading digit": "a: -.5\n",
    "a control character": "a: control\u0001char\n",
    "a bad indent": "a: 1\n b: 2\n",
    "a value on a key's line": "a: b: c\n",
    "an unclosed quote": "a: 'unclosed\n",
    "an unknown escape": 'a: "bad \\q escape"\n',
    "a reserved indicator": "a: @x\n",
    "a backtick": "a: `x`\n",
    "an escaped line break": 'a: "one \\\n  two"\n',
    "a block scalar ending in a line of spaces": "a: |-\n    x\n      \nb: 1\n",
    "a comment right after a quote": "a: ''# c\n",
    "a comment right after a bracket": "a: [b]# c\n",
    "a key over 1024 characters": `${"k".repeat(1025)}: 1\n`,
  };
  it.each(Object.entries(givesUp))("gives up on %s", (_, t) => {
    expect(fast(t)).toBeUndefined();
    agrees(t);
  });

  it("gives up on nesting at the limit, as the careful path refuses it", () => {
    const deep = (n: number) =>
      `${Array.from({ length: n }, (_, i) => `${"  ".repeat(i)}k:`).join("\n")} 1\n`;
    expect(fast(deep(5), 5)).toBeDefined();
    expect(fast(deep(6), 5)).toBeUndefined();
    expect(loadYaml("f.yml", deep(6), { ...DEFAULT_LIMITS, maxDepth: 5 }).ok).toBe(false);
    expect(fast(`a: ${"[".repeat(40)}${"]".repeat(40)}\n`)).toBeUndefined();
    expect(loadYaml("f.yml", `a: ${"[".repeat(40)}${"]".repeat(40)}\n`).ok).toBe(false);
    expect(fast(deep(5000))).toBeUndefined();
    expect(fast(`a: ${"[".repeat(100_000)}`)).toBeUndefined();
  });

  it("reads dates and times as text, as the careful path does (no Date objects)", () => {
    expect(fast("a: 2026-10-15\nb: 2026-10-15T10:00:00Z\n")).toStrictEqual({
      a: "2026-10-15",
      b: "2026-10-15T10:00:00Z",
    });
  });
});

describe("the comparison itself", () => {
  it("tells numbers from text, and -0 from 0", () => {
    expect(() => expect({ a: 1 }).toStrictEqual({ a: "1" })).toThrow();
    expect(() => expect({ a: -0 }).toStrictEqual({ a: 0 })).toThrow();
    expect({ a: Number.NaN }).toStrictEqual({ a: Number.NaN });
  });
});
