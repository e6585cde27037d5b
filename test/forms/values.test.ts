import { describe, expect, it } from "vitest";
import {
  cleanEmail,
  parseCount,
  parseDropdown,
  parseDropdownMany,
  parseFormDate,
  parseList,
  parsePeople,
  parseWebAddress,
} from "../../src/forms/values.ts";

describe("parseFormDate", () => {
  it.each([
    ["2027-03-14", "2027-03-14"],
    [" 2027-3-4 ", "2027-03-04"],
    ["2027/03/14", "2027-03-14"],
    ["2027.03.14", "2027-03-14"],
    ["14 March 2027", "2027-03-14"],
    ["14 Mar 2027", "2027-03-14"],
    ["14th of March, 2027", "2027-03-14"],
    ["March 14, 2027", "2027-03-14"],
    ["Sept 1 2027", "2027-09-01"],
    ["Saturday, 14 March 2027", "2027-03-14"],
    ["14/03/2027", "2027-03-14"],
    ["03/14/2027", "2027-03-14"],
    ["05.05.2027", "2027-05-05"],
    ["`2027-03-14`", "2027-03-14"],
    ["2028-02-29", "2028-02-29"],
  ])("%s → %s", (text, iso) => {
    expect(parseFormDate(text)).toEqual({ ok: true, value: iso });
  });

  it("asks for YYYY-MM-DD when a date is ambiguous", () => {
    const result = parseFormDate("03/04/2027");
    expect(result).toEqual({
      ok: false,
      message: "`03/04/2027` could be April 3 or March 4.",
      hint: "Write the date as YYYY-MM-DD: 2027-04-03 or 2027-03-04.",
    });
  });

  it.each([
    ["2027-02-30", "February 2027 has 28 days"],
    ["2027-13-01", "no month 13"],
    ["31 April 2027", "April 2027 has 30 days"],
    ["03/04/27", "two-digit year"],
    ["14-16 March 2027", "range"],
    ["next spring", "not a date"],
    ["14 Marzo 2027", "not a date"],
    ["", "No date"],
    ["0027-01-01", "unlikely year"],
  ])("%s is refused (%s)", (text, words) => {
    const result = parseFormDate(text);
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.message).toContain(words);
      expect(result.hint).toContain("YYYY-MM-DD");
    }
  });
});

describe("parsePeople", () => {
  it.each([
    ["@alice, @bob and carol", ["alice", "bob", "carol"]],
    ["alice bob\ncarol", ["alice", "bob", "carol"]],
    ["- @alice\n- @bob\n* carol\n1. dave", ["alice", "bob", "carol", "dave"]],
    ["@alice; @Bob & @ALICE, bob", ["alice", "Bob"]],
    ["@alice (chair), [@bob](https://github.com/bob), https://github.com/carol", ["alice", "bob", "carol"]],
    ["`@alice`", ["alice"]],
    ["a-b-c, x1", ["a-b-c", "x1"]],
    ["_No response_", []],
    ["None", []],
    ["", []],
  ])("%j", (text, logins) => {
    expect(parsePeople(text)).toEqual({ ok: true, value: logins });
  });

  it.each([
    ["@alice, al!ce", "`al!ce` is not a GitHub login", '"!"'],
    ["-bob", "`-bob`", "starts with a hyphen"],
    ["bob-", "`bob-`", "ends with a hyphen"],
    ["bo--b", "`bo--b`", "two hyphens"],
    ["x".repeat(40), "longer than 39", "x"],
    ["ada@example.org", "`ada@example.org`", "email address"],
    ["Zoë", "`Zoë`", '"ë"'],
    ["b#d, worse?x", "`b#d`", "`worse?x`"],
  ])("%s is refused", (text, a, b) => {
    const result = parsePeople(text);
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.message).toContain(a);
      expect(result.message).toContain(b);
      expect(result.hint).toContain("@alice");
    }
  });
});

