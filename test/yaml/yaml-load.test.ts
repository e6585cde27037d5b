import { describe, expect, it } from "vitest";
import { LineCounter } from "yaml";
import {
  DEFAULT_LIMITS,
  decodeUtf8,
  type LoadResult,
  loadYaml,
  positionOf,
  rangePosition,
  type YamlLimits,
} from "../../src/yaml/load.ts";

function problemsOf(result: LoadResult) {
  if (result.ok) throw new Error(`expected problems, got data ${JSON.stringify(result.data)}`);
  return result.problems;
}

function dataOf(result: LoadResult): unknown {
  if (!result.ok) throw new Error(`expected data, got ${JSON.stringify(result.problems)}`);
  return result.data;
}

const limits = (overrides: Partial<YamlLimits>): YamlLimits => ({ ...DEFAULT_LIMITS, ...overrides });

describe("loadYaml: plain data", () => {
  it("returns YAML 1.2 core data: dates and yes/no stay text, numbers are numbers", () => {
    const data = dataOf(
      loadYaml("f.yml", "start: 2025-01-15\nflag: yes\noff: no\ncount: 12\nrate: 1.5\nhex: 0x1F\nempty:\n"),
    );
    expect(data).toEqual({
      start: "2025-01-15",
      flag: "yes",
      off: "no",
      count: 12,
      rate: 1.5,
      hex: 31,
      empty: null,
    });
  });

  it("accepts text and bytes alike", () => {
    const text = "name: Café ☕\nlist: [a, b]\n";
    expect(dataOf(loadYaml("f.yml", text))).toEqual(
      dataOf(loadYaml("f.yml", new TextEncoder().encode(text))),
    );
  });

  it("expands a few aliases within the limits", () => {
    expect(dataOf(loadYaml("f.yml", "a: &x [1, 2]\nb: *x\nc: *x\n"))).toEqual({
      a: [1, 2],
      b: [1, 2],
      c: [1, 2],
    });
  });

  it("keeps the parsed document and line counter for locating problems later", () => {
    const result = loadYaml("f.yml", "a: 1\nb: 2\n");
    if (!result.ok) throw new Error("expected data");
    expect(result.text).toBe("a: 1\nb: 2\n");
    expect(result.lineCounter.linePos(5)).toEqual({ line: 2, col: 1 });
    expect(result.doc.errors).toEqual([]);
  });
});

