/**
 * Every Ajv keyword our schemas use gets a plain sentence and, where it helps, a hint. These tests run the real
 * validators on real schemas, so a schema change that breaks a message shows up here.
 */
import type { ErrorObject } from "ajv";
import { describe, expect, it } from "vitest";
import type { Locator, Problem } from "../../src/problems.ts";
import { schemaProblems } from "../../src/schema/messages.ts";
import { type JsonSchema, type SchemaName, schemas, validator } from "../../src/schema/registry.ts";
import { visible } from "../../src/util/invisible.ts";
import { validCharter } from "../support/charters.ts";

const nowhere: Locator = () => ({});

function problemsFor(schema: SchemaName, data: unknown, locate: Locator = nowhere): Problem[] {
  const validate = validator(schema);
  expect(validate(data)).toBe(false);
  return schemaProblems("f.yml", schemas[schema], validate.errors ?? [], locate);
}

function only(schema: SchemaName, data: unknown): Problem {
  const problems = problemsFor(schema, data);
  expect(problems).toHaveLength(1);
  return problems[0] as Problem;
}

const grant = () => ({
  applicant: { name: "Ada Lovelace", github: "ada" },
  organisation: { name: "PyCon Example" },
  grant_type: "conference",
  event: {
    name: "PyCon Example 2027",
    start_date: "2027-03-14",
    end_date: "2027-03-16",
    location: "Lisbon, Portugal",
    expected_attendees: 350,
  },
  requested: { amount: 5000, currency: "USD" },
  budget: [{ description: "Venue rental", cost: 3000, essential: true }],
  code_of_conduct: { url: "https://example.org/coc" },
});

const report = () => ({
  workgroup: "packaging",
  period: "2026-10",
  submitted_by: "alice",
  highlights: ["Released the new packaging guide"],
});

const charter = () => validCharter();

describe("the valid samples are valid", () => {
  it.each([
    ["grant", grant()],
    ["report", report()],
    ["charter", charter()],
  ] as const)("%s", (name, data) => {
    expect(validator(name)(data)).toBe(true);
  });
});

describe("type", () => {
  it("says what was expected, what was found, and shows an example", () => {
    const g = grant();
    (g.budget[0] as Record<string, unknown>).cost = "lots";
    const p = only("grant", g);
    expect(p).toMatchObject({
      code: "schema.type",
      severity: "error",
      field: "budget[0].cost",
      message: "`budget[0].cost` must be a number, not `lots`.",
      hint: "For example: `cost: 1200`",
    });
  });

  it("tells a quoted number to lose its quotes", () => {
    const g = grant();
    (g.budget[0] as Record<string, unknown>).cost = "1200";
    expect(only("grant", g)).toMatchObject({
      message: "`budget[0].cost` must be a number, not the text `1200`.",
      hint: "Remove the quotes: `cost: 1200`",
    });
    const r = { ...report(), metrics: [{ name: "PRs", value: " 42 " }] };
    expect(only("report", r).hint).toBe("Remove the quotes: `value: 42`");
  });

  it("names whole numbers, true/false, lists, mappings and empty values", () => {
    const g = grant();
    (g.event as Record<string, unknown>).expected_attendees = 35.5;
    expect(only("grant", g).message).toBe("`event.expected_attendees` must be a whole number, not `35.5`.");
    expect(only("grant", { ...grant(), budget: [{ ...grant().budget[0], essential: "yes" }] }).message).toBe(
      "`budget[0].essential` must be true or false, not `yes`.",
    );
    expect(only("report", { ...report(), highlights: "Released" }).message).toBe(
      "`highlights` must be a list, not `Released`.",
    );
    expect(only("grant", { ...grant(), requested: 5000 }).message).toBe(
      "`requested` must be a mapping of `key: value` fields, not `5000`.",
    );
    expect(only("report", { ...report(), submitted_by: null }).message).toBe(
      "`submitted_by` is empty: it must be text.",
    );
  });

  it("tells amounts written with money signs to drop them", () => {
    for (const written of ["$1,200", "1,200", "1200 USD", "USD 1200", "1 200"]) {
      const g = grant();
      (g.budget[0] as Record<string, unknown>).cost = written;
      expect(only("grant", g), written).toMatchObject({
        message: `\`budget[0].cost\` must be a number, not \`${written}\`.`,
        hint: "Write the number alone, without currency sign, code or thousands separators: `cost: 1200`",
      });
    }
    const g = grant();
    for (const written of ["about a thousand", "1,5", "12.500,00 €"]) {
      (g.budget[0] as Record<string, unknown>).cost = written;
      expect(only("grant", g).hint, written).toBe("For example: `cost: 1200`");
    }
  });

  it("explains that a colon followed by a space turned text into a mapping", () => {
    const p = only("report", { ...report(), highlights: [{ Note: "the sprint moved" }] });
    expect(p.message).toBe("Item 1 of `highlights` must be text, not a mapping.");
    expect(p.hint).toBe('Text that contains `: ` must be quoted: `- "Note: the sprint moved"`');
  });

  it("gives the whole file a hint of its own", () => {
    const p = only("report", ["workgroup: packaging"]);
    expect(p.message).toBe("The file must be a mapping of `key: value` fields, not a list.");
    expect(p.hint).toBe(
      "Write one `field: value` pair per line, with nothing in front. For example: `workgroup: packaging`",
    );
    expect(only("config", "psf").hint).toMatch(/For example: `preset: psf`/);
  });
});

