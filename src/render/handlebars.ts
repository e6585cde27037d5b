/**
 * Comment and document text comes from Handlebars templates. This module only renders: the template sources come
 * in as data (`Templates`), loaded by the caller (gather/comment-templates.ts reads the built-in ones from
 * templates/comments/ and a repository's own version), so decide/ can render and stay free of I/O.
 * Templates are compiled with noEscape because their output is Markdown, not HTML: every user-supplied value is
 * escaped for Markdown (render/escape.ts) when the view is built, before it reaches a template. User text is only
 * ever data for a template, never compiled as one.
 */
import Handlebars from "handlebars";

const hbs = Handlebars.create();
hbs.registerHelper("eq", (a: unknown, b: unknown) => a === b);
hbs.registerHelper("plural", (n: number, one: string, many: string) => (n === 1 ? one : many));

export const TEMPLATE_NAMES = [
  "request-report",
  "decision-record",
  "agenda",
  "charter-pull-request",
] as const;

export type TemplateName = (typeof TEMPLATE_NAMES)[number];

/** One template's source: the built-in one, and a repository's own version of it when its config names one. */
export interface TemplateSource {
  builtIn: string;
  override?: string;
}

/** Every template wgbot renders, by name. */
export type Templates = Readonly<Record<TemplateName, TemplateSource>>;

/**
 * Renders a template. A broken override — a syntax error, or a helper that throws — falls back to the built-in
 * template, so a typo in a repository's template never stops the bot from answering.
 */
export function render(templates: Templates, name: TemplateName, view: object): string {
  const { builtIn, override } = templates[name];
  if (override !== undefined) {
    try {
      return tidy(compiled(override)(view));
    } catch {
      // fall through to the built-in template
    }
  }
  return tidy(compiled(builtIn)(view));
}

/** Compiled templates by source, built-in and repositories' alike, but never more than this many. */
const MAX_CACHED = 64;
const cache = new Map<string, Handlebars.TemplateDelegate>();

function compiled(source: string): Handlebars.TemplateDelegate {
  let template = cache.get(source);
  if (!template) {
    if (cache.size >= MAX_CACHED) cache.clear();
    template = hbs.compile(source, { noEscape: true, strict: false, knownHelpersOnly: false });
    cache.set(source, template);
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
