/**
 * The not-covered matcher measured on budget lines as applicants write them, labelled by what the psf-2026 policy
 * says of each. Two corpora, measured and reported apart: test/fixtures/budget-lines.txt was written together with
 * the kinds' keywords, so it shows what the matcher was built to read; test/fixtures/budget-lines-held-out.txt was
 * written before its author read the matcher or its keyword lists, so it is the honest figure. A line counts as
 * right when the matcher names exactly the kinds it is labelled with; precision and recall are over the lines
 * labelled (or found) not covered.
 */
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { notCoveredKinds } from "../../../../src/decide/rules/grant.ts";
import { grantFromForm } from "../../../../src/forms/grant.ts";
import { grantBody } from "../../../support/bodies.ts";
import { psf, psf2026 } from "../../fixtures.ts";

interface Line {
  expected: string[];
  description: string;
  category?: string;
}

function readCorpus(file: string): Line[] {
  return readFileSync(new URL(`../../../fixtures/${file}`, import.meta.url), "utf8")
    .split("\n")
    .filter((l) => l.trim() !== "" && !l.startsWith("#"))
    .map((l) => {
      const [label = "", description = "", category] = l.split("|").map((p) => p.trim());
      const expected = label === "covered" ? [] : label.split(",").map((k) => k.trim());
      return category ? { expected, description, category } : { expected, description };
    });
}

const same = (a: string[], b: string[]) => a.length === b.length && a.every((x) => b.includes(x));

/**
 * The corpus as an applicant files it: every line in one issue form's budget (`- <description>: 100 USD`, a category
 * column left out), read back by the form's parser into the request the rules judge. A category the parser guesses
 * is not the applicant's and must not change the verdict ("merchant fees" guessed as merchandise).
 */
function throughTheForm(corpus: Line[]): Line[] {
  const budget = corpus.map((l) => `- ${l.description}: 100 USD`).join("\n");
  const { request } = grantFromForm(grantBody({ budget, amount: `${100 * corpus.length} USD` }), {
    author: "ada",
    config: psf2026,
  });
  const items = request?.budget ?? [];
  expect(items).toHaveLength(corpus.length);
  return corpus.map((line, i) => ({ ...items[i], expected: line.expected }) as Line);
}

/** Precision and recall of psf-2026's matcher on one corpus, and the lines it misread. */
function measure(corpus: Line[]): { precision: number; recall: number; wrong: string[] } {
  let truePositives = 0;
  let flagged = 0;
  let excluded = 0;
  const wrong: string[] = [];
  for (const line of corpus) {
    const found = notCoveredKinds(line, psf2026);
    if (found.length > 0) flagged++;
    if (line.expected.length > 0) excluded++;
    if (found.length > 0 && same(found, line.expected)) truePositives++;
    if (!same(found, line.expected))
      wrong.push(`${line.description} → ${JSON.stringify(found)}, expected ${JSON.stringify(line.expected)}`);
  }
  return { precision: truePositives / flagged, recall: truePositives / excluded, wrong };
}

describe.each([
  { file: "budget-lines.txt", minLines: 200 },
  { file: "budget-lines-held-out.txt", minLines: 150 },
])("the not-covered corpus $file", ({ file, minLines }) => {
  const corpus = readCorpus(file);

  it(`has at least ${minLines} realistic lines, every kind represented`, () => {
    expect(corpus.length).toBeGreaterThanOrEqual(minLines);
    expect(corpus.filter((l) => l.expected.length > 0).length).toBeGreaterThanOrEqual(60);
    const kinds = new Set(corpus.flatMap((l) => l.expected));
    expect([...kinds].sort()).toEqual(psf2026.grants.not_covered.map((k) => k.name).sort());
  });

  it("psf-2026 finds them with precision and recall of at least 0.97", () => {
    const { precision, recall, wrong } = measure(corpus);
    console.log(
      `not-covered corpus ${file} (psf-2026): ${corpus.length} lines, precision ${precision.toFixed(3)}, recall ${recall.toFixed(3)}` +
        (wrong.length > 0 ? `\n  misread: ${wrong.join("\n  misread: ")}` : ""),
    );
    expect(precision).toBeGreaterThanOrEqual(0.97);
    expect(recall).toBeGreaterThanOrEqual(0.97);
  });

  it("through the issue form, as applicants file them, with the same precision and recall", () => {
    const { precision, recall, wrong } = measure(throughTheForm(corpus.filter((l) => !l.category)));
    console.log(
      `not-covered corpus ${file} through the form: precision ${precision.toFixed(3)}, recall ${recall.toFixed(3)}` +
        (wrong.length > 0 ? `\n  misread: ${wrong.join("\n  misread: ")}` : ""),
    );
    expect(precision).toBeGreaterThanOrEqual(0.97);
    expect(recall).toBeGreaterThanOrEqual(0.97);
  });

  it("psf covers everything but swag: the other kinds' lines pass", () => {
    for (const line of corpus.filter((l) => !l.expected.includes("swag")))
      expect(notCoveredKinds(line, psf), line.description).toEqual([]);
  });
});