describe("required", () => {
  it("names the missing field, with its description and an example to add", () => {
    const { highlights: _, ...r } = report();
    expect(only("report", r)).toMatchObject({
      code: "schema.required",
      message: "The file is missing the required field `highlights`.",
      hint: "The most important outcomes of the month. Add `highlights: [Released the new packaging guide]`",
    });
  });

  it("names the mapping that misses it, and puts the problem on its key", () => {
    const g = grant();
    const { name: _, ...applicant } = g.applicant;
    const where: [readonly (string | number)[], string][] = [];
    const problems = problemsFor("grant", { ...g, applicant }, (path, at) => {
      where.push([path, at]);
      return { line: 7, column: 3 };
    });
    expect(problems).toEqual([
      expect.objectContaining({
        message: "`applicant` is missing the required field `name`.",
        hint: "The applicant's name. Add `name: Ada Lovelace`",
        field: "applicant",
        line: 7,
        column: 3,
      }),
    ]);
    expect(where).toEqual([[["applicant"], "key"]]);
  });

  it("reports a conditional requirement once, without the `if` noise", () => {
    const p = only("grant", { ...grant(), grant_type: "deposit-advance" });
    expect(p.message).toBe("The file is missing the required field `deposit`.");
    expect(p.hint).toMatch(/^For a deposit advance: the quote or invoice/);
  });
});

describe("additionalProperties", () => {
  it("suggests the field a typo was meant to be", () => {
    const { highlights, ...r } = report();
    const problems = problemsFor("report", { ...r, highlihgts: highlights });
    expect(problems).toContainEqual(
      expect.objectContaining({
        code: "schema.additionalProperties",
        message: "Unknown field `highlihgts`.",
        hint: "Did you mean `highlights`?",
        field: "highlihgts",
      }),
    );
  });

  it("lists the allowed fields when nothing is close, in lower case inside a sentence", () => {
    const r = { ...report(), spending: [{ description: "Captions", amount: 1, receipt: "x" }] };
    expect(only("report", r)).toMatchObject({
      message: "Unknown field `receipt` in item 1 of `spending`.",
      hint: "The fields allowed here are: `description`, `amount`, `currency`.",
      field: "spending[0].receipt",
    });
  });

  it("shows invisible characters in an unknown key", () => {
    expect(only("report", { ...report(), "period\u200B": "x" }).message).toBe(
      "Unknown field `period<U+200B>`.",
    );
  });
});

describe("enum", () => {
  it("lists the options and guesses a near miss", () => {
    expect(only("grant", { ...grant(), grant_type: "conferance" })).toMatchObject({
      code: "schema.enum",
      message:
        "`grant_type` must be one of `conference`, `workshop`, `sprint`, `meetup` or `deposit-advance`, not `conferance`.",
      hint: "Did you mean `conference`?",
    });
  });

  it("falls back on the description when no option is close", () => {
    const p = only("charter", { ...charter(), status: "approved by the board" });
    expect(p.hint).toMatch(/^proposed: waiting for the board/);
  });

  it("writes numbers as they are", () => {
    expect(only("config", { board: { week: 5 } }).message).toBe(
      "`board.week` must be one of `1`, `2`, `3`, `4` or `-1`, not `5`.",
    );
  });
});

describe("format", () => {
  it.each([
    [{ start_date: "14/03/2027" }, "`event.start_date` must be a date written YYYY-MM-DD, not `14/03/2027`."],
    [
      { start_date: "2027-02-30" },
      "`event.start_date` is `2027-02-30`, not a real date: February 2027 has 28 days.",
    ],
    [
      { start_date: "2027-13-01" },
      "`event.start_date` is `2027-13-01`, not a real date: there is no month 13.",
    ],
    [
      { website: "pycon.example.org" },
      "`event.website` must be a full web address starting with https://, not `pycon.example.org`.",
    ],
  ])("%j", (change, message) => {
    const g = grant();
    const p = only("grant", { ...g, event: { ...g.event, ...change } });
    expect(p.message).toBe(message);
    expect(p.hint).toMatch(
      /^For example: `(start_date: 2027-03-14|website: https:\/\/2027\.pycon\.example\.org)`$/,
    );
  });

  it("names email addresses", () => {
    const g = grant();
    expect(only("grant", { ...g, applicant: { ...g.applicant, email: "ada at example" } }).message).toBe(
      "`applicant.email` must be an email address, not `ada at example`.",
    );
  });
});

