import { describe, expect, it } from "vitest";
import { slugFolder } from "../../../../src/validate/rules/charter/slug-folder.ts";
import { charterRules } from "../../../../src/validate/rules/charter.ts";
import { charter, expectAlone, psf } from "./helpers.ts";

describe("slug-folder", () => {
  it("finds something on its own, with the code and severity it declares", () => {
    expectAlone(slugFolder, charter({ slug: "typing" }));
  });

  it("refuses a slug that differs from the folder, saying both ways to fix it", () => {
    const [f] = charterRules(charter({ slug: "typing" }), { config: psf, folderSlug: "packaging" });
    expect(f).toMatchObject({
      severity: "error",
      code: "rule.slug-folder",
      path: ["slug"],
      message: "The slug `typing` does not match the folder name `packaging`.",
      hint: "Set `slug: packaging`, or move the file to workgroups/typing/charter.yml.",
    });
  });

  it("does not check the folder of a proposal that has none yet", () => {
    expect(charterRules(charter({ slug: "typing" }), { config: psf })).toEqual([]);
  });
});
