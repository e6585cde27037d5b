/**
 * The matcher's ways of reading a line beyond its keywords (src/decide/rules/grant/not-covered-match.ts), each with
 * the look-alikes it must let pass. Direct calls on the psf-2026 kinds: no config file, no mocks.
 */
import { describe, expect, it } from "vitest";
import { sameWord } from "../../../../src/decide/rules/grant/not-covered-match.ts";
import { notCoveredKinds } from "../../../../src/decide/rules/grant.ts";
import { psf2026 } from "../../fixtures.ts";

const kinds = (description: string, category?: string) =>
  notCoveredKinds(category ? { description, category } : { description }, psf2026);

describe("the not-covered matcher reads", () => {
  it.each([
    ["tshrit", "tshirt", true],
    ["hackaton", "hackathon", true],
    ["souvenier", "souvenir", true],
    // Short words take no typo: "dinner" is not "winner", "winter" is not "winner".
    ["dinner", "winner", false],
    ["winter", "winner", false],
    // First and last letters are kept: "organized" (done) is not "organizer" (a person).
    ["organized", "organizer", false],
    ["prise", "prize", false],
  ])("a typo: %s as %s: %s", (text, keyword, same) => {
    expect(sameWord(text, keyword)).toBe(same);
  });

  it.each([
    ["Lanyards", undefined, ["swag"]],
    ["Reusable water bottles (branded)", undefined, ["swag"]],
    ["Socks with the conference logo", undefined, ["swag"]],
    ["Camisetas del evento", undefined, ["swag"]],
    ["Lucky draw", undefined, ["prizes"]],
    ["Medals for the winners", undefined, ["prizes"]],
    ["Committee members' airfare", undefined, ["personal travel"]],
    ["Per diem for organisers", undefined, ["personal travel"]],
    ["Hotel for the core organisers", undefined, ["personal travel"]],
    ["Travel reimbursement for the meetup organiser", undefined, ["personal travel"]],
    ["Hotel", "organisers", ["personal travel"]],
  ])("what a word means: %s (%s) is %j", (description, category, expected) => {
    expect(kinds(description, category)).toEqual(expected);
  });

  it.each([
    // What carries a logo to inform people is not merchandise; nor is a lanyard that holds a badge.
    "Name badges with the conference logo",
    "Roll-up banners with the event logo",
    "Lanyards for badges",
    "Logo design",
    // Travel that is not the organisers' own.
    "Hotel rooms for invited speakers",
    "Visa fees for speakers",
    "Travel for speakers, booked by the organisers",
    "Security staff for the evening social",
    "Tables and chairs hire",
    "Organised walking tour for attendees",
    // An "X-winning" adjective is about someone else.
    "Prize-winning keynote speaker travel",
    "Screening licence for an award-winning documentary",
    "Speaker dinner",
    "Winter sprint venue",
  ])("a look-alike as covered: %s", (description) => {
    expect(kinds(description)).toEqual([]);
  });
});
