/**
 * Comment and document text comes from Handlebars templates in templates/ (a repository may override them).
 * Templates are compiled with noEscape because their output is Markdown, not HTML: every user-supplied value is
 * escaped for Markdown (render/escape.ts) when the view is built, before it reaches a template. User text is only
 * ever data for a template, never compiled as one.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import Handlebars from "handlebars";
import { templatesDir } from "../templates-folder.ts";

const hbs = Handlebars.create();
hbs.registerHelper("eq", (a: unknown, b: unknown) => a === b);
hbs.registerHelper("plural", (n: number, one: string, many: string) => (n === 1 ? one : many));

const cache = new Map<string, Handlebars.TemplateDelegate>();

export type TemplateName = "request-report" | "decision-record" | "agenda" | "charter-pull-request";

/**
 * Renders a template. `override` is a repository's own version of it (read by the gather step from the path its
 * config names). A broken override — a syntax error, or a helper that throws — falls back to the built-in
 * template, so a typo in a repository's template never stops the bot from answering.
 */
export function render(name: TemplateName, view: object, override?: string): string {
  if (override !== undefined) {
    try {
      return tidy(compiled(`${name}\u0000${override}`, override)(view));
    } catch {
      // fall through to the built-in template
    }
  }
  const builtIn = () => readFileSync(join(templatesDir(), "comments", `${name}.hbs`), "utf8");
  return tidy(compiled(name, builtIn)(view));
}

/** Repositories' overrides are cached too, but never more than this many, whatever they change. */
const MAX_CACHED = 64;

function compiled(key: string, source: string | (() => string)): Handlebars.TemplateDelegate {
  let template = cache.get(key);
  if (!template) {
    if (cache.size >= MAX_CACHED) cache.clear();
    template = hbs.compile(typeof source === "string" ? source : source(), {
      noEscape: true,
      strict: false,
      knownHelpersOnly: false,
    });
    cache.set(key, template);
  }
  return template;
}

/** Collapses the blank lines template conditionals leave behind, so output is stable and readable. */
function tidy(text: string): string {
  return `${text
    .replace(/[ \t]+$/gm, "")
    .replace(/\n{3,}/g, "\n\n")
    .trim()}\n`;
}
