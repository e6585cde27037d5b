/**
 * Positions from the subset parser (locateInSubset) must be exactly those the careful path gives (locate() on the
 * `yaml` package's nodes), wherever it answers; and checkYamlDocument, which uses them for schema errors and rule
 * findings, must report exactly what the careful path would, positions included.
 */
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { writeGovernanceRepo } from "../../bench/lib/governance-repo.ts";
import type { Position } from "../../src/problems.ts";
import { schemaProblems } from "../../src/schema/messages.ts";
import { type SchemaName, schemas, validator } from "../../src/schema/registry.ts";
import { checkYamlDocument } from "../../src/validate/yaml-document.ts";
import { locateInSubset } from "../../src/yaml/fast-subset.ts";
import { decodeUtf8, loadYaml, type ParsedYaml } from "../../src/yaml/load.ts";
import { locate } from "../../src/yaml/locate.ts";
import { styledDocument, yamlFiles } from "./yaml-subset-arbitraries.ts";

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

function carefulPosition(
  parsed: ParsedYaml,
  path: readonly (string | number)[],
  at: "key" | "value",
): Partial<Position> {
  const where = locate(parsed.doc, parsed.lineCounter, path);
  return at === "key" ? where.key : where.value;
}

/** Compares every answer the subset locator gives on `text`; returns how many it gave and how many it left. */
function positionsAgree(text: string): { answered: number; left: number } {
  const subset = locateInSubset(text);
  if (!subset) return { answered: 0, left: 0 };
  const careful = loadYaml("f.yml", text);
  if (!careful.ok) expect.fail(`the subset parser read text the careful path rejects:\n${text}`);
  let answered = 0;
  let left = 0;
  for (const path of pathsIn(careful.data)) {
    for (const at of ["key", "value"] as const) {
      const mine = subset(path, at);
      if (!mine) {
        left++;
        continue;
      }
      answered++;
      expect(mine, `${JSON.stringify(path)} ${at} in:\n${text}`).toStrictEqual(
        carefulPosition(careful, path, at),
      );
    }
  }
  return { answered, left };
}

describe("subset positions are the careful path's positions", () => {
  it("on documents serialised by `yaml` in mixed styles, with comments, blank lines and CRLF", () => {
    let answered = 0;
    let left = 0;
    fc.assert(
      fc.property(styledDocument, (text) => {
        const counts = positionsAgree(text);
        answered += counts.answered;
        left += counts.left;
      }),
      { numRuns: 1500 },
    );
    // The locator must answer most questions, or the careful path would still be parsing most broken files.
    expect(answered / (answered + left)).toBeGreaterThan(0.6);
  });

  it("on every file of the examples and the bad-input corpus", () => {
    let answered = 0;
    for (const file of [...yamlFiles("examples/psf"), ...yamlFiles("test/fixtures/bad")]) {
      const decoded = decodeUtf8(file, readFileSync(file));
      if ("problem" in decoded) continue;
      answered += positionsAgree(decoded.text).answered;
    }
    expect(answered).toBeGreaterThan(1000);
  });

  it("on hand-picked layouts", () => {
    const layouts = [
      "a: 1\nb:\n  - x\n  - y # c\n\n# end\n",
      "\uFEFFa: 1\nb: [x, {c: d}]\n",
      "a:\nb: ~\nc: # comment\nd:\n- \nlast:\n",
      "a:\n  - b: 1\n    c: 'q'\n  -   d: \"e\"\nz: long plain\n  text over lines\n",
      "a: |\n  block\nb: >-\n  folded\n",
      "a:\n  b:\n    - x\n      # indented comment after the last item\n",
      "a:\n  b: 1\n # comment at column 1\nc: 2\n",
      "list:\n- a\n-\n  - nested\n",
      "flow: [a,\n  'b',\n  {c: d}]\nafter: 1",
    ];
    for (const text of layouts) positionsAgree(text);
    expect(locateInSubset("a: 1\r\nb: 2\r\n")).toBeUndefined(); // CR line ends: offsets differ, careful path
    expect(locateInSubset("a: &x 1\n")).toBeUndefined();
  });
});

/** What the careful path reports for a file (src/validate/yaml-document.ts before the fast path existed). */
function carefulProblems(file: string, bytes: Uint8Array, schema: SchemaName) {
  const parsed = loadYaml(file, bytes);
  if (!parsed.ok) return parsed.problems;
  const validate = validator(schema);
  if (validate(parsed.data)) return [];
  return schemaProblems(file, schemas[schema], validate.errors ?? [], (path, at) =>
    carefulPosition(parsed, path, at),
  );
}

describe("checkYamlDocument reports what the careful path reports", () => {
  it("on a generated governance repository with the mistakes people make", () => {
    const dir = mkdtempSync(join(tmpdir(), "wgbot-subset-"));
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
