/**
 * Shared by the fast path's tests: governance-like data with the spellings parsers read apart, and ways to
 * write it out as YAML in mixed styles (block and flow, plain and quoted, `|` and `>`), with comments, blank
 * lines, trailing spaces, CRLF and a byte-order mark.
 */
import { readdirSync, statSync } from "node:fs";
import { join } from "node:path";
import fc from "fast-check";
import { Document, Scalar, type ToStringOptions, visit } from "yaml";

/** Values with the spellings most likely to be read apart: YAML 1.1 booleans, number forms, indicators. */
export const TRICKY = [
  "yes",
  "No",
  "on",
  "~",
  "null",
  "Null",
  "NULL",
  "nULL",
  "True",
  "FALSE",
  "tRUE",
  "0b101",
  "0o17",
  "0o8",
  "0x1F",
  "0xg",
  "-0x1",
  "+0o7",
  "-.5",
  "+.5e3",
  "1e3",
  "1E-3",
  "1.",
  ".5",
  "-0",
  "+12",
  "012",
  "1_000",
  ".inf",
  "-.Inf",
  "+.INF",
  ".nan",
  ".NaN",
  "-.nan",
  "12345678901234567890",
  "1:20",
  "2026-10",
  "2026-10-15",
  "@alice",
  "`code`",
  "*alias",
  "&anchor",
  "!tag",
  "%directive",
  "- not a list",
  "-dash",
  "--double",
  "key: value",
  "key:value",
  "ends with colon:",
  "# not a comment",
  "a #b",
  "a#b",
  "? question",
  ": colon",
  "[a, b]",
  "{a: b}",
  "a [b] c",
  "'single'",
  '"double"',
  "it's",
  'say "hi"',
  "back\\slash",
  "\\n",
  "trailing space ",
  " leading space",
  "  ",
  "",
  "line\nbreak",
  "two\n\nbreaks",
  "trailing\n",
  "trailing\n\n",
  "\nleading",
  "  indented\nlines\n    more",
  "tab\there",
  "emoji 🐍 and 日本語",
  "nbsp\u00A0here",
  "nel\u0085line",
  "ls\u2028ps",
  "bom\uFEFFinside",
  "ctrl\u0001char",
  "<<",
  "---",
  "...",
  "--- x",
  "$300",
  "12,500",
  "a, b",
  "https://example.com/a?b=c#d",
];

