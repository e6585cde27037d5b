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
import { describeWrite } from "../../src/model/describe-write.ts";

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

  it("keeps people's text from being read as a workflow command, and writes the prefix it breaks visibly", () => {
    const text = "Title\n::error::forged\n    ::add-mask::secret\nfine :: here\nsay ##[error]legacy ###[x]";
    const safe = inert(text);
    expect(safe.split("\n").some((line) => /^\s*::/.test(line))).toBe(false);
    // The runner's legacy form is read anywhere in a line.
    expect(safe).not.toContain("##[");
    expect(safe).toBe(
      "Title\n:<U+003A>error::forged\n    :<U+003A>add-mask::secret\nfine :: here\nsay #<U+0023>[error]legacy ##<U+0023>[x]",
    );
  });

  it("writes invisible characters out in log lines, messages and titles, and keeps `file=` exact", () => {
    expect(inert("ali\u200Bce \u202Eevil")).toBe("ali<U+200B>ce <U+202E>evil");
    expect(escapeData("a\u200Bb\r\nc")).toBe("a<U+200B>b%0D%0Ac");
    expect(command("error", "x", { file: "a.yml", title: "t\u2066" })).toBe(
      "::error file=a.yml,title=t<U+2066>::x\n",
    );
    // A path GitHub would show with its invisible character hidden is named in the title, written out.
    expect(
      annotation({
        file: "workgroups/wg\u200B/charter.yml",
        severity: "error",
        code: "x",
        message: "m",
        line: 2,
      }),
    ).toBe("::error line=2,title=workgroups/wg<U+200B>/charter.yml::m\n");
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