describe("parseList", () => {
  it("takes one item per line, without bullets or numbers", () => {
    expect(
      parseList("- Fund packaging\n* Publish a survey\n+ Mentor\n1. Host sprints\n2) Write docs\nPlain line"),
    ).toEqual(["Fund packaging", "Publish a survey", "Mentor", "Host sprints", "Write docs", "Plain line"]);
  });

  it("joins a wrapped line to its item and skips blank lines", () => {
    expect(parseList("- A long goal\n  that wraps\n\n- Another 🎯")).toEqual([
      "A long goal that wraps",
      "Another 🎯",
    ]);
  });

  it.each(["None", "N/A", "-", "_No response_", "", "- None"])("%j is an empty list", (text) => {
    expect(parseList(text)).toEqual([]);
  });
});

describe("parseDropdown", () => {
  const types = [
    "Conference",
    "Workshop",
    "Sprint",
    "Meetup / user group",
    "Deposit advance (venue, or vendor deposit)",
  ];

  it("matches options whatever the case, spacing or shortening", () => {
    expect(parseDropdown("conference", types)).toEqual({ ok: true, value: "Conference" });
    expect(parseDropdown("  Meetup  /  User Group ", types)).toEqual({
      ok: true,
      value: "Meetup / user group",
    });
    expect(parseDropdown("Meetup", types)).toEqual({ ok: true, value: "Meetup / user group" });
    expect(parseDropdown("Deposit advance", types)).toEqual({
      ok: true,
      value: "Deposit advance (venue, or vendor deposit)",
    });
  });

  it("lists the options for an unknown answer, with a guess", () => {
    const result = parseDropdown("Confrence", types);
    expect(result).toMatchObject({ ok: false, message: "`Confrence` is not one of the options." });
    if (!result.ok) {
      expect(result.hint).toContain('Did you mean "Conference"?');
      expect(result.hint).toContain('"Sprint"');
    }
    expect(parseDropdown("Hackathon", types).ok).toBe(false);
  });

  it("splits several answers without breaking options that contain commas", () => {
    expect(parseDropdownMany("Sprint, Deposit advance (venue, or vendor deposit), workshop", types)).toEqual({
      ok: true,
      value: ["Sprint", "Deposit advance (venue, or vendor deposit)", "Workshop"],
    });
    expect(parseDropdownMany("Sprint, Party", types).ok).toBe(false);
  });
});

describe("small fields", () => {
  it("reads a count of people", () => {
    expect(parseCount("350")).toEqual({ ok: true, value: 350 });
    expect(parseCount("about 1,200 people")).toEqual({ ok: true, value: 1200 });
    expect(parseCount("~250+")).toEqual({ ok: true, value: 250 });
    expect(parseCount("300-400").ok).toBe(false);
    expect(parseCount("lots").ok).toBe(false);
    expect(parseCount("0").ok).toBe(false);
  });

  it("reads web addresses people paste", () => {
    expect(parseWebAddress("https://example.org/coc")).toEqual({
      ok: true,
      value: "https://example.org/coc",
    });
    expect(parseWebAddress("example.org/coc")).toEqual({ ok: true, value: "https://example.org/coc" });
    expect(parseWebAddress("[our CoC](https://example.org/coc)")).toEqual({
      ok: true,
      value: "https://example.org/coc",
    });
    expect(parseWebAddress("<https://example.org>")).toEqual({ ok: true, value: "https://example.org" });
    expect(parseWebAddress("see our website").ok).toBe(false);
    expect(parseWebAddress("javascript:alert(1)").ok).toBe(false);
  });

  it("cleans email addresses", () => {
    expect(cleanEmail("<ada@example.org>")).toBe("ada@example.org");
    expect(cleanEmail("[ada@example.org](mailto:ada@example.org)")).toBe("ada@example.org");
    expect(cleanEmail("mailto:ada@example.org")).toBe("ada@example.org");
  });
});
