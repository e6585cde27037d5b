/**
 * Comment and document text comes from Handlebars templates in templates/ (a repository may override them).
 * Templates are compiled with noEscape because their output is Markdown, not HTML: every user-supplied value is
 * escaped for Markdown (render/escape.ts) when the view is built, before it reaches a template. User text is only
 * ever data for a template, never compiled as one.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import Handlebars from "handlebars";
import { templatesDir } from "../templates.ts";

const hbs = Handlebars.create();
hbs.registerHelper("eq", (a: unknown, b: unknown) => a === b);
hbs.registerHelper("plural", (n: number, one: string, many: string) => (n === 1 ? one : many));

const cache = new Map<string, Handlebars.TemplateDelegate>();

export type TemplateName =
  | "request-report"
  | "command-reply"
  | "decision-record"
  | "agenda"
  | "charter-pull-request";

/** Renders a template. `override` is a repository's own version of it, already read by the gather step. */
export function render(name: TemplateName, view: object, override?: string): string {
  const key = override === undefined ? name : `${name}\u0000${override}`;
  let template = cache.get(key);
  if (!template) {
    const source = override ?? readFileSync(join(templatesDir(), "comments", `${name}.hbs`), "utf8");
    template = hbs.compile(source, { noEscape: true, strict: false, knownHelpersOnly: false });
    cache.set(key, template);
  }
  return tidy(template(view));
}

/** Collapses the blank lines template conditionals leave behind, so output is stable and readable. */
function tidy(text: string): string {
  return `${text
    .replace(/[ \t]+$/gm, "")
    .replace(/\n{3,}/g, "\n\n")
    .trim()}\n`;
}
