import { describe, expect, it } from "vitest";
import { PRESETS } from "../../src/config/presets.ts";
import { parseFormBody, renderFormBody } from "../../src/forms/body.ts";
import { charterFromForm, parseSlug } from "../../src/forms/charter.ts";
import { grantFromForm } from "../../src/forms/grant.ts";
import { loadForm } from "../../src/forms/issue-form-definitions.ts";
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
import { growthRatio, LINEAR_RATIO } from "../support/growth.ts";

const config = PRESETS.psf;
const N = 60_000; // GitHub caps an issue body at 65,536 characters

const HEADINGS = loadForm("grant")
  .fields.map((f) => `### ${f.label}\n`)
  .join("");

/**
 * Long runs of one character are what makes a careless regex backtrack quadratically: each answer of N characters.
 */
const hostile: Record<string, (N: number) => string> = {
  parenSpace: (N) => `(${" ".repeat(N)}`,
  brackets: (N) => "[".repeat(N),
  newlines: (N) => `a${"\n".repeat(N)}b`,
  backticks: (N) => `${"`".repeat(N)}x`,
  colons: (N) => `a${":".repeat(N)}x`,
  digits: (N) => "1".repeat(N),
  digitSpaces: (N) => "1 ".repeat(N / 2),
  usd: (N) => "1 USD ".repeat(N / 6),
  dots: (N) => `${"a.".repeat(N / 2)}!`,
  heading: (N) => `# ${" ".repeat(N)}x`,
  hashSpace: (N) => `${"# ".repeat(N / 2)}x`,
  total: (N) => `Total${"-".repeat(N)}x`,
  ats: (N) => "@".repeat(N),
  essential: (N) => "essential ".repeat(N / 10),
  pipes: (N) => "| a ".repeat(N / 4),
  table: (N) => `| a | b |\n|---|---|\n${"| x | 1 |\n".repeat(N / 10)}`,
  fences: (N) => "```js\n".repeat(N / 6),
  links: (N) => "[@a](".repeat(N / 5),
  quotes: (N) => `${"'".repeat(N)}x`,
  emoji: (N) => "🎉".repeat(N / 2),
  headings: (N) => HEADINGS.repeat(Math.max(1, Math.round(N / 600))),
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
  for (const [name, make] of Object.entries(hostile)) {
    it(`${name}: every parser answers in linear time`, () => {
      for (const [parser, parse] of Object.entries(parsers)) {
        let ratio = 0;
        // One answer of N characters against eight of N/8 (test/support/growth.ts): no parser may throw, and none
        // may take much longer on the one than on the eight.
        expect(() => {
          ratio = growthRatio((n) => {
            const text = make(n);
            return () => parse(text);
          }, N);
        }, parser).not.toThrow();
        expect(ratio, parser).toBeLessThan(LINEAR_RATIO);
      }
    });
  }
});
