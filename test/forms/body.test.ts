import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { parseFormBody, renderFormBody } from "../../src/forms/body.ts";
import { formFromYaml, loadForm } from "../../src/forms/issue-form-definitions.ts";
import { growthRatio, LINEAR_RATIO } from "../support/growth.ts";

const fixture = (name: string) => readFileSync(new URL(`fixtures/${name}`, import.meta.url), "utf8");

/** A grant body as GitHub renders it, with these answers (everything else `_No response_`). */
function grantBody(answers: Record<string, string>): string {
  return renderFormBody("grant", answers);
}

describe("parseFormBody", () => {
  it("reads every answer of a body rendered by GitHub, with the line where it starts", () => {
    const body = fixture("grant-table.md");
    const parsed = parseFormBody(body, "grant");
    expect(parsed.fromForm).toBe(true);
    expect(parsed.missingSections).toEqual([]);
    expect(parsed.answers.size).toBe(loadForm("grant").fields.length);
    const name = parsed.answers.get("applicant_name");
    expect(name).toMatchObject({ text: "Ada Lovelace 🚀", empty: false, line: 3, headingLine: 1 });
    const lines = body.split("\n");
    for (const [, answer] of parsed.answers) {
      expect(lines[answer.headingLine - 1]).toMatch(/^### /);
      if (answer.text) expect(lines[answer.line - 1]).toBe(answer.text.split("\n")[0]);
    }
    expect(parsed.answers.get("budget")?.text.split("\n")).toHaveLength(6);
  });

  it("treats _No response_ and None as empty answers, keeping None's text", () => {
    const parsed = parseFormBody(fixture("grant-table.md"), "grant");
    expect(parsed.answers.get("applicant_github")).toMatchObject({ text: "", empty: true });
    expect(parsed.answers.get("previous_grants")).toMatchObject({ text: "None", empty: true });
    for (const text of ["N/A", "n/a", "-", "none.", "NONE"]) {
      const p = parseFormBody(grantBody({ applicant_name: "Ada", previous_grants: text }), "grant");
      expect(p.answers.get("previous_grants")?.empty).toBe(true);
    }
  });

  it("is the inverse of renderFormBody", () => {
    const answers = {
      applicant_name: "Zoë 李",
      budget: "- Venue: 6000 USD\n- Catering: 2,500 USD",
      other_funding: "Ticket sales",
    };
    const parsed = parseFormBody(grantBody(answers), "grant");
    for (const [id, text] of Object.entries(answers)) expect(parsed.answers.get(id)?.text).toBe(text);
  });

  it("does not split a textarea on its own headings, lists or code fences", () => {
    const budget = [
      "### Venue",
      "",
      "- Room: 500 USD",
      "",
      "```yaml",
      "### Other funding sources",
      "# not a heading either",
      "```",
      "",
      "## Notes",
      "1. numbered",
    ].join("\n");
    const parsed = parseFormBody(grantBody({ budget, other_funding: "Sponsors" }), "grant");
    expect(parsed.answers.get("budget")?.text).toBe(budget);
    expect(parsed.answers.get("other_funding")?.text).toBe("Sponsors");
  });

  it("keeps a heading that repeats the next field's label inside an answer", () => {
    // "Purpose" holds a sub-heading named like the next section; the real heading follows it.
    const body = renderFormBody("charter", {
      name: "Docs WG",
      purpose: "We exist.\n\n### Common goals\n\nSee below.",
      goals: "- Better docs",
    });
    const parsed = parseFormBody(body, "charter");
    expect(parsed.answers.get("purpose")?.text).toBe("We exist.\n\n### Common goals\n\nSee below.");
    expect(parsed.answers.get("goals")?.text).toBe("- Better docs");
  });

  it("keeps a heading that repeats its own label inside a textarea after an input", () => {
    const body = grantBody({ amount: "5,000 USD", budget: "### Budget\n\n- Venue: 5,000 USD" });
    const parsed = parseFormBody(body, "grant");
    expect(parsed.answers.get("amount")?.text).toBe("5,000 USD");
    expect(parsed.answers.get("budget")?.text).toBe("### Budget\n\n- Venue: 5,000 USD");
  });

  it("does not let an unclosed code fence swallow the sections after it", () => {
    const parsed = parseFormBody(
      grantBody({ budget: "```\n- Venue: 5,000 USD", other_funding: "Sponsors" }),
      "grant",
    );
    expect(parsed.answers.get("budget")?.text).toBe("```\n- Venue: 5,000 USD");
    expect(parsed.answers.get("other_funding")?.text).toBe("Sponsors");
    expect(parsed.missingSections).toEqual([]);
  });

  it("handles CRLF line endings", () => {
    const body = grantBody({ applicant_name: "Ada", budget: "- Venue: 1 USD\n- Food: 2 USD" }).replace(
      /\n/g,
      "\r\n",
    );
    const parsed = parseFormBody(body, "grant");
    expect(parsed.fromForm).toBe(true);
    expect(parsed.answers.get("applicant_name")?.text).toBe("Ada");
    expect(parsed.answers.get("budget")?.text).toBe("- Venue: 1 USD\n- Food: 2 USD");
  });

  it("survives hand edits: text before the first heading, odd spacing and case, reordered and deleted sections", () => {
    const edited = /^### (Your name|Your GitHub login|Email|Organising group|Grant type|Event name)$/;
    const rest = grantBody({ start_date: "2027-03-14" })
      .split(/\n\n(?=### )/)
      .filter((block) => !edited.test(block.split("\n")[0] as string));
    const body = [
      "Hello grants team! Some context first.",
      "",
      "### your NAME   ",
      "",
      "Ada",
      "",
      "###   Organising group ##",
      "",
      "PyData Lagos",
      "",
      "### Event name",
      "",
      "PyData Lagos 2027",
      "",
      "### Grant Type:",
      "",
      "Workshop",
      "",
      rest.join("\n\n"),
    ].join("\n");
    const parsed = parseFormBody(body, "grant");
    expect(parsed.fromForm).toBe(true);
    expect(parsed.answers.get("applicant_name")).toMatchObject({ text: "Ada", line: 5, headingLine: 3 });
    expect(parsed.answers.get("organisation")?.text).toBe("PyData Lagos");
    expect(parsed.answers.get("grant_type")?.text).toBe("Workshop");
    expect(parsed.answers.get("event_name")?.text).toBe("PyData Lagos 2027");
    expect(parsed.answers.get("start_date")?.text).toBe("2027-03-14");
    expect(parsed.missingSections).toEqual(["applicant_github", "applicant_email"]);
  });

  it("finds a section moved out of form order", () => {
    const form = loadForm("grant");
    const blocks = grantBody({
      applicant_name: "Ada",
      budget: "- Venue: 5 USD",
      coc_url: "https://x.org",
    }).split(/\n\n(?=### )/);
    const budgetIndex = form.fields.findIndex((f) => f.id === "budget");
    const [moved] = blocks.splice(budgetIndex, 1);
    blocks.unshift(moved as string);
    const parsed = parseFormBody(blocks.join("\n\n"), "grant");
    expect(parsed.answers.get("budget")?.text).toBe("- Venue: 5 USD");
    expect(parsed.answers.get("applicant_name")?.text).toBe("Ada");
    expect(parsed.answers.get("coc_url")?.text).toBe("https://x.org");
    expect(parsed.missingSections).toEqual([]);
  });

  it("recognises an issue not written with the form instead of misreading it", () => {
    const parsed = parseFormBody(fixture("not-a-form.md"), "charter");
    expect(parsed.fromForm).toBe(false);
    expect(parseFormBody("", "grant").fromForm).toBe(false);
    expect(parseFormBody(null, "grant").fromForm).toBe(false);
    expect(parseFormBody(fixture("charter.md"), "grant").fromForm).toBe(false);
  });

  it("reads checkboxes and multi-select dropdowns of other forms", () => {
    const form = formFromYaml(`
name: Test
body:
  - type: checkboxes
    id: agree
    attributes:
      label: Agreements
      options:
        - label: I read the policy
          required: true
        - label: I accept the Code of Conduct, really
        - label: Nothing else
  - type: dropdown
    id: langs
    attributes:
      label: Languages
      multiple: true
      options: [Python, "Rust, mostly", Go]
  - type: textarea
    id: logs
    attributes:
      label: Logs
      render: shell
`);
    const body = [
      "### Agreements",
      "",
      "- [X] I read the policy",
      "- [x] i accept the code of conduct, really",
      "- [ ] Nothing else",
      "",
      "### Languages",
      "",
      "Python, Rust, mostly",
      "",
      "### Logs",
      "",
      "```shell",
      "$ make",
      "### not a heading",
      "```",
    ].join("\n");
    const parsed = parseFormBody(body, form);
    expect(parsed.answers.get("agree")?.checked).toEqual([
      "I read the policy",
      "I accept the Code of Conduct, really",
    ]);
    expect(parsed.answers.get("agree")?.empty).toBe(false);
    expect(parsed.answers.get("logs")?.text).toBe("$ make\n### not a heading");
    const none = parseFormBody(renderFormBody(form, { agree: "" }), form);
    expect(none.answers.get("agree")).toMatchObject({ checked: [], empty: true });
    const ticked = parseFormBody(renderFormBody(form, { agree: "Nothing else" }), form);
    expect(ticked.answers.get("agree")?.checked).toEqual(["Nothing else"]);
  });

  it("handles hostile bodies in linear time", () => {
    const many = (n: number) => `### Amount requested\n${"\n".repeat(n * 1.5)}${"### Budget\n\n".repeat(n)}`;
    const fences = (n: number) => "```js\n".repeat(n) + grantBody({ applicant_name: "Ada" });
    expect(parseFormBody(many(20_000), "grant").answers.get("budget")).toBeDefined();
    expect(parseFormBody(fences(20_000), "grant").answers.get("applicant_name")?.text).toBe("Ada");
    // One body of 20,000 repetitions against eight of 2,500 (test/support/growth.ts).
    for (const body of [many, fences]) {
      const ratio = growthRatio((n) => {
        const text = body(n);
        return () => parseFormBody(text, "grant");
      }, 20_000);
      expect(ratio).toBeLessThan(LINEAR_RATIO);
    }
  });
});
