import { describe, expect, it } from "vitest";
import { CHARTER_FIELDS } from "../../src/forms/charter.ts";
import { GRANT_FIELDS } from "../../src/forms/grant.ts";
import {
  fieldById,
  fieldLabel,
  formFromYaml,
  loadForm,
  normaliseLabel,
} from "../../src/forms/issue-form-definitions.ts";

describe("issue form templates", () => {
  it("reads the grant form's fields in order, with types, options and required flags", () => {
    const form = loadForm("grant");
    expect(form.name).toBe("Grant request");
    expect(form.fields[0]).toMatchObject({
      id: "applicant_name",
      label: "Your name",
      type: "input",
      required: true,
    });
    expect(fieldById(form, "grant_type")).toMatchObject({
      type: "dropdown",
      options: expect.arrayContaining(["Conference", "Meetup / user group"]),
    });
    expect(fieldById(form, "applicant_email")?.required).toBe(false);
    expect(fieldById(form, "budget")?.type).toBe("textarea");
    expect(form.fields.some((f) => (f.type as string) === "markdown")).toBe(false);
  });

  it("is read once and cached", () => {
    expect(loadForm("charter")).toBe(loadForm("charter"));
  });

  it("gives labels for messages", () => {
    expect(fieldLabel("grant", "start_date")).toBe("First day of the event");
    expect(fieldLabel("charter", "chairs")).toBe("Chair(s)");
    expect(fieldLabel("charter", "nope")).toBe("nope");
  });

  it("maps every schema path to a field that exists in the form", () => {
    for (const [name, map] of [
      ["grant", GRANT_FIELDS],
      ["charter", CHARTER_FIELDS],
    ] as const) {
      for (const [, id] of map) expect(fieldById(name, id), `${name}: ${id}`).toBeDefined();
    }
  });

  it("refuses a form whose labels would be ambiguous", () => {
    expect(() =>
      formFromYaml(
        "body:\n  - {type: input, id: a, attributes: {label: Name}}\n  - {type: input, id: b, attributes: {label: ' name '}}",
      ),
    ).toThrow(/share the label/);
    expect(() => formFromYaml("name: x")).toThrow(/body/);
  });

  it("compares labels the way people edit headings", () => {
    expect(normaliseLabel("  **Deposit advance only - quote   or invoice**: ")).toBe(
      normaliseLabel("Deposit advance only — quote or invoice"),
    );
    expect(normaliseLabel("Organising group’s website")).toBe(normaliseLabel("Organising group's website"));
  });
});
