import { describe, expect, it } from "vitest";
import { submitterNotMember } from "../../../../src/validate/rules/report/submitter-not-member.ts";
import { reportRules } from "../../../../src/validate/rules/report.ts";
import { charter, codes, context, expectAlone, report } from "./helpers.ts";

describe("submitter-not-member", () => {
  it("finds something on its own, with the code and severity it declares", () => {
    expectAlone(submitterNotMember, report({ submitted_by: "mallory" }));
  });

  it("accepts reports from chairs and members, whatever the case of the login", () => {
    for (const who of ["alice", "BOB", "Carol"]) expect(codes(report({ submitted_by: who }))).toEqual([]);
    const chairOnly = charter({ participants: { chairs: ["dana"], members: ["alice"] } });
    expect(codes(report({ submitted_by: "dana" }), { charter: chairOnly })).toEqual([]);
  });

  it("refuses a report from someone outside the work group", () => {
    const [f] = reportRules(report({ submitted_by: "mallory" }), context());
    expect(f).toMatchObject({
      code: "rule.submitter-not-member",
      path: ["submitted_by"],
      message: "`mallory` is not a chair or member of `packaging` according to its charter.",
    });
  });
});