describe("loadYaml: limits", () => {
  it("refuses a file over maxBytes, counting bytes, not characters", () => {
    const small = limits({ maxBytes: 10 });
    expect(loadYaml("f.yml", "a: 1234567", small).ok).toBe(true); // exactly 10 bytes
    const [tooBig] = problemsOf(loadYaml("f.yml", "a: 12345678", small));
    expect(tooBig).toMatchObject({ code: "yaml.too-large", line: 1, column: 1, severity: "error" });
    expect(tooBig?.message).toBe("The file is 1 KB; wgbot reads files up to 1 KB.");
    // Four 3-byte characters: 6 characters, 14 bytes.
    expect(problemsOf(loadYaml("f.yml", "a: €€€€", small))[0]?.code).toBe("yaml.too-large");
    expect(problemsOf(loadYaml("f.yml", new Uint8Array(11), small))[0]?.code).toBe("yaml.too-large");
  });

  it("states sizes in KB and MB", () => {
    const text = `a: "${"x".repeat(2 * 1024 * 1024)}"\n`;
    expect(problemsOf(loadYaml("f.yml", text))[0]?.message).toBe(
      "The file is 2.0 MB; wgbot reads files up to 512 KB.",
    );
  });

  it("refuses nesting deeper than maxDepth, at the first node too deep", () => {
    // Four mappings: the file's own, then a's, b's and c's.
    const text = "a:\n  b:\n    c:\n      d: 1\n";
    expect(loadYaml("f.yml", text, limits({ maxDepth: 4 })).ok).toBe(true);
    const problems = problemsOf(loadYaml("f.yml", text, limits({ maxDepth: 3 })));
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatchObject({ code: "yaml.too-deep", line: 4, column: 7 });
    expect(problems[0]?.message).toBe("The file is nested more than 3 levels deep.");
  });

  it("allows the deepest nesting the schemas need by default", () => {
    const charterLike = "communication:\n  channels:\n    - name: Discourse\n      url: https://x.org\n";
    expect(loadYaml("f.yml", charterLike).ok).toBe(true);
    // 32 levels: the file's mapping and 31 lists.
    expect(loadYaml("f.yml", `a: ${"[".repeat(31)}${"]".repeat(31)}`).ok).toBe(true);
    expect(loadYaml("f.yml", `a: ${"[".repeat(32)}${"]".repeat(32)}`).ok).toBe(false);
  });

  it("counts flow and block nesting alike", () => {
    expect(problemsOf(loadYaml("f.yml", "a: [[[1]]]\n", limits({ maxDepth: 3 })))[0]).toMatchObject({
      code: "yaml.too-deep",
      line: 1,
      column: 6,
    });
  });

  it("survives nesting deep enough to overflow the parser's stack", () => {
    const problems = problemsOf(loadYaml("f.yml", `a: ${"[".repeat(200_000)}`));
    expect(problems.map((p) => p.code)).toEqual(["yaml.too-deep"]);
  });

  it("refuses more aliases than maxAliases, at the first alias over the limit", () => {
    const text = "a: &x 1\nb: [*x, *x]\nc: *x\n";
    expect(loadYaml("f.yml", text, limits({ maxAliases: 3 })).ok).toBe(true);
    const problems = problemsOf(loadYaml("f.yml", text, limits({ maxAliases: 2 })));
    expect(problems).toEqual([
      expect.objectContaining({ code: "yaml.too-many-aliases", line: 3, column: 4 }),
    ]);
    expect(problems[0]?.message).toBe("The file uses more than 2 aliases.");
  });

  it("refuses aliases that expand to too much data, pointing at the first alias", () => {
    const text = [
      "a: &a [x, x, x, x, x, x, x, x, x, x]",
      "b: &b [*a, *a, *a, *a, *a]",
      "c: &c [*b, *b, *b, *b, *b]",
      "d: [*c, *c, *c, *c, *c]",
    ].join("\n");
    const problems = problemsOf(loadYaml("f.yml", text));
    expect(problems).toEqual([expect.objectContaining({ code: "yaml.alias-bomb", line: 2, column: 8 })]);
  });
});

