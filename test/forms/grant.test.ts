import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { PRESETS } from "../../src/config/presets.ts";
import { parseFormBody, renderFormBody } from "../../src/forms/body.ts";
import { type FormContext, schemaFindings } from "../../src/forms/fields.ts";
import { GRANT_FIELDS, grantFromForm, grantTypeOf } from "../../src/forms/grant.ts";
import { fieldLabel, loadForm } from "../../src/forms/issue-form-definitions.ts";
import { schemas } from "../../src/schema/registry.ts";

const config = PRESETS.psf;
const fixture = (name: string) => readFileSync(new URL(`fixtures/${name}`, import.meta.url), "utf8");

const complete: Record<string, string> = {
  applicant_name: "Ada Lovelace",
  applicant_github: "@ada",
  applicant_email: "ada@example.org",
  organisation: "PyCon Example",
  organisation_website: "https://example.org",
  grant_type: "Conference",
  event_name: "PyCon Example 2027",
  start_date: "2027-03-14",
  end_date: "2027-03-16",
  location: "Lisbon, Portugal",
  format: "In person",
  event_website: "https://2027.pycon.example.org",
  expected_attendees: "350",
  amount: "5,000 USD",
  budget:
    "- Venue rental: 3,000 USD (essential)\n- Live captioning: 1,500 USD (essential)\n- Coffee: 500 USD",
  other_funding: "- Ticket sales\n- Local sponsors",
  coc_url: "https://2027.pycon.example.org/coc",
  coc_contact: "coc@pycon.example.org",
};

const grant = (answers: Record<string, string>, author = "ada") =>
  grantFromForm(renderFormBody("grant", answers), { author, config });

