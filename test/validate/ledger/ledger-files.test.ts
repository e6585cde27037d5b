/**
 * The grants ledger files (grants/<year>/<issue>-<slug>.yml) as `wgbot validate` checks them: the examples in
 * examples/psf/grants validate; a file in the wrong place, against the schema, or disagreeing with itself gets a
 * clear message at its line; two files for one request are both reported.
 */
import { describe, expect, it } from "vitest";
import { validateDirectory } from "../../../src/validate/directory.ts";
import { readLocalRepository } from "../../../src/validate/read-local.ts";
import { validateRepository } from "../../../src/validate/repository.ts";

const NOW = new Date("2026-12-02T12:00:00Z");
const CONFIG = "preset: psf-2026\n";

const GOOD = `issue: 31
url: https://github.com/psf/governance/issues/31
outcome: approved
grant_type: conference
organisation:
  name: Python Portugal
event:
  name: PyCon Lusitania 2026
  start_date: 2026-06-12
  end_date: 2026-06-14
currency: EUR
requested: 11000
granted: 9000
base_currency: USD
rate: 1.08
requested_base: 11880
granted_base: 9720
decided:
  by: bea
  for: board
  on: 2026-03-11
  comment: 310042
`;

function validate(files: Record<string, string>) {
  const snapshot = { files: new Map(Object.entries({ ".github/wgbot.yml": CONFIG, ...files })) };
  return validateRepository(snapshot, { now: NOW });
}

function problems(files: Record<string, string>) {
  return validate(files).problems.map((p) => ({
    file: p.file,
    line: p.line,
    code: p.code,
    message: p.message,
    hint: p.hint,
  }));
}

describe("grants ledger files", () => {
  it("the examples in examples/psf validate, ledger included", async () => {
    expect((await validateDirectory("examples/psf", { now: NOW })).problems).toEqual([]);
    const state = validateRepository(await readLocalRepository("examples/psf"), { now: NOW });
    expect([...state.ledger.keys()]).toEqual([
      "grants/2026/31-pycon-lusitania-2026.yml",
      "grants/2026/44-django-girls-porto.yml",
      "grants/2026/52-pydata-atlantis-sprint.yml",
    ]);
  });

  it("a good record is the ledger's state", () => {
    const state = validate({ "grants/2026/31-pycon-lusitania-2026.yml": GOOD });
    expect(state.problems).toEqual([]);
    expect(state.checked).toBe(2);
    expect([...state.ledger.keys()]).toEqual(["grants/2026/31-pycon-lusitania-2026.yml"]);
  });

  it("a file outside a year folder, or not named <issue>-<slug>.yml, is misplaced", () => {
    expect(problems({ "grants/31-pycon.yml": GOOD, "grants/2026/PyCon Lusitania.yml": GOOD })).toEqual([
      {
        file: "grants/2026/PyCon Lusitania.yml",
        line: undefined,
        code: "repo.misplaced",
        message: "The ledger file name `PyCon Lusitania.yml` is not `<issue>-<slug>.yml`.",
        hint: "Name it after the grant request's issue number and event, with lower-case letters, digits and hyphens, e.g. grants/2027/12-pycon-example-2027.yml.",
      },
      {
        file: "grants/31-pycon.yml",
        line: undefined,
        code: "repo.misplaced",
        message: "Grants ledger files belong in a year's folder, as grants/<year>/<issue>-<slug>.yml.",
        hint: "Move it to a year folder, e.g. grants/2027/12-pycon-example-2027.yml.",
      },
    ]);
  });

  it("the file's year and issue must be the decision's", () => {
    expect(problems({ "grants/2027/32-pycon.yml": GOOD })).toEqual([
      expect.objectContaining({
        line: 1,
        code: "rule.ledger-place",
        message: "The record is about issue #31, but its file name starts with 32.",
      }),
      expect.objectContaining({
        line: 21,
        code: "rule.ledger-place",
        message: "The decision was made in 2026, but the file is in the 2027 folder.",
        hint: "Move the file to the 2026 folder: the cap per organisation counts a grant in the year it was decided.",
      }),
    ]);
  });

  it("amounts must agree with the rate, and a grant is never more than the request", () => {
    const bad = GOOD.replace("granted_base: 9720", "granted_base: 9000").replace(
      "granted: 9000",
      "granted: 12000",
    );
    expect(problems({ "grants/2026/31-pycon.yml": bad }).map((p) => [p.line, p.message])).toEqual([
      [13, "12,000 EUR granted is more than the 11,000 EUR requested."],
      [17, "`granted_base` is 9,000 USD, but 12,000 EUR at 1.08 is 12,960 USD."],
    ]);
  });

  it("a declined request grants nothing; an approved one says what it granted", () => {
    const declined = GOOD.replace("outcome: approved", "outcome: declined");
    const approved = GOOD.replace("granted: 9000\n", "");
    expect(problems({ "grants/2026/31-a.yml": declined }).map((p) => p.message)).toEqual([
      "A declined request grants nothing, but `granted` is set.",
      "A declined request grants nothing, but `granted_base` is set.",
    ]);
    expect(problems({ "grants/2026/31-a.yml": approved }).map((p) => p.message)).toEqual([
      "An approved grant needs `granted`: how much was granted.",
    ]);
  });

  it("a schema error names the field in plain words", () => {
    const bad = GOOD.replace("for: board", "for: chair").replace("rate: 1.08", "rate: -1");
    const found = problems({ "grants/2026/31-a.yml": bad });
    expect(found.map((p) => [p.line, p.code])).toEqual([
      [15, expect.stringMatching(/^schema\./)],
      [20, expect.stringMatching(/^schema\./)],
    ]);
    expect(found.map((p) => p.message).join("\n")).not.toMatch(/instancePath|must be >/);
  });

  it("two files for one request are both reported, and neither counts", () => {
    const state = validate({ "grants/2026/31-a.yml": GOOD, "grants/2026/31-b.yml": GOOD });
    expect(state.problems.map((p) => [p.file, p.line, p.message])).toEqual([
      ["grants/2026/31-a.yml", 1, "Grant request #31 is also recorded in grants/2026/31-b.yml."],
      ["grants/2026/31-b.yml", 1, "Grant request #31 is also recorded in grants/2026/31-a.yml."],
    ]);
    expect(state.ledger.size).toBe(0);
  });
});
