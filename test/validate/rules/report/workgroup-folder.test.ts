import { describe, expect, it } from "vitest";
import { workgroupFolder } from "../../../../src/validate/rules/report/workgroup-folder.ts";
import { reportRules } from "../../../../src/validate/rules/report.ts";
import { context, expectAlone, report } from "./helpers.ts";

describe("workgroup-folder", () => {
  it("finds something on its own, with the code and severity it declares", () => {
    expectAlone(workgroupFolder, report({ workgroup: "typing" }));
  });

  it("needs the work group to match the folder", () => {
    const [f] = reportRules(report({ workgroup: "typing" }), context());
    expect(f).toMatchObject({
      code: "rule.workgroup-folder",
      path: ["workgroup"],
      message: "The work group `typing` does not match the folder `packaging`.",
    });
  });
});