describe("pattern", () => {
  it("tells a team written as a mention to keep its slug alone: a team is not a login", () => {
    for (const written of ["@psf/board", "@board"])
      expect(only("config", { teams: { board: written } })).toMatchObject({
        code: "schema.pattern",
        message: `\`teams.board\` is not in the expected form: \`${written}\`.`,
        hint: "Write the team's slug alone, without the @ or the organisation: `board`.",
      });
  });

  it("shows the value, a likely fix and the description", () => {
    expect(only("report", { ...report(), submitted_by: "@alice" })).toMatchObject({
      code: "schema.pattern",
      message: "`submitted_by` is not in the expected form: `@alice`.",
      hint: "Write the GitHub login without the @: `alice`.",
    });
    expect(only("report", { ...report(), workgroup: "Packaging WG" }).hint).toMatch(
      /^Did you mean `packaging-wg`\?/,
    );
    expect(
      only("report", { ...report(), spending: [{ description: "Captions", amount: 1, currency: "usd" }] })
        .hint,
    ).toMatch(/^Did you mean `USD`\?/);
  });

  it("falls back on the description and an example when no small fix works", () => {
    expect(only("report", { ...report(), period: "October 2026" }).hint).toBe(
      "The month reported on, as YYYY-MM. Must equal the file name. For example: `period: 2026-10`",
    );
  });

  it("makes zero-width and right-to-left characters visible", () => {
    const zw = only("report", { ...report(), submitted_by: "ali\u200Bce" });
    expect(zw.message).toBe("`submitted_by` is not in the expected form: `ali<U+200B>ce`.");
    expect(zw.hint).toMatch(
      /^It contains an invisible character \(U\+200B\); delete the value and type it again: `alice`\./,
    );
    const rtl = only("report", { ...report(), submitted_by: "\u202Eecila" });
    expect(rtl.message).toBe("`submitted_by` is not in the expected form: `<U+202E>ecila`.");
    // Removing the control would not give what the person saw, so no fix is suggested.
    expect(rtl.hint).toMatch(
      /^It contains an invisible character \(U\+202E\); delete the value and type it again\. /,
    );
  });

  it("puts a bad key of a free-form mapping on the key itself", () => {
    const where: [readonly (string | number)[], string][] = [];
    const validate = validator("config");
    validate({ currency_rates: { eur: 1.08 } });
    const problems = schemaProblems("f.yml", schemas.config, validate.errors ?? [], (path, at) => {
      where.push([path, at]);
      return {};
    });
    expect(problems).toEqual([
      expect.objectContaining({
        code: "schema.pattern",
        message: "The key `eur` in `currency_rates` is not in the expected form.",
        hint: "Did you mean `EUR`?",
        field: "currency_rates.eur",
      }),
    ]);
    expect(where).toEqual([[["currency_rates", "eur"], "key"]]);
  });
});

