/**
 * `wgbot forms [dir]`: writes the issue forms again from the templates and the repository's config, after the
 * config changed (a new lead time, threshold or currency). Only the forms are written, and only when they differ.
 */
import { readFileSync } from "node:fs";
import { mkdir, writeFile } from "node:fs/promises";
import { dirname, join, resolve } from "node:path";
import { loadConfig } from "../../config/load.ts";
import { FORM_NAMES, installedFormPath, renderIssueForm } from "../../forms/issue-form-text.ts";
import { lstatOf, readPlainFile } from "../../repo/local-file.ts";
import { CONFIG_PATH } from "../../repo/paths.ts";
import { isGovernanceRepository } from "../../validate/repository-root.ts";
import { parse } from "../args.ts";
import { defineCommand } from "../command.ts";
import { EXIT, UsageError } from "../io.ts";

export const formsCommand = defineCommand(
  {
    name: "forms",
    args: "[dir]",
    maxPositionals: 1,
    summary: "Write the issue forms again from .github/wgbot.yml (after the config changed).",
    details: [
      "The forms' text states the config's lead times, board threshold and currencies: run this after",
      "changing them. It rewrites .github/ISSUE_TEMPLATE/charter.yml and grant.yml, so changes made to",
      "those files by hand are replaced; `wgbot validate` says when they are out of date.",
    ].join("\n"),
    options: {},
    examples: ["wgbot forms", "wgbot forms governance"],
  },
  async (args, io, spec) => {
    const { positionals } = parse(args, spec.options, spec.maxPositionals);
    const root = resolve(io.cwd, positionals[0] ?? ".");
    if (!isGovernanceRepository(root))
      throw new UsageError(
        `${root} is not a governance repository (no ${CONFIG_PATH}); run 'wgbot init' first.`,
      );
    const read = readPlainFile(join(root, CONFIG_PATH), CONFIG_PATH);
    const loaded = loadConfig("bytes" in read ? read.bytes : undefined);
    if (loaded.problems.some((p) => p.severity === "error")) {
      io.stderr(
        `wgbot forms: ${CONFIG_PATH} has problems, so no form was written. Run 'wgbot validate' to see them.\n`,
      );
      return EXIT.problems;
    }
    // The forms quote thresholds, lead times and the currency: from a shared config wgbot cannot read here, they
    // could be wrong, so the user is told before anything is written.
    if (loaded.extends)
      io.stderr(
        `wgbot forms: warning: ${CONFIG_PATH} extends ${loaded.extends}, which cannot be read offline: the forms quote the preset and this file's own values. Set the values they quote (thresholds, lead times, currency) in this file if the shared one changes them.\n`,
      );
    const lines: string[] = [];
    for (const name of FORM_NAMES) {
      const path = installedFormPath(name);
      const text = renderIssueForm(name, loaded.config);
      if (current(join(root, path)) === text) {
        lines.push(`  ${path} (up to date)`);
        continue;
      }
      const at = lstatOf(join(root, path));
      // A link could point anywhere, even outside the repository: it is never written through.
      if (!("kind" in at) || (at.kind !== "file" && at.kind !== "missing"))
        throw new Error(`${path} is not a plain file; move it away and run 'wgbot forms' again.`);
      await mkdir(dirname(join(root, path)), { recursive: true });
      await writeFile(join(root, path), text);
      lines.push(`  ${path} (written)`);
    }
    io.stdout(`Issue forms for ${CONFIG_PATH} in ${root}:\n${lines.join("\n")}\n`);
    return EXIT.ok;
  },
);

function current(path: string): string | undefined {
  try {
    return readFileSync(path, "utf8");
  } catch {
    return undefined;
  }
}
