/**
 * `wgbot site`: writes the dashboard to a folder — one HTML file per page, and its stylesheet. The built-in templates
 * are in templates/site/; a repository's replacements are read from the folder its config names in
 * `templates.site`, inside the repository only, never through a link.
 */
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { insideRepository } from "../config/load.ts";
import type { FoundationState } from "../decide/foundation/model.ts";
import { readPlainFile } from "../repo/local-file.ts";
import { templatesDir } from "../templates-folder.ts";
import { renderSite, SITE_TEMPLATE_NAMES, type SiteTemplateName, type SiteTemplates } from "./render.ts";
import { type SiteOptions, sitePages } from "./views.ts";

let builtIn: SiteTemplates | undefined;

export function builtInSiteTemplates(): SiteTemplates {
  const dir = join(templatesDir(), "site");
  builtIn ??= {
    templates: Object.fromEntries(
      SITE_TEMPLATE_NAMES.map((name) => [name, { builtIn: readFileSync(join(dir, `${name}.hbs`), "utf8") }]),
    ) as Record<SiteTemplateName, { builtIn: string }>,
    style: { builtIn: readFileSync(join(dir, "style.css"), "utf8") },
  };
  return builtIn;
}

/** The built-in templates, with the repository's own where its `templates.site` folder has one. */
export function siteTemplates(
  root: string,
  folder: string | undefined,
): { templates: SiteTemplates; warnings: string[] } {
  const base = builtInSiteTemplates();
  if (folder === undefined) return { templates: base, warnings: [] };
  if (!insideRepository(folder))
    return {
      templates: base,
      warnings: [
        `templates.site must be a folder inside the repository, not '${folder}': the built-in templates are used.`,
      ],
    };
  const read = (file: string): string | undefined => {
    const got = readPlainFile(join(root, folder, file), `${folder}/${file}`);
    return "bytes" in got ? new TextDecoder().decode(got.bytes) : undefined;
  };
  const templates = Object.fromEntries(
    SITE_TEMPLATE_NAMES.map((name) => {
      const override = read(`${name}.hbs`);
      return [name, override === undefined ? base.templates[name] : { ...base.templates[name], override }];
    }),
  ) as SiteTemplates["templates"];
  const style = read("style.css");
  return {
    templates: { templates, style: style === undefined ? base.style : { ...base.style, override: style } },
    warnings: [],
  };
}

export interface BuiltSite {
  pages: { path: string; bytes: number }[];
  warnings: string[];
}

export function buildSite(
  foundation: FoundationState,
  out: string,
  {
    templates,
    notes = [],
    ...options
  }: SiteOptions & { templates: SiteTemplates; notes?: readonly string[] },
): BuiltSite {
  const pages = sitePages(foundation, options);
  const { files, warnings } = renderSite(pages, templates, {
    organisation: foundation.organisation,
    today: foundation.today,
    issuesRead: foundation.issuesRead,
    notes,
  });
  const made = new Set<string>();
  const written: BuiltSite["pages"] = [];
  for (const file of files) {
    const path = join(out, file.path);
    const dir = dirname(path);
    if (!made.has(dir)) mkdirSync(dir, { recursive: true });
    made.add(dir);
    writeFileSync(path, file.content);
    written.push({ path: file.path, bytes: Buffer.byteLength(file.content) });
  }
  return { pages: written, warnings };
}