describe("loadYaml: positions", () => {
  it("gives 1-based line and column, with an end", () => {
    const [p] = problemsOf(loadYaml("f.yml", "a: 1\nb: 2\na: 3\n"));
    expect(p).toMatchObject({ code: "yaml.duplicate-key", line: 3, column: 1, endLine: 3 });
    expect(p?.message).toBe("The key `a` appears twice in the same mapping.");
  });

  it("ignores a byte order mark in text and bytes, keeping columns right", () => {
    const text = "\uFEFFa: 1\nb: !foo 2\n";
    for (const input of [text, new TextEncoder().encode(text)]) {
      const [p] = problemsOf(loadYaml("f.yml", input));
      expect(p).toMatchObject({ line: 2, column: 4 });
    }
    expect(dataOf(loadYaml("f.yml", "\uFEFFa: 1\n"))).toEqual({ a: 1 });
    expect(dataOf(loadYaml("f.yml", new Uint8Array([0xef, 0xbb, 0xbf, 0x61, 0x3a, 0x20, 0x31])))).toEqual({
      a: 1,
    });
  });

  it("counts lines the same with CRLF line endings", () => {
    const lf = "a: 1\nb:\n  c: 2\n  c: 3\n";
    const crlf = lf.replaceAll("\n", "\r\n");
    const [fromLf] = problemsOf(loadYaml("f.yml", lf));
    const [fromCrlf] = problemsOf(loadYaml("f.yml", crlf));
    expect(fromCrlf).toMatchObject({ code: "yaml.duplicate-key", line: 4, column: 3 });
    expect(fromCrlf?.line).toBe(fromLf?.line);
    expect(fromCrlf?.column).toBe(fromLf?.column);
    expect(dataOf(loadYaml("f.yml", "a: x\r\nb: y\r\n"))).toEqual({ a: "x", b: "y" });
  });

  it("points an unclosed quote at where it opens, not at the end of the file", () => {
    const [p] = problemsOf(loadYaml("f.yml", 'a: 1\nb: "never closed\nc: 3\nd: 4\n'));
    expect(p).toMatchObject({ code: "yaml.missing-char", line: 2, column: 4 });
    expect(p?.message).toBe('The opening `"` of this value is never closed.');
  });

  it("points an unclosed bracket at where it opens", () => {
    const [p] = problemsOf(loadYaml("f.yml", "a: 1\nb: [x, y\nc: 3\n"));
    expect(p).toMatchObject({ line: 2, column: 4 });
    expect(p?.message).toBe("The `[` opened here is not closed with `]` before line 3.");
    const [atEnd] = problemsOf(loadYaml("f.yml", "a: 1\nb: {x: 1\n"));
    expect(atEnd).toMatchObject({ line: 2, column: 4 });
    expect(atEnd?.message).toBe("The `{` opened here is never closed.");
  });

  it("says one thing per spot even when the parser reports it twice", () => {
    const problems = problemsOf(loadYaml("f.yml", "a:\n  b: 1\n    c: 2\n"));
    expect(problems).toHaveLength(1);
    expect(problems[0]?.message).toMatch(/runs on into the next one/);
  });

  it("reports a missing colon on the line where it is missing", () => {
    const [p] = problemsOf(loadYaml("f.yml", "a: 1\npurpose Coordinate the work\nb: 2\n"));
    expect(p).toMatchObject({ code: "yaml.multiline-implicit-key", line: 2, column: 1 });
    expect(p?.hint).toMatch(/missing `:`/);
  });
});

