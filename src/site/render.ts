/**
 * Renders the dashboard's pages to HTML with Handlebars. This is a separate Handlebars instance from the comment
 * templates' (render/handlebars.ts, which writes Markdown with escaping off): here HTML escaping is ON, so every
 * value from the repository — names, titles, logins — reaches the page as text. The one unescaped value is a
 * page's body in the layout, which is this module's own output, already escaped.
 *
 * A repository may replace any template (config `templates.site`: a folder of `<name>.hbs` files). A replacement
 * that does not compile or fails on a page falls back to the built-in template for that page, with a warning, so a
 * typo never leaves the foundation without its dashboard.
 */
import Handlebars from "handlebars";
import { heatmapPath } from "./paths.ts";
import type { Page } from "./views.ts";

export const SITE_TEMPLATE_NAMES = [
  "layout",
  "overview",
  "workgroups",
  "workgroup",
  "grants",
  "board",
  "heatmap",
  "bar-chart",
] as const;
export type SiteTemplateName = (typeof SITE_TEMPLATE_NAMES)[number];
const PARTIALS: readonly SiteTemplateName[] = ["heatmap", "bar-chart"];

export interface SiteSource {
  builtIn: string;
  override?: string;
}

export interface SiteTemplates {
  templates: Readonly<Record<SiteTemplateName, SiteSource>>;
  style: SiteSource;
}

export interface SiteMeta {
  organisation: string;
  today: string;
  issuesRead: boolean;
  notes: readonly string[];
}

export interface RenderedFile {
  path: string;
  content: string;
}

type Compiled = Record<SiteTemplateName, Handlebars.TemplateDelegate>;

function instance(sources: Record<SiteTemplateName, string>): Compiled {
  const hbs = Handlebars.create();
  hbs.registerHelper("eq", (a: unknown, b: unknown) => a === b);
  for (const name of PARTIALS) hbs.registerPartial(name, sources[name]);
  return Object.fromEntries(
    SITE_TEMPLATE_NAMES.map((name) => [name, hbs.compile(sources[name], { strict: false, noEscape: false })]),
  ) as Compiled;
}

const NAV = [
  { path: "index.html", label: "Overview" },
  { path: heatmapPath(0), label: "Work groups" },
  { path: "grants.html", label: "Grants" },
  { path: "board.html", label: "Board" },
];

export function renderSite(
  pages: readonly Page[],
  { templates, style }: SiteTemplates,
  meta: SiteMeta,
): { files: RenderedFile[]; warnings: string[] } {
  const warnings: string[] = [];
  const builtIn = instance(
    Object.fromEntries(SITE_TEMPLATE_NAMES.map((n) => [n, templates[n].builtIn])) as Record<
      SiteTemplateName,
      string
    >,
  );
  const overridden = SITE_TEMPLATE_NAMES.filter((n) => templates[n].override !== undefined);
  let custom: Compiled | undefined;
  if (overridden.length > 0) {
    try {
      const sources = Object.fromEntries(
        SITE_TEMPLATE_NAMES.map((n) => {
          const source = templates[n].override ?? templates[n].builtIn;
          Handlebars.parse(source); // a syntax error shows here, once, rather than on every page
          return [n, source];
        }),
      ) as Record<SiteTemplateName, string>;
      custom = instance(sources);
    } catch (error) {
      warnings.push(
        `The repository's site templates do not compile, so the built-in ones are used: ${firstLine(error)}`,
      );
    }
  }
  const files: RenderedFile[] = [];
  for (const page of pages) {
    const root = "../".repeat(page.path.split("/").length - 1);
    const render = (t: Compiled) => {
      const body = t[page.template]({ ...page.view, root });
      return t.layout({
        ...meta,
        title: page.title,
        root,
        nav: NAV.map((n) => ({ href: root + n.path, label: n.label, current: n.path === page.path })),
        body: new Handlebars.SafeString(body),
      });
    };
    let content: string | undefined;
    if (custom) {
      try {
        content = render(custom);
      } catch (error) {
        warnings.push(
          `The repository's template failed on ${page.path}, so the built-in one is used: ${firstLine(error)}`,
        );
      }
    }
    files.push({ path: page.path, content: tidy(content ?? render(builtIn)) });
  }
  files.push({ path: "style.css", content: style.override ?? style.builtIn });
  return { files, warnings };
}

function firstLine(error: unknown): string {
  return (error instanceof Error ? error.message : String(error)).split("\n")[0] ?? "";
}

/** Drops the blank lines template blocks leave, so pages stay small and stable. */
function tidy(html: string): string {
  return `${html
    .replace(/[ \t]+$/gm, "")
    .replace(/\n{2,}/g, "\n")
    .trim()}\n`;
}
