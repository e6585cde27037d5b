/**
 * parseSubset (src/yaml/fast-subset.ts) must read a file exactly as the careful path does (the `yaml` package,
 * YAML 1.2 core schema) or give up. Never a different value, never a number where the other reads text, never an
 * answer for a file the careful path rejects.
 */
import { readFileSync } from "node:fs";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { Document, parse } from "yaml";
import { parseSubset } from "../../src/yaml/fast-subset.ts";
import { decodeUtf8, loadYaml } from "../../src/yaml/load.ts";
import {
  charter,
  edit,
  edits,
  report,
  serialise,
  stringifyOptions,
  yamlFiles,
} from "./yaml-subset-arbitraries.ts";

/** Every mapping's keys, in order, depth first. */
function keyOrder(value: unknown, out: string[][] = []): string[][] {
  if (Array.isArray(value)) for (const item of value) keyOrder(item, out);
  else if (value !== null && typeof value === "object") {
    out.push(Object.keys(value));
    for (const item of Object.values(value)) keyOrder(item, out);
  }
  return out;
}

/** Checks agreement on one text; true when the subset parser answered (did not give up). */
function agrees(text: string): boolean {
  const mine = parseSubset(text);
  if (mine === undefined) return false;
  const careful = loadYaml("f.yml", text);
  if (!careful.ok) {
    // An answer for a file the careful path rejects is a bug, whatever the answer.
    expect.fail(
      `subset parser accepted text the careful path rejects (${careful.problems[0]?.code}):\n${text}`,
    );
  }
  // toStrictEqual compares numbers with Object.is: 1 is not "1", -0 is not 0, NaN is NaN.
  expect(mine).toStrictEqual(careful.data);
  // ...but not the order of keys, which decides the order of schema errors.
  expect(keyOrder(mine)).toStrictEqual(keyOrder(careful.data));
  expect(mine).toStrictEqual(parse(text.charCodeAt(0) === 0xfeff ? text.slice(1) : text));
  return true;
}

describe("the subset parser reads what the careful path reads, or gives up", () => {
  for (const [name, data] of [
    ["reports", report],
    ["charters", charter],
  ] as const) {
    it(`on ${name} serialised by \`yaml\` in mixed styles, with comments, blank lines and CRLF`, () => {
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
      // Not a vacuous pass: the parser must answer for a good share of these documents.
      expect(answered / runs).toBeGreaterThan(0.25);
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
    expect(answered / runs).toBeGreaterThan(0.5);
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
      "x",
      "text with spaces",
      "1",
      "-1",
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

  it("never throws, whatever the text", () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 200, unit: "binary" }), (s) => {
        expect(() => parseSubset(s)).not.toThrow();
        agrees(s);
      }),
      { numRuns: 2000 },
    );
  });
});

describe("the subset parser on the repository's YAML files", () => {
  it("reads every example file, exactly as the careful path does", () => {
    const files = yamlFiles("examples/psf");
    expect(files.length).toBeGreaterThan(30);
    for (const file of files) {
      const text = readFileSync(file, "utf8");
      expect(parseSubset(text), file).toBeDefined();
      expect(agrees(text), file).toBe(true);
    }
  });

  it("agrees with the careful path on every bad fixture, or gives up", () => {
    const files = yamlFiles("test/fixtures/bad");
    expect(files.length).toBeGreaterThan(50);
    let answered = 0;
    for (const file of files) {
      const decoded = decodeUtf8(file, readFileSync(file));
      if ("problem" in decoded) continue;
      if (agrees(decoded.text)) answered++;
    }
    expect(answered).toBeGreaterThan(files.length / 2);
  });
});

