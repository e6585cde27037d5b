import { describe, expect, it } from "vitest";
import { slugTaken } from "../../../../src/decide/rules/charter-proposal/slug-taken.ts";
import { proposalRules } from "../../../../src/decide/rules/charter-proposal.ts";
import { charter } from "../../fixtures.ts";
import { context, expectAlone, run } from "./helpers.ts";

describe("slug-taken", () => {
  it("finds something on its own, with the code and severity it declares", () => {
    expectAlone(slugTaken, charter({ slug: "packaging" }));
  });

  it("a slug already taken by an existing work group", () => {
    expect(run({ slug: "packaging" })).toEqual([
      {
        severity: "error",
        code: "rule.proposal-slug-taken",
        path: ["slug"],
        message: "The slug `packaging` is already used by an existing work group.",
        hint: "Choose another slug. To revive or change that work group, propose a change to workgroups/packaging/charter.yml instead.",
      },
    ]);
    expect(
      proposalRules(charter({ slug: "grants" }), { ...context, existingSlugs: new Set(["Grants"]) }),
    ).toHaveLength(1);
    expect(proposalRules(charter({ slug: "packaging" }), { ...context, existingSlugs: new Set() })).toEqual(
      [],
    );
  });
});
