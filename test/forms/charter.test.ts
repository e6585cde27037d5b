import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { PRESETS } from "../../src/config/presets.ts";
import { renderFormBody } from "../../src/forms/body.ts";
import { charterFromForm, parseSlug, slugify } from "../../src/forms/charter.ts";
import { charterRules } from "../../src/validate/rules/charter.ts";

const config = PRESETS.psf;
const fixture = (name: string) => readFileSync(new URL(`fixtures/${name}`, import.meta.url), "utf8");

describe("charterFromForm", () => {
  it("builds a proposed charter from the form", () => {
    const result = charterFromForm(fixture("charter.md"), { config });
    expect(result.findings).toEqual([]);
    expect(result.charter).toEqual({
      slug: "packaging",
      name: "Packaging Work Group",
      status: "proposed",
      mission_alignment:
        "Packaging is how Python code reaches its users; a healthy packaging ecosystem supports the PSF's mission to promote Python.",
      purpose: "Coordinate funding and volunteer work on the Python packaging ecosystem.",
      goals: ["Fund packaging improvements", "Publish a yearly packaging survey", "Mentor new contributors"],
      active_time: { start: "2027-01-15", review: "2028-01-15" },
      core_values: ["Openness", "Respect for volunteers' time"],
      governance: "Chairs serve one-year terms; members join by invitation of the chairs.",
      decision_making: "Lazy consensus on the mailing list; a majority vote of members if consensus fails.",
      communication: { plan: "Monthly call; public notes on Discourse within a week." },
      participants: { chairs: ["alice"], members: ["alice", "bob", "carol", "dave"] },
      support: {
        resources: ["None"],
        budget: [
          { description: "Captioning for sprint recordings", amount: 1200, currency: "USD" },
          { description: "Hosting", amount: 300, currency: "USD" },
        ],
      },
      reporting: { cadence: "monthly" },
    });
    // The result feeds the charter rules unchanged.
    if (!result.charter) throw new Error("no charter");
    expect(charterRules(result.charter, { config })).toEqual([]);
  });

  it("keeps chairs and members as typed, so the rule can report a chair who is not a member", () => {
    const body = fixture("charter.md").replace("@alice\n\n### Members", "@erin\n\n### Members");
    const result = charterFromForm(body, { config });
    expect(result.charter?.participants).toEqual({
      chairs: ["erin"],
      members: ["alice", "bob", "carol", "dave"],
    });
    if (!result.charter) throw new Error("no charter");
    const [finding] = charterRules(result.charter, { config });
    expect(finding?.code).toBe("rule.chair-not-member");
    expect(result.locate(finding?.path ?? [], "value").line).toBe(body.split("\n").indexOf("@erin") + 1);
  });

  it("reports problems on the form's fields, in the form's words", () => {
    const body = renderFormBody("charter", {
      name: "Docs",
      slug: "Docs WG",
      mission_alignment: "Docs help everyone use Python, which is the mission.",
      purpose: "TBD",
      goals: "None",
      start: "2027-01-15",
      review: "01/02/2028",
      core_values: "- Kindness",
      governance: "Chairs serve one-year terms; members join freely.",
      decision_making: "Consensus among members, or a vote when needed.",
      communication: "A monthly call with public notes.",
      chairs: "@alice",
      members: "@alice, @bob smith",
      resources: "",
      budget: "- Hosting: 300 CHF",
      cadence: "Weekly",
    });
    const result = charterFromForm(body, { config });
    expect(result.charter).toBeUndefined();
    const byField = Object.fromEntries(result.findings.map((f) => [f.path[0], f]));
    expect(Object.keys(byField).sort()).toEqual(
      ["budget", "cadence", "goals", "purpose", "resources", "review", "slug"].sort(),
    );
    expect(byField.slug?.hint).toBe("For example `docs-wg`.");
    expect(byField.purpose?.message).toBe("**Purpose**: too short: write at least 20 characters.");
    expect(byField.goals?.message).toBe("**Common goals**: no answer; this field is required.");
    expect(byField.review?.message).toContain("**Review date**: `01/02/2028` could be");
    expect(byField.resources?.message).toBe("**Resources requested**: no answer; this field is required.");
    expect(byField.budget?.message).toContain("CHF");
    expect(byField.cadence?.hint).toContain('"Monthly" or "Quarterly"');
    expect(result.partial.participants?.members).toEqual(["alice", "bob", "smith"]);
  });

  it("leaves the budget out when none is requested", () => {
    const body = fixture("charter.md").replace(
      /### Budget\n\n[\s\S]*?\n\n###/,
      "### Budget\n\n_No response_\n\n###",
    );
    const result = charterFromForm(body, { config });
    expect(result.findings).toEqual([]);
    expect(result.charter?.support).toEqual({ resources: ["None"] });
  });

  it("does not misread an issue written without the form", () => {
    const result = charterFromForm(fixture("not-a-form.md"), { config });
    expect(result.fromForm).toBe(false);
    expect(result.charter).toBeUndefined();
    expect(result.findings.map((f) => f.code)).toEqual(["form.not-from-form"]);
  });
});

describe("slugs", () => {
  it("accepts a slug in any case and suggests one otherwise", () => {
    expect(parseSlug("`Packaging`")).toEqual({ ok: true, value: "packaging" });
    expect(parseSlug("packaging wg").ok).toBe(false);
    expect(slugify("Ünïcode  Work — Group!")).toBe("unicode-work-group");
  });
});
