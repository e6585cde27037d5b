import { describe, expect, it } from "vitest";
import { periodFile } from "../../../../src/validate/rules/report/period-file.ts";
import { reportRules } from "../../../../src/validate/rules/report.ts";
import { context, expectAlone, report } from "./helpers.ts";

describe("period-file", () => {
  it("finds something on its own, with the code and severity it declares", () => {
    expectAlone(periodFile, report({ period: "2026-09" }));
  });

  it("needs the period to match the file name", () => {
    const [f] = reportRules(report({ period: "2026-09" }), context());
    expect(f).toMatchObject({
      severity: "error",
      code: "rule.period-file",
      path: ["period"],
      message: "The period 2026-09 does not match the file name 2026-10.yml.",
      hint: 'Set `period: "2026-10"`, or rename the file to 2026-09.yml.',
    });
  });
});
