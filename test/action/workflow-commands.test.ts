/** The workflow commands and job summary the Action writes: escaping, annotations, and untrusted text kept inert. */
import { describe, expect, it } from "vitest";
import {
  annotation,
  command,
  escapeData,
  escapeProperty,
  inert,
  summaryMarkdown,
} from "../../src/action/workflow-commands.ts";
import { describeWrite } from "../../src/apply/writes.ts";

describe("workflow commands", () => {
  it("escapes messages and properties so one command stays one line", () => {
    expect(escapeData("50% done\r\nnext")).toBe("50%25 done%0D%0Anext");
    expect(escapeProperty("issue #1: a, b")).toBe("issue #1%3A a%2C b");
    expect(command("warning", "two\nlines", { title: "a:b", file: undefined })).toBe(
      "::warning title=a%3Ab::two%0Alines\n",
    );
  });

  it("places a file's problem on its line, and titles an issue's problem with what it is about", () => {
    expect(
      annotation({
        file: "workgroups/packaging/reports/2026-10.yml",
        severity: "error",
        code: "schema.type",
        message: "`metrics[0].value` must be a number.",
        line: 12,
        column: 12,
      }),
    ).toBe(
      "::error file=workgroups/packaging/reports/2026-10.yml,line=12,col=12::'metrics[0].value' must be a number.\n",
    );
    expect(
      annotation({
        file: "issue #7",
        severity: "warning",
        code: "grant.over-threshold",
        message: "**Amount requested**: over 10,000 USD.",
        hint: "The board decides.",
        field: "requested.amount",
      }),
    ).toBe(
      "::warning title=issue #7%3A requested.amount::Amount requested: over 10,000 USD. The board decides.\n",
    );
  });

  it("keeps people's text from being read as a workflow command", () => {
    const text = "Title\n::error::forged\n    ::add-mask::secret\nfine :: here";
    const safe = inert(text);
    expect(safe.split("\n").some((line) => /^\s*::/.test(line))).toBe(false);
    expect(safe.replace(/\u200b/g, "")).toBe(text);
  });

  it("summarises a run in Markdown: the writes (comment bodies folded), and the findings as a table", () => {
    const markdown = summaryMarkdown({
      event: "issues.opened",
      dryRun: true,
      describe: describeWrite,
      outcome: {
        flow: "grant-request",
        summary: "#7 grant request needs info <b>",
        writes: [
          { kind: "add-labels", issue: 7, labels: ["status/needs-info"] },
          { kind: "create-comment", issue: 7, body: "### Needs changes\n\n- fix | this" },
        ],
        problems: [
          { file: "issue #7", severity: "error", code: "x", message: "Amount | missing", field: "requested" },
        ],
      },
    });
    expect(markdown).toContain("### wgbot: `issues.opened` (dry run)");
    expect(markdown).toContain("**grant-request**: #7 grant request needs info &lt;b&gt;");
    expect(markdown).toContain("Changes it **would** make (none were made):");
    expect(markdown).toContain("- #7: add labels status/needs-info");
    expect(markdown).toContain(
      "- <details><summary>#7: comment</summary>\n\n  ### Needs changes\n\n  - fix | this\n\n  </details>",
    );
    expect(markdown).toContain("| ❌ | issue #7, requested | Amount \\| missing |");
  });

  it("says the run failed", () => {
    expect(
      summaryMarkdown({ event: "schedule", dryRun: false, describe: describeWrite, error: "boom\n<x>" }),
    ).toBe("### wgbot: `schedule`\n\n❌ **The run failed**: boom &lt;x&gt;\n\n");
  });
});