describe("the subset parser on hand-picked cases", () => {
  const read = [
    "a: 1\nb: -2\nc: +3\nd: 0o17\ne: 0x1F\nf: 1.5\ng: -.5e3\nh: .inf\ni: -.INF\nj: .NaN\nk: 012\nl: 1_000\n",
    "a: ~\nb: null\nc: Null\nd:\ne: true\nf: False\ng: TRUE\nh: yes\ni: nULL\n",
    "a: 0b101\nb: -0x1\nc: +.5\nd: 1.\ne: 1e3\nf: 12345678901234567890\ng: -0\n",
    "# top\n\nkey: value # trailing\n  # indented comment\nother: 'it''s'\n",
    "list:\n- a\n- b\nmap:\n  x: 1\n",
    "list:\n  - a\n  -   b\n  -\n    - nested\n  - - compact\n    - seq\n",
    "items:\n  - name: a\n    value: 1\n  - name: b\n    tags: [x, 'y z', \"w\"]\n  -\n    name: c\n",
    "flow: { name: x, value: 1, list: [a, [b, c], {d: e}], empty: [], none: {} }\n",
    'json: {"a": 1, "b": [true, null, "x"]}\n',
    "url: https://example.com/a?b=c#d\ntime: 1:20\ndash: -x\ncolon: a:b\nhash: a#b\n",
    "long: this plain text\n  goes on over\n\n  three lines\nnext: 1\n",
    "top:\n  - this item\n    continues\n",
    "dq: \"line one\n  line two\n\n  para\"\nsq: 'one\n  two'\n",
    'esc: "tab\\there \\\\ \\"q\\" \\x41\\u00e9\\U0001F40D \\/ \\N\\_\\L\\P \\0\\a\\b\\e\\f\\n\\r\\v\\ "\n',
    'cont: "escaped \\\n   break"\n',
    "lit: |\n  line 1\n   more\n\n  line 3\nnext: 1\n",
    "lit: |-\n  a\n\n\nnext: 1\n",
    "lit: |+\n  a\n\n\nnext: 1\n",
    "lit: |+\n  a\n",
    "lit: |+\n  a",
    "lit: |\n  a",
    "fold: >\n  one\n  two\n\n  three\n    indented\n  four\n\n\n  five\nnext: x\n",
    "fold: >-\n  one\n   more\n   more\n  back\n",
    "fold: >+\n  one\n\n",
    "fold: >\n\n  after blank\n",
    "empty: |\nnext: 1\n",
    "empty: >-\n\nnext: 1\n",
    "seq:\n  - |\n    in a list\n  - >-\n    folded\n    in a list\n",
    'crlf: 1\r\nlist:\r\n  - a\r\n  - "b\r\n    c"\r\nlit: |\r\n  x\r\n  y\r\n',
    "\uFEFFbom: 1\n",
    "unicode: emoji 🐍 and 日本語 and nbsp\u00A0here\n",
    "'quoted key': 1\n\"other key\": 2\nspaced key  : 3\n",
  ];
  it.each(read.map((t) => [t]))("reads %j", (t) => {
    expect(parseSubset(t)).toBeDefined();
    expect(agrees(t)).toBe(true);
  });

  const givesUp = [
    "",
    "# only a comment\n",
    "- a\n- b\n",
    "plain scalar\n",
    "a: &x 1\nb: *x\n",
    "a: !!str 1\n",
    "%YAML 1.2\n---\na: 1\n",
    "---\na: 1\n",
    "a: 1\n...\n",
    "a: 1\na: 2\n",
    "a: 1\n'a': 2\n",
    "__proto__: 1\n",
    "constructor: 1\n",
    "toString: 1\n",
    "<<: {a: 1}\n",
    "1: one\n",
    "true: yes\n",
    "? complex\n: key\n",
    "[a]: b\n",
    "a:\tb\n",
    "a:\n\t- b\n",
    "a: 1\n b: 2\n",
    "a:\n  b: 1\n c: 2\n",
    "a: b: c\n",
    "a: |2\n   x\n",
    "a: [b,\nc]\n",
    "a: [b,\n  c\n]\n",
    "a: [b\n  c]\n",
    "a:\n  |\n   x\n",
    "a: 'unclosed\n",
    'a: "bad \\q escape"\n',
    "a: x\r",
    "a: control\u0001char\n",
    "a: @x\n",
    "a: `x`\n",
    'a: "q"x\n',
    "a: [b]c\n",
    "a: [b, ]\n",
    "a: {b}\n",
    "a: {b: }\n",
    "a: [b: c]\n",
    "a: [- b]\n",
    "lit: |\n    a\n  b\n",
    "lit: |\n\n     \n  a\n",
    "a: x\n  - y\n",
    "a: x\n  # comment in the continuation\n  y\n",
  ];
  it.each(givesUp.map((t) => [t]))("gives up on %j", (t) => {
    expect(parseSubset(t)).toBeUndefined();
  });

  it("respects the nesting limit", () => {
    const deep = (n: number) =>
      `${Array.from({ length: n }, (_, i) => `${"  ".repeat(i)}k:`).join("\n")} 1\n`;
    expect(parseSubset(deep(5), 5)).toBeDefined();
    expect(parseSubset(deep(6), 5)).toBeUndefined();
    expect(parseSubset(`a: ${"[".repeat(40)}${"]".repeat(40)}\n`)).toBeUndefined();
    expect(parseSubset(deep(500))).toBeUndefined();
  });

  it("takes linear time on large and adversarial input", () => {
    const big = [
      `list:\n${"  - an item of a long list\n".repeat(20_000)}`,
      `text: ${"word ".repeat(100_000)}\n`,
      `text: start\n${"  more\n\n".repeat(20_000)}`,
      `lit: |\n${"  line\n\n".repeat(20_000)}`,
      `fold: >\n${"  line\n    more\n\n".repeat(20_000)}`,
      `q: "${"a\\n ".repeat(50_000)}"\n`,
      `q: "${"\n".repeat(50_000)}"\n`,
      `a: ${"[".repeat(20)}${" ".repeat(100_000)}\n`,
      `${"a".repeat(100_000)}\n`,
      `a:${" ".repeat(100_000)}# c\n`,
    ];
    for (const t of big) {
      const started = performance.now();
      parseSubset(t);
      expect(performance.now() - started).toBeLessThan(1000);
    }
  });
});

describe("the comparison itself", () => {
  it("tells numbers from text, and -0 from 0", () => {
    expect(() => expect({ a: 1 }).toStrictEqual({ a: "1" })).toThrow();
    expect(() => expect({ a: -0 }).toStrictEqual({ a: 0 })).toThrow();
    expect({ a: Number.NaN }).toStrictEqual({ a: Number.NaN });
  });
});
