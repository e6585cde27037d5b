import { describe, expect, it } from "vitest";
import { PRESETS } from "../../src/config/presets.ts";
import { parseFormBody, renderFormBody } from "../../src/forms/body.ts";
import { charterFromForm, parseSlug } from "../../src/forms/charter.ts";
import { grantFromForm } from "../../src/forms/grant.ts";
import { loadForm } from "../../src/forms/template.ts";
import {
  parseBudget,
  parseCount,
  parseDropdown,
  parseFormDate,
  parseList,
  parseMoney,
  parsePeople,
  parseWebAddress,
} from "../../src/forms/values.ts";

const config = PRESETS.psf;
const N = 60_000; // GitHub caps an issue body at 65,536 characters

/** Long runs of one character are what makes a careless regex backtrack quadratically. */
const hostile: Record<string, string> = {
  parenSpace: `(${" ".repeat(N)}`,
  brackets: "[".repeat(N),
  newlines: `a${"\n".repeat(N)}b`,
  backticks: `${"`".repeat(N)}x`,
  colons: `a${":".repeat(N)}x`,
  digits: "1".repeat(N),
  digitSpaces: "1 ".repeat(N / 2),
  usd: "1 USD ".repeat(N / 6),
  dots: `${"a.".repeat(N / 2)}!`,
  heading: `# ${" ".repeat(N)}x`,
  hashSpace: `${"# ".repeat(N / 2)}x`,
  total: `Total${"-".repeat(N)}x`,
  ats: "@".repeat(N),
  essential: "essential ".repeat(N / 10),
  pipes: "| a ".repeat(N / 4),
  table: `| a | b |\n|---|---|\n${"| x | 1 |\n".repeat(N / 10)}`,
  fences: "```js\n".repeat(N / 6),
  links: "[@a](".repeat(N / 5),
  quotes: `${"'".repeat(N)}x`,
  emoji: "🎉".repeat(N / 2),
  headings: loadForm("grant")
    .fields.map((f) => `### ${f.label}\n`)
    .join("")
    .repeat(100),
};

const parsers: Record<string, (text: string) => unknown> = {
  money: (t) => parseMoney(t, { config }),
  date: parseFormDate,
  people: parsePeople,
  count: parseCount,
  web: parseWebAddress,
  budget: (t) => parseBudget(t, { config }),
  list: parseList,
  dropdown: (t) => parseDropdown(t, ["Monthly", "Quarterly"]),
  slug: (t) => parseSlug(t),
  body: (t) => parseFormBody(t, "grant"),
  grant: (t) =>
    grantFromForm(renderFormBody("grant", { budget: t, applicant_name: t }), { author: "a", config }),
  charter: (t) => charterFromForm(renderFormBody("charter", { members: t, purpose: t }), { config }),
};

describe("hostile answers", () => {
  for (const [name, text] of Object.entries(hostile)) {
    it(`${name}: every parser answers in linear time`, () => {
      for (const [parser, parse] of Object.entries(parsers)) {
        const start = performance.now();
        expect(() => parse(text), parser).not.toThrow();
        expect(performance.now() - start, parser).toBeLessThan(500);
      }
    });
  }
});