export const text = fc.oneof(
  { weight: 4, arbitrary: fc.constantFrom(...TRICKY) },
  { weight: 3, arbitrary: fc.string({ maxLength: 30 }) },
  { weight: 2, arbitrary: fc.stringMatching(/^[A-Za-z][A-Za-z0-9 ,.;()'-]{0,90}$/) },
  { weight: 1, arbitrary: fc.string({ maxLength: 12, unit: "grapheme" }) },
  { weight: 1, arbitrary: fc.string({ maxLength: 12, unit: "binary" }) },
  {
    weight: 2,
    arbitrary: fc
      .tuple(
        fc.constantFrom(...TRICKY),
        fc.constantFrom(" ", "\n", "\n\n", "", "  "),
        fc.constantFrom(...TRICKY),
      )
      .map((parts) => parts.join("")),
  },
);

export const amount = fc.oneof(
  fc.integer({ min: -1000, max: 1_000_000 }),
  fc.double({ noNaN: false }),
  fc.constantFrom(0, -0, 0.1, 1e21, 5e-324, Number.MAX_SAFE_INTEGER, Number.POSITIVE_INFINITY),
);

export const value: fc.Arbitrary<unknown> = fc.oneof(
  { weight: 6, arbitrary: text },
  { weight: 2, arbitrary: amount },
  { weight: 1, arbitrary: fc.constantFrom(true, false, null) },
);

/** Report-like data: the shapes governance files have, with any values. */
export const report = fc.record(
  {
    workgroup: text,
    period: fc.oneof(text, fc.constantFrom("2026-10", "2026-01")),
    submitted_by: text,
    highlights: fc.array(text, { maxLength: 4 }),
    activities: fc.array(value, { maxLength: 3 }),
    metrics: fc.array(fc.record({ name: text, value, unit: text }, { requiredKeys: ["name"] }), {
      maxLength: 3,
    }),
    spending: fc.array(
      fc.record({ description: text, amount, currency: text }, { requiredKeys: ["description"] }),
      { maxLength: 2 },
    ),
    notes: fc.dictionary(text, value, { maxKeys: 3 }),
    nested: fc.array(fc.array(value, { maxLength: 3 }), { maxLength: 2 }),
  },
  { requiredKeys: ["workgroup"] },
);

/** Charter-like data: long prose (folded and literal candidates), nested mappings, lists of mappings. */
export const charter = fc.record(
  {
    slug: text,
    name: text,
    mission_alignment: fc.array(text, { minLength: 1, maxLength: 6 }).map((parts) => parts.join(" ")),
    governance: fc.array(text, { minLength: 1, maxLength: 5 }).map((parts) => parts.join("\n")),
    goals: fc.array(text, { maxLength: 3 }),
    active_time: fc.record({ start: text, review: text }),
    communication: fc.record({
      plan: text,
      channels: fc.array(fc.record({ name: text, url: text }, { requiredKeys: ["name"] }), { maxLength: 2 }),
    }),
    participants: fc.record({ chairs: fc.array(text, { maxLength: 2 }), members: fc.array(text) }),
    support: fc.record({
      budget: fc.array(fc.record({ description: text, amount, currency: text }), { maxLength: 2 }),
    }),
  },
  { requiredKeys: ["slug"] },
);

export const SCALAR_TYPES = [
  undefined,
  Scalar.PLAIN,
  Scalar.QUOTE_DOUBLE,
  Scalar.QUOTE_SINGLE,
  Scalar.BLOCK_LITERAL,
  Scalar.BLOCK_FOLDED,
] as const;

export const stringifyOptions: fc.Arbitrary<ToStringOptions> = fc.record({
  indent: fc.constantFrom(2, 2, 3, 4),
  indentSeq: fc.boolean(),
  lineWidth: fc.constantFrom(0, 20, 40, 80),
  minContentWidth: fc.constantFrom(0, 10, 20),
  doubleQuotedAsJSON: fc.boolean(),
  doubleQuotedMinMultiLineLength: fc.constantFrom(10, 40),
  singleQuote: fc.constantFrom(null, true, false),
  flowCollectionPadding: fc.boolean(),
});

/** Random edits that keep the text YAML-ish: comments, blank lines, trailing spaces, CRLF, a BOM. */
export const edits = fc.record({
  commentLines: fc.array(fc.tuple(fc.nat(), fc.nat({ max: 8 })), { maxLength: 3 }),
  trailingComments: fc.array(fc.nat(), { maxLength: 3 }),
  blankLines: fc.array(fc.tuple(fc.nat(), fc.constantFrom("", "  ", "      ")), { maxLength: 2 }),
  trailingSpaces: fc.array(fc.nat(), { maxLength: 2 }),
  crlf: fc.boolean(),
  bom: fc.boolean(),
  finalNewline: fc.boolean(),
});

export type Edits = typeof edits extends fc.Arbitrary<infer T> ? T : never;

export function edit(yamlText: string, e: Edits): string {
  const lines = yamlText.split("\n");
  if (lines[lines.length - 1] === "") lines.pop();
  const at = (n: number) => (lines.length === 0 ? 0 : n % lines.length);
  for (const n of e.trailingComments) lines[at(n)] += " # note: it's #1";
  for (const n of e.trailingSpaces) lines[at(n)] += "  ";
  for (const [n, spaces] of e.commentLines) lines.splice(at(n), 0, `${" ".repeat(spaces)}# comment: [x]`);
  for (const [n, blank] of e.blankLines) lines.splice(at(n) + 1, 0, blank);
  let out = lines.join("\n") + (e.finalNewline ? "\n" : "");
  if (e.crlf) out = out.replaceAll("\n", "\r\n");
  if (e.bom) out = `\uFEFF${out}`;
  return out;
}

/** Serialises data with a style picked per node, so one document mixes block, flow, quoted, plain, `|` and `>`. */
export function serialise(data: unknown, choices: number[], options: ToStringOptions): string {
  const doc = new Document(data);
  let i = 0;
  const next = () => choices[i++ % choices.length] ?? 0;
  visit(doc, {
    Scalar(key, node) {
      // Keys: plain or quoted, as people write them. Values: any style, block scalars included.
      if (typeof node.value === "string") node.type = SCALAR_TYPES[next() % (key === "key" ? 4 : 6)];
    },
    Map(_key, node) {
      if (node !== doc.contents) node.flow = next() % 4 === 0;
    },
    Seq(_key, node) {
      node.flow = next() % 3 === 0;
    },
  });
  return doc.toString(options);
}

/** A report- or charter-like document, serialised in mixed styles, then edited. */
export const styledDocument = fc
  .tuple(
    fc.oneof(report, charter),
    fc.array(fc.nat(), { minLength: 8, maxLength: 40 }),
    stringifyOptions,
    fc.option(edits, { nil: undefined }),
  )
  .map(([data, choices, options, e]) => {
    const yamlText = serialise(data, choices, options);
    return e ? edit(yamlText, e) : yamlText;
  });

/** Every .yml under a folder, recursively. */
export function yamlFiles(dir: string): string[] {
  const out: string[] = [];
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) out.push(...yamlFiles(path));
    else if (/\.ya?ml$/.test(name)) out.push(path);
  }
  return out.sort();
}
