import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { PRESETS } from "../../src/config/presets.ts";
import { parseFormBody, renderFormBody } from "../../src/forms/body.ts";
import { charterFromForm } from "../../src/forms/charter.ts";
import { grantFromForm } from "../../src/forms/grant.ts";
import { type FormName, loadForm } from "../../src/forms/issue-form-definitions.ts";
import {
  parseBudget,
  parseCount,
  parseFormDate,
  parseList,
  parseMoney,
  parsePeople,
  parseWebAddress,
} from "../../src/forms/values.ts";

const config = PRESETS.psf;

/** Text made of the pieces that trouble a Markdown form parser. */
const markdownish = fc
  .array(
    fc.oneof(
      fc.constantFrom(
        "### ",
        "## ",
        "#",
        "Budget",
        "Your name",
        "Purpose",
        "Members",
        "\n",
        "\r\n",
        "\r",
        "```",
        "~~~",
        "_No response_",
        "None",
        "- [x] ",
        "| a | b |\n|---|---|\n",
        "- ",
        "1. ",
        " ",
        "12,500 USD",
        "€",
        "@",
        "🎉",
        "李",
        "\u00a0",
      ),
      fc.string({ maxLength: 8 }),
    ),
    { maxLength: 60 },
  )
  .map((parts) => parts.join(""));

/** One line of an answer that people could type. Plain lines start with a letter, so they are never markup. */
const plainLine = fc.string({ unit: "grapheme", maxLength: 30 }).map((s) => `a${s.replace(/[\r\n]/g, " ")}`);
const answerLine = fc.oneof(
  plainLine,
  plainLine.map((s) => `- ${s}`),
  plainLine.map((s) => `1. ${s}`),
  fc.constantFrom(
    "### Notes",
    "## Détails 🎉",
    "# Budget overview",
    "#### 注意",
    "> quoted",
    "| x | 1 USD |",
  ),
  // A code fence may hold anything, known headings included: they are not sections.
  fc
    .array(fc.constantFrom("### Budget", "### Your name", "### Purpose", "# x", "plain", ""), {
      maxLength: 4,
    })
    .map((lines) => ["```", ...lines, "```"].join("\n")),
);
const textarea = fc.array(answerLine, { maxLength: 6 }).map((lines) => lines.join("\n").trim());
const input = plainLine.map((s) => s.trim());

function answersFor(form: FormName) {
  const fields = loadForm(form).fields;
  return fc.record(
    Object.fromEntries(
      fields.map((f) => [f.id, fc.oneof(fc.constant(""), f.type === "textarea" ? textarea : input)]),
    ) as Record<string, fc.Arbitrary<string>>,
  );
}

describe("property: parseFormBody", () => {
  it("never throws on arbitrary text, and accounts for every field", () => {
    const fields = loadForm("grant").fields.length;
    fc.assert(
      fc.property(fc.oneof(fc.string(), markdownish), (body) => {
        const parsed = parseFormBody(body, "grant");
        expect(parsed.answers.size + parsed.missingSections.length).toBe(fields);
        const lines = body.split(/\r\n|\r|\n/).length;
        for (const answer of parsed.answers.values()) {
          expect(answer.headingLine).toBeGreaterThanOrEqual(1);
          expect(answer.line).toBeGreaterThan(answer.headingLine);
          expect(answer.line).toBeLessThanOrEqual(lines + 1);
        }
      }),
      { numRuns: 500 },
    );
  });

  for (const form of ["grant", "charter"] as const) {
    it(`gives back the answers rendered into a ${form} form body`, () => {
      fc.assert(
        fc.property(answersFor(form), fc.boolean(), (answers, crlf) => {
          let body = renderFormBody(form, answers);
          if (crlf) body = body.replace(/\n/g, "\r\n");
          const parsed = parseFormBody(body, form);
          expect(parsed.fromForm).toBe(true);
          expect(parsed.missingSections).toEqual([]);
          for (const [id, text] of Object.entries(answers)) expect(parsed.answers.get(id)?.text).toBe(text);
        }),
        { numRuns: 300 },
      );
    });
  }
});

describe("property: nothing throws on hostile answers", () => {
  it("value parsers return a result for any text", () => {
    fc.assert(
      fc.property(fc.oneof(fc.string(), markdownish), (text) => {
        for (const result of [
          parseMoney(text, { config }),
          parseFormDate(text),
          parsePeople(text),
          parseCount(text),
          parseWebAddress(text),
        ]) {
          if (!result.ok) {
            expect(result.message).toMatch(/\S/);
            expect(result.hint).toMatch(/\S/);
          }
        }
        const budget = parseBudget(text, { config });
        for (const item of budget.items) expect(Number.isFinite(item.cost)).toBe(true);
        expect(Array.isArray(parseList(text))).toBe(true);
      }),
      { numRuns: 500 },
    );
  });

  it("grantFromForm and charterFromForm return findings, never exceptions", () => {
    fc.assert(
      fc.property(answersFor("grant"), answersFor("charter"), (grant, charter) => {
        const g = grantFromForm(renderFormBody("grant", grant), { author: "ada", config });
        const c = charterFromForm(renderFormBody("charter", charter), { config });
        for (const f of [...g.findings, ...c.findings]) expect(f.path.length).toBeLessThanOrEqual(1);
        if (g.request)
          expect(g.findings.some((f) => f.severity === "error" && f.code.startsWith("schema."))).toBe(false);
      }),
      { numRuns: 100 },
    );
  });
});
