import { describe, expect, it } from "vitest";
import { noCharter } from "../../../../src/validate/rules/report/no-charter.ts";
import { reportRules } from "../../../../src/validate/rules/report.ts";
import { context, expectAlone, report } from "./helpers.ts";

describe("no-charter", () => {
  it("finds something on its own, with the code and severity it declares", () => {
    expectAlone(noCharter, report(), { charter: undefined });
  });

  it("needs a charter, and stops there without one", () => {
    const findings = reportRules(report({ submitted_by: "mallory" }), context({ charter: undefined }));
    expect(findings).toEqual([
      expect.objectContaining({
        code: "rule.no-charter",
        path: ["workgroup"],
        message: "There is no charter for the work group `packaging`.",
        hint: "Add workgroups/packaging/charter.yml, or check the folder name.",
      }),
    ]);
  });
});