describe("grantFromForm", () => {
  it("builds a schema-valid GrantRequest from a complete form", () => {
    const result = grant(complete);
    expect(result.findings).toEqual([]);
    expect(result.request).toEqual({
      applicant: { name: "Ada Lovelace", github: "ada", email: "ada@example.org" },
      organisation: { name: "PyCon Example", website: "https://example.org" },
      grant_type: "conference",
      event: {
        name: "PyCon Example 2027",
        start_date: "2027-03-14",
        end_date: "2027-03-16",
        location: "Lisbon, Portugal",
        online: false,
        website: "https://2027.pycon.example.org",
        expected_attendees: 350,
      },
      requested: { amount: 5000, currency: "USD" },
      // No category: the form's lines name none, and a guess is not the applicant's word.
      budget: [
        { description: "Venue rental", cost: 3000, currency: "USD", essential: true },
        { description: "Live captioning", cost: 1500, currency: "USD", essential: true },
        { description: "Coffee", cost: 500, currency: "USD", essential: false },
      ],
      other_funding: ["Ticket sales", "Local sponsors"],
      code_of_conduct: { url: "https://2027.pycon.example.org/coc", contact: "coc@pycon.example.org" },
    });
  });

  it("reads a body with a budget table, in euros, and returns the written total", () => {
    const result = grantFromForm(fixture("grant-table.md"), { author: "ada", config });
    expect(result.findings).toEqual([]);
    expect(result.request?.requested).toEqual({ amount: 4500, currency: "EUR" });
    expect(result.request?.organisation.website).toBe("https://pyladies.example.org");
    expect(result.request?.event.expected_attendees).toBe(350);
    expect(result.request?.budget).toHaveLength(3);
    expect(result.budgetTotal).toEqual({ amount: 4500, currency: "EUR", line: 64 });
    expect(result.request?.previous_grants).toBeUndefined();
  });

  it("maps every grant type option of the form to the schema's enum", () => {
    const options = loadForm("grant").fields.find((f) => f.id === "grant_type")?.options ?? [];
    expect(options.map(grantTypeOf)).toEqual(schemas.grant.properties?.grant_type?.enum);
    expect(grant({ ...complete, grant_type: "Meetup / user group" }).request?.grant_type).toBe("meetup");
    expect(grant({ ...complete, format: "Online" }).request?.event.online).toBe(true);
    expect(grant({ ...complete, format: "Hybrid" }).request?.event.online).toBe(false);
  });

  it("uses the issue's author when the GitHub login is left empty", () => {
    const result = grant({ ...complete, applicant_github: "" }, "grace-h");
    expect(result.request?.applicant.github).toBe("grace-h");
    const nobody = grantFromForm(renderFormBody("grant", { ...complete, applicant_github: "" }), { config });
    expect(nobody.findings.map((f) => f.path)).toEqual([["applicant_github"]]);
  });

  it("reports each problem on its form field, in the form's words", () => {
    const body = renderFormBody("grant", {
      ...complete,
      applicant_github: "@ada, @bob",
      applicant_email: "ada at example",
      start_date: "03/04/2027",
      end_date: "2027-02-30",
      expected_attendees: "300-400",
      amount: "5,000 CHF",
      budget: "- Venue rental: 3,000 USD\n- T-shirts for volunteers\n- Food: 2,000 USD",
      coc_url: "see our website",
      event_name: "",
    });
    const result = grantFromForm(body, { author: "ada", config });
    expect(result.request).toBeUndefined();
    const byField = Object.fromEntries(result.findings.map((f) => [f.path[0], f]));
    expect(result.findings.every((f) => f.path.length === 1)).toBe(true);
    expect(byField.start_date).toMatchObject({
      severity: "error",
      code: "form.date",
      message: "**First day of the event**: `03/04/2027` could be April 3 or March 4.",
      hint: "Write the date as YYYY-MM-DD: 2027-04-03 or 2027-03-04.",
    });
    expect(byField.end_date?.message).toBe(
      "**Last day of the event**: `2027-02-30` is not a real date: February 2027 has 28 days.",
    );
    expect(byField.event_name?.message).toBe("**Event name**: no answer; this field is required.");
    expect(byField.applicant_github?.message).toBe(
      "**Your GitHub login**: `@ada, @bob` holds 2 logins; write only the applicant's.",
    );
    expect(byField.applicant_email?.message).toBe("**Email**: write an email address, e.g. ada@example.org.");
    expect(byField.expected_attendees?.message).toContain("write only one");
    expect(byField.amount?.message).toContain("CHF");
    expect(byField.amount?.hint).toContain("USD, EUR");
    expect(byField.budget?.message).toBe("**Budget**: in line 2, `T-shirts for volunteers` has no cost.");
    expect(byField.coc_url?.message).toBe("**Code of Conduct URL**: `see our website` is not a web address.");
    for (const f of result.findings)
      expect(f.message.startsWith(`**${fieldLabel("grant", String(f.path[0]))}**`)).toBe(true);
    // What could be read is kept.
    expect(result.partial.budget).toHaveLength(2);
    expect(result.partial.event?.location).toBe("Lisbon, Portugal");
  });

  it("warns when the amount has no currency", () => {
    const result = grant({ ...complete, amount: "5,000" });
    expect(result.request?.requested).toEqual({ amount: 5000, currency: "USD" });
    expect(result.findings).toEqual([
      expect.objectContaining({ severity: "warning", code: "form.currency-assumed", path: ["amount"] }),
    ]);
  });

  it("asks a deposit advance for its quote and due date", () => {
    const result = grant({ ...complete, grant_type: "Deposit advance" });
    expect(result.request).toBeUndefined();
    expect(result.findings.map((f) => [f.path[0], f.code])).toEqual([
      ["deposit_quote", "form.required"],
      ["deposit_due", "form.required"],
    ]);
    const done = grant({
      ...complete,
      grant_type: "Deposit advance (venue or vendor deposit for a new event)",
      deposit_quote: "https://example.org/quote.pdf",
      deposit_due: "10 January 2027",
    });
    expect(done.findings).toEqual([]);
    expect(done.request?.deposit).toEqual({ quote: "https://example.org/quote.pdf", due_date: "2027-01-10" });
  });

  it("leaves a missing Code of Conduct to the policy rules, so they can run at once", () => {
    const result = grant({ ...complete, coc_url: "", coc_contact: "" });
    expect(result.findings).toEqual([]);
    expect(result.request?.code_of_conduct).toBeUndefined();
    expect(result.request?.requested).toEqual({ amount: 5000, currency: "USD" });
  });

  it("reports required sections deleted by hand", () => {
    const body = renderFormBody("grant", complete).replace("### Location\n\nLisbon, Portugal\n\n", "");
    const result = grantFromForm(body, { author: "ada", config });
    expect(result.fromForm).toBe(true);
    expect(result.findings).toEqual([
      expect.objectContaining({
        code: "form.missing-section",
        path: ["location"],
        hint: "Edit the issue and add the heading `### Location` back, with your answer under it.",
      }),
    ]);
  });

  it("does not misread an issue written without the form", () => {
    const result = grantFromForm(fixture("not-a-form.md"), { author: "ada", config });
    expect(result).toMatchObject({ fromForm: false, partial: {} });
    expect(result.request).toBeUndefined();
    expect(result.findings).toEqual([expect.objectContaining({ code: "form.not-from-form", path: [] })]);
  });

  it("locates findings and schema paths at their field in the body", () => {
    const body = fixture("grant-table.md");
    const result = grantFromForm(body, { author: "ada", config });
    const lines = body.split("\n");
    expect(lines[(result.locate(["start_date"], "key").line ?? 0) - 1]).toBe("### First day of the event");
    expect(lines[(result.locate(["event", "start_date"], "value").line ?? 0) - 1]).toBe("14 March 2027");
    expect(lines[(result.locate(["budget", 1, "cost"], "value").line ?? 0) - 1]).toContain("Live captioning");
    expect(result.locate(["nonsense"], "value")).toEqual({});
  });
});

describe("schema errors on form fields", () => {
  it("names the form field's label, not the schema path", () => {
    const form = loadForm("grant");
    const ctx: FormContext = { form, parsed: parseFormBody("", form), findings: [] };
    const { valid, findings } = schemaFindings(
      "grant",
      { event: { start_date: "soon", expected_attendees: 0 }, budget: [{ description: "x", cost: -1 }] },
      ctx,
      GRANT_FIELDS,
    );
    expect(valid).toBe(false);
    const byField = Object.fromEntries(findings.map((f) => [f.path[0], f.message]));
    expect(byField.start_date).toBe(
      "**First day of the event**: write the date as YYYY-MM-DD, e.g. 2027-03-14.",
    );
    expect(byField.expected_attendees).toBe("**Expected attendees**: must be at least 1.");
    expect(byField.budget).toBe("**Budget**: item 1: must be at least 0.");
    expect(byField.applicant_name).toBe("**Your name**: no answer; this field is required.");
    expect(byField.amount).toBe("**Amount requested**: no answer; this field is required.");
    expect(byField.coc_url).toBeUndefined(); // whether a Code of Conduct is required is policy
    for (const f of findings) expect(f.path).toHaveLength(1);
  });
});