describe("loadYaml: hostile and unusual documents", () => {
  it.each([
    ["", "yaml.empty"],
    ["# only a comment\n\n# another\n", "yaml.empty"],
    ["~\n", "yaml.empty"],
    ["---\n", "yaml.empty"],
    ["a: 1\n---\nb: 2\n", "yaml.multiple-docs"],
    ["__proto__: {x: 1}\n", "yaml.forbidden-key"],
    ["a:\n  constructor: 1\n", "yaml.forbidden-key"],
    ["a: [{prototype: 1}]\n", "yaml.forbidden-key"],
    ['"__proto__": 1\n', "yaml.forbidden-key"],
    ["a: &x {b: 1}\nc:\n  <<: *x\n", "yaml.merge-key"],
    ["? [a, b]\n: 1\n", "yaml.complex-key"],
    ["a: !!js/function 'function(){}'\n", "yaml.tag-resolve-failed"],
    ["a: !!binary aGVsbG8=\n", "yaml.tag"],
    ["a: !!timestamp 2025-01-01\n", "yaml.tag"],
    ["a: !!set {x}\n", "yaml.tag"],
    ["%YAML 1.1\n---\na: yes\n", "yaml.version"],
    ["a:\n\tb: 1\n", "yaml.tab-as-indent"],
    ["a: @alice\n", "yaml.bad-scalar-start"],
    ['a: "\\q"\n', "yaml.bad-dq-escape"],
  ])("%j gives %s", (text, code) => {
    const problems = problemsOf(loadYaml("f.yml", text));
    expect(problems.map((p) => p.code)).toContain(code);
    for (const p of problems) {
      expect(p.file).toBe("f.yml");
      expect(p.line).toBeGreaterThanOrEqual(1);
      expect(p.column).toBeGreaterThanOrEqual(1);
      expect(p.message).not.toMatch(/^The YAML is not valid/);
      expect(p.hint).toBeTruthy();
    }
  });

  it("names standard tags the way they are written", () => {
    expect(problemsOf(loadYaml("f.yml", "a: !!binary aGVsbG8=\n"))[0]?.message).toBe(
      "The tag `!!binary` is not allowed.",
    );
  });

  it("explains a bad escape in double quotes", () => {
    const [p] = problemsOf(loadYaml("f.yml", 'path: "C:\\Users\\ada"\n'));
    expect(p).toMatchObject({ code: "yaml.bad-dq-escape", line: 1 });
    expect(p?.hint).toBe(
      "Write `\\\\` for a backslash, or use single quotes, in which a backslash is plain text.",
    );
  });

  it("accepts an explicit %YAML 1.2 directive", () => {
    expect(dataOf(loadYaml("f.yml", "%YAML 1.2\n---\na: yes\n"))).toEqual({ a: "yes" });
  });

  it("accepts a quoted `<<` key as plain text", () => {
    expect(dataOf(loadYaml("f.yml", '"<<": 1\n'))).toEqual({ "<<": 1 });
  });

  it("reports every forbidden key, in file order", () => {
    const problems = problemsOf(loadYaml("f.yml", "a:\n  __proto__: 1\nb:\n  constructor: 2\n"));
    expect(problems.map((p) => [p.code, p.line])).toEqual([
      ["yaml.forbidden-key", 2],
      ["yaml.forbidden-key", 4],
    ]);
  });

  it("never throws on arbitrary bytes", () => {
    for (let seed = 0; seed < 200; seed++) {
      const bytes = new Uint8Array(64).map((_, i) => (seed * 31 + i * 17 + ((seed * i) % 7)) & 0xff);
      expect(() => loadYaml("f.yml", bytes)).not.toThrow();
    }
  });
});

describe("decodeUtf8", () => {
  it("decodes valid UTF-8, keeping a BOM out of the text", () => {
    expect(decodeUtf8("f", new TextEncoder().encode("é ☕ 𝄞"))).toEqual({ text: "é ☕ 𝄞" });
    expect(decodeUtf8("f", new Uint8Array([0xef, 0xbb, 0xbf, 0x61]))).toEqual({ text: "a" });
  });

  it("reports the position of the first invalid byte", () => {
    const bytes = new Uint8Array([0x61, 0x0a, 0x62, 0x63, 0xff, 0x64]);
    const result = decodeUtf8("f.yml", bytes);
    expect(result).toEqual({
      problem: expect.objectContaining({ file: "f.yml", code: "yaml.encoding", line: 2, column: 3 }),
    });
  });
});

describe("positionOf and rangePosition", () => {
  it("turns an offset into a 1-based line and column", () => {
    expect(positionOf("ab\ncd\n", 0)).toEqual({ line: 1, column: 1 });
    expect(positionOf("ab\ncd\n", 2)).toEqual({ line: 1, column: 3 });
    expect(positionOf("ab\ncd\n", 3)).toEqual({ line: 2, column: 1 });
    expect(positionOf("ab\ncd\n", 4)).toEqual({ line: 2, column: 2 });
    expect(positionOf("", 0)).toEqual({ line: 1, column: 1 });
  });

  it("gives the start and end of a node's range, or 1:1 without one", () => {
    const lc = new LineCounter();
    lc.addNewLine(0);
    lc.addNewLine(5);
    expect(rangePosition(lc, [6, 9, 9])).toEqual({ line: 2, column: 2, endLine: 2, endColumn: 5 });
    expect(rangePosition(lc, null)).toEqual({ line: 1, column: 1 });
    expect(rangePosition(lc, undefined)).toEqual({ line: 1, column: 1 });
  });
});