describe("lengths and counts", () => {
  it("minLength: empty text and short text", () => {
    expect(only("charter", { ...charter(), purpose: "   " }).message).toBe("`purpose` is empty.");
    const short = only("charter", { ...charter(), purpose: "TBD" });
    expect(short).toMatchObject({
      code: "schema.minLength",
      message: "`purpose` is too short: write at least 20 characters.",
    });
    expect(short.hint).toMatch(/^Why the work group exists, in a few sentences\. For example: `purpose: /);
  });

  it("maxLength", () => {
    expect(only("charter", { ...charter(), name: "x".repeat(121) }).message).toBe(
      "`name` is too long: at most 120 characters.",
    );
  });

  it("minItems: an empty list and a list too short", () => {
    const p = only("charter", { ...charter(), participants: { chairs: [], members: ["alice"] } });
    expect(p).toMatchObject({
      code: "schema.minItems",
      message: "`participants.chairs` is empty: list at least one item.",
      hint: "GitHub logins of the chair(s). For example: `chairs: [alice]`",
    });
    const root: JsonSchema = { type: "array", minItems: 3 };
    const error = {
      keyword: "minItems",
      instancePath: "/xs",
      schemaPath: "#/minItems",
      params: { limit: 3 },
      data: [1],
      parentSchema: root,
    } as unknown as ErrorObject;
    expect(schemaProblems("f", root, [error], nowhere)[0]?.message).toBe("`xs` needs at least 3 items.");
  });

  it("maxItems", () => {
    const error = {
      keyword: "maxItems",
      instancePath: "/xs",
      schemaPath: "#/maxItems",
      params: { limit: 2 },
      data: [1, 2, 3],
    } as unknown as ErrorObject;
    expect(schemaProblems("f", {}, [error], nowhere)[0]?.message).toBe("`xs` has too many items: at most 2.");
  });

  it("uniqueItems points at the repeated item", () => {
    const p = only("charter", {
      ...charter(),
      participants: { chairs: ["alice"], members: ["alice", "bob", "alice"] },
    });
    expect(p).toMatchObject({
      code: "schema.uniqueItems",
      message: "`participants.members` lists `alice` twice.",
      hint: "Remove the repeated item.",
      field: "participants.members[2]",
    });
  });
});

describe("numeric limits", () => {
  it("minimum, with the description as hint", () => {
    const g = grant();
    expect(only("grant", { ...g, budget: [{ description: "Refund", cost: -5 }] })).toMatchObject({
      code: "schema.minimum",
      message: "`budget[0].cost` must be at least 0, not `-5`.",
      hint: "The cost of the item, as a number.",
    });
  });

  it("exclusiveMinimum and maximum", () => {
    expect(only("grant", { ...grant(), requested: { amount: 0, currency: "USD" } }).message).toBe(
      "`requested.amount` must be more than 0, not `0`.",
    );
    expect(only("config", { reports: { due_day: 31 } }).message).toBe(
      "`reports.due_day` must be at most 28, not `31`.",
    );
  });

  it("exclusiveMaximum", () => {
    const error = {
      keyword: "exclusiveMaximum",
      instancePath: "/n",
      schemaPath: "#/exclusiveMaximum",
      params: { limit: 10, comparison: "<" },
      data: 10,
    } as unknown as ErrorObject;
    expect(schemaProblems("f", {}, [error], nowhere)[0]?.message).toBe("`n` must be less than 10, not `10`.");
  });
});

describe("other keywords", () => {
  const synthetic = (keyword: string, params: Record<string, unknown>, message?: string) =>
    ({ keyword, instancePath: "/x", schemaPath: `#/${keyword}`, params, data: 1, message }) as ErrorObject;

  it("const", () => {
    expect(
      schemaProblems("f", {}, [synthetic("const", { allowedValue: "deposit-advance" })], nowhere)[0],
    ).toMatchObject({
      code: "schema.const",
      message: "`x` must be `deposit-advance`.",
    });
  });

  it("propertyNames and if are left to the errors that say more", () => {
    expect(schemaProblems("f", {}, [synthetic("propertyNames", { propertyName: "eur" })], nowhere)).toEqual(
      [],
    );
    expect(schemaProblems("f", {}, [synthetic("if", { failingKeyword: "then" })], nowhere)).toEqual([]);
  });

  it("an unknown keyword still gives a sentence", () => {
    const [p] = schemaProblems(
      "f",
      {},
      [synthetic("multipleOf", { multipleOf: 5 }, "must be multiple of 5")],
      nowhere,
    );
    expect(p).toMatchObject({ code: "schema.multipleOf", message: "`x` must be multiple of 5." });
  });

  it("the same error from several branches is said once", () => {
    const error = synthetic("maxItems", { limit: 1 });
    expect(schemaProblems("f", {}, [error, { ...error }], nowhere)).toHaveLength(1);
  });
});

describe("every problem is plain", () => {
  it("never shows Ajv's own wording or JSON pointers, whatever the mistakes", () => {
    const messy = {
      ...grant(),
      applicant: { github: "@ada lovelace", email: 3 },
      grant_type: "hackathon",
      event: { start_date: 20270314, expected_attendees: -1, extra: true },
      requested: { amount: "5k" },
      budget: [],
      code_of_conduct: {},
      deposit: { quote: "x" },
      surprise: null,
    };
    const problems = problemsFor("grant", messy);
    expect(problems.length).toBeGreaterThan(8);
    for (const p of problems) {
      expect(p.message).not.toMatch(
        /must have required property|must NOT have|must match|instancePath|\/properties\//,
      );
      expect(p.message).toMatch(/[.?]$/);
      expect(p.field === undefined || !p.field.includes("/")).toBe(true);
    }
  });
});

describe("visible", () => {
  it("writes invisible and control characters as code points, and leaves the rest alone", () => {
    expect(visible("alice")).toBe("alice");
    expect(visible("café ☕ 𝄞 日本")).toBe("café ☕ 𝄞 日本");
    expect(visible("a\u200Bb\u200Dc\uFEFFd\u2066e\u0007")).toBe(
      "a<U+200B>b<U+200D>c<U+FEFF>d<U+2066>e<U+0007>",
    );
  });
});
