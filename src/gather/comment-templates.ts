/**
 * The comment templates' sources, for decide/ to render: the built-in ones from templates/comments/ (read once per
 * process) and a repository's own version of one where its config names it (read from the repository each time,
 * so an edit to it shows at once).
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import type { Config } from "../config/types.ts";
import type { GitHub } from "../github/client.ts";
import type { Repo } from "../model/repo.ts";
import { TEMPLATE_NAMES, type TemplateName, type Templates } from "../render/handlebars.ts";
import { templatesDir } from "../templates-folder.ts";
import { readRepoFile } from "./files.ts";

let builtIn: Templates | undefined;

/** wgbot's own templates, with no repository override. */
export function builtInTemplates(): Templates {
  builtIn ??= Object.fromEntries(
    TEMPLATE_NAMES.map((name) => [
      name,
      { builtIn: readFileSync(join(templatesDir(), "comments", `${name}.hbs`), "utf8") },
    ]),
  ) as Record<TemplateName, { builtIn: string }>;
  return builtIn;
}

/** The templates for one repository: one more read, and only when its config names its own request report. */
export async function gatherTemplates(github: GitHub, repo: Repo, config: Config): Promise<Templates> {
  const templates = builtInTemplates();
  const path = config.templates.request_report;
  const override = path ? await readRepoFile(github, repo, path) : undefined;
  if (override === undefined) return templates;
  return { ...templates, "request-report": { ...templates["request-report"], override } };
}
