/** Rendering is pure: the template sources come in as data, so these tests read nothing from disk. */
import { describe, expect, it } from "vitest";
import { render, type Templates } from "../../src/render/handlebars.ts";

const BUILT_IN = "## Built in\n\n{{#each errors}}- {{this}}\n{{/each}}\n\n\n{{#if ready}}Ready.{{/if}}   \n";

function templates(override?: string): Templates {
  const none = { builtIn: "unused" };
  return {
    agenda: none,
    "charter-pull-request": none,
    "decision-record": none,
    "request-report": { builtIn: BUILT_IN, ...(override === undefined ? {} : { override }) },
  };
}

describe("render", () => {
  it("renders the built-in source it is given, with blank runs and trailing spaces tidied", () => {
    expect(render(templates(), "request-report", { errors: ["a", "b"], ready: false })).toBe(
      "## Built in\n\n- a\n- b\n",
    );
  });

  it("prefers the repository's own version of a template", () => {
    expect(
      render(templates("Ours: {{plural errors.length 'problem' 'problems'}}"), "request-report", {
        errors: [1],
      }),
    ).toBe("Ours: problem\n");
  });

  it("falls back to the built-in template when the override does not compile", () => {
    expect(
      render(templates("{{#if ready}}never closed"), "request-report", { errors: [], ready: true }),
    ).toBe("## Built in\n\nReady.\n");
  });

  it("falls back to the built-in template when the override calls a helper it has not got", () => {
    expect(render(templates("{{shout errors}}"), "request-report", { errors: ["x"] })).toBe(
      "## Built in\n\n- x\n",
    );
  });

  it("never compiles the view's text as a template", () => {
    expect(render(templates("{{name}}"), "request-report", { name: "{{constructor}}" })).toBe(
      "{{constructor}}\n",
    );
  });
});
