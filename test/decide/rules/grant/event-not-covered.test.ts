import { describe, expect, it } from "vitest";
import { eventNotCovered } from "../../../../src/decide/rules/grant/event-not-covered.ts";
import { stem, stems, textMatchesKind } from "../../../../src/decide/rules/grant/not-covered-match.ts";
import { grantPolicy } from "../../../../src/decide/rules/grant.ts";
import { grant, NOW, psf, psf2026 } from "../../fixtures.ts";
import { expectAlone, find } from "./helpers.ts";

const hackathon = grant({}, { name: "PyHack Lagos Hackathon 2027" });

describe("event-not-covered", () => {
  it("finds something on its own, with the code and severity it declares", () => {
    expectAlone(eventNotCovered, hackathon, { config: psf2026 });
  });

  it("psf-2026: a hackathon is not funded even when no budget line says so", () => {
    const result = grantPolicy(hackathon, { config: psf2026, now: NOW });
    expect(result.flags.notCovered).toEqual(["hackathons"]);
    expect(result.labels).toContain("grant/not-covered");
    expect(find(result.findings, "rule.grant-event-not-covered")).toEqual({
      severity: "warning",
      code: "rule.grant-event-not-covered",
      path: ["event", "name"],
      message:
        "The event, `PyHack Lagos Hackathon 2027`, is one of the kinds of events grants do not fund: hackathons.",
      hint: "If the name misleads (a conference with a side event of that kind, say), explain in the request what the grant pays for. Otherwise the event needs other funding: sponsors or ticket sales.",
    });
  });

  it("psf funds it: hackathons are not excluded there", () => {
    expect(grantPolicy(hackathon, { config: psf, now: NOW }).flags.notCovered).toEqual([]);
  });

  it("only kinds marked as events apply to the event: a conference named for its swag is a conference", () => {
    const named = grant({}, { name: "Stickers & Swag Conf" });
    expect(grantPolicy(named, { config: psf2026, now: NOW }).flags.notCovered).toEqual([]);
  });

  it("matches the grant type too, for a foundation that does not fund a type", () => {
    const config = {
      ...psf,
      grants: { ...psf.grants, not_covered: [{ name: "sprints", keywords: ["sprint"], events: true }] },
    };
    const result = grantPolicy(grant({ grant_type: "sprint" }), { config, now: NOW });
    expect(result.flags.notCovered).toEqual(["sprints"]);
  });
});

describe("the matcher", () => {
  it.each([
    ["prizes", "prize"],
    ["trophies", "trophy"],
    ["hoodies", "hoody"],
    ["hoodie", "hoody"],
    ["organisers", "organizer"],
    ["organizing", "organizing"],
    ["glasses", "glass"],
    ["class", "class"],
    ["bus", "bus"],
  ])("stem(%s) is %s", (word, expected) => {
    expect(stem(word)).toBe(expected);
  });

  it("reads words without case, accents, hyphens or linking words", () => {
    expect(stems("T-Shirts for the Organisers' Café")).toEqual(["t", "shirt", "organizer", "cafe"]);
  });

  it("matches whole words in order, and not inside an allowed phrase", () => {
    const kind = { name: "prizes", keywords: ["award"], allow: ["travel award"] };
    expect(textMatchesKind("Best talk award", kind)).toBe(true);
    expect(textMatchesKind("Student travel awards", kind)).toBe(false);
    expect(textMatchesKind("Travel awards and a best talk award", kind)).toBe(true);
    expect(textMatchesKind("Awarding body fees", kind)).toBe(false);
  });
});
