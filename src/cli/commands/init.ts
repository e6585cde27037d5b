/**
 * `wgbot init [dir]`: scaffolds a governance repository from templates/init. It writes the files that are missing
 * and never overwrites one, so running it again (or on a repository that has some of the files) is safe and fills
 * in the rest.
 */
import { lstat, mkdir, readdir, readFile, writeFile } from "node:fs/promises";
import { dirname, join, relative, resolve, sep } from "node:path";
import { loadConfig } from "../../config/load.ts";
import type { Config } from "../../config/types.ts";
import { FORM_NAMES, installedFormPath, renderIssueForm } from "../../forms/issue-form-text.ts";
import { CONFIG_PATH } from "../../repo/paths.ts";
import { templatesDir } from "../../templates-folder.ts";
import { plural } from "../../util/text.ts";
import { parse } from "../args.ts";
import { defineCommand } from "../command.ts";
import { EXIT } from "../io.ts";

export const initCommand = defineCommand(
  {
    name: "init",
    args: "[dir]",
    maxPositionals: 1,
    summary: "Start a governance repository (default: here); writes only the files that are missing.",
    details: [
      "Writes .github/wgbot.yml, the issue forms (with the config's numbers in their text), a pull request",
      "template for monthly reports, a workflow, the schemas and an example work group. A file that is",
      "already there is kept as it is and listed, so running it again is safe.",
    ].join("\n"),
    options: {},
    examples: ["wgbot init", "wgbot init governance"],
  },
  async (args, io, spec) => {
    const { positionals } = parse(args, spec.options, spec.maxPositionals);
    const target = resolve(io.cwd, positionals[0] ?? ".");
    const existing = new Set<string>();
    const starter = await starterFiles();
    for (const path of [...starter.keys(), ...FORM_NAMES.map(installedFormPath)])
      if (await exists(join(target, path))) existing.add(path);
    // The forms follow the config that will be in place: the repository's own when it has one.
    const config = existing.has(CONFIG_PATH)
      ? loadConfig(await readFile(join(target, CONFIG_PATH))).config
      : loadConfig(starter.get(CONFIG_PATH)).config;
    const files = new Map([...starter, ...formFiles(config)].sort(([a], [b]) => (a < b ? -1 : 1)));
    const written: string[] = [];
    for (const [path, content] of files) {
      if (existing.has(path)) continue;
      await mkdir(dirname(join(target, path)), { recursive: true });
      // `wx`: a file that appeared meanwhile is still never overwritten.
      await writeFile(join(target, path), content, { flag: "wx" });
      written.push(path);
    }
    const list = (paths: string[]) => paths.map((f) => `  ${f}\n`).join("");
    const out: string[] = [];
    if (written.length > 0)
      out.push(`Wrote ${plural(written.length, "file")} in ${target}:\n${list(written)}`);
    if (existing.size > 0)
      out.push(
        `Kept ${plural(existing.size, "file")} already there, unchanged:\n${list([...existing].sort())}`,
      );
    if (written.length === 0) out.push("Nothing to write: every file is there.\n");
    const shown = positionals[0] ?? ".";
    out.push(
      `\nNext: edit .github/wgbot.yml (your foundation's name, teams, thresholds), then run 'wgbot validate ${shown}'.\n`,
    );
    io.stdout(out.join(""));
    return EXIT.ok;
  },
);

/** The issue forms, written from the templates with this config's numbers. */
function formFiles(config: Config): [string, string][] {
  return FORM_NAMES.map((name) => [installedFormPath(name), renderIssueForm(name, config)]);
}

/** Every file under templates/init, plus the schemas, which live in one place. */
export async function starterFiles(): Promise<Map<string, string>> {
  const files = new Map<string, string>();
  const root = join(templatesDir(), "init");
  for (const path of await listFiles(root)) {
    files.set(relative(root, path).split(sep).join("/").replace(/^dot-/, "."), await readFile(path, "utf8"));
  }
  // The schemas travel with the repository so editors validate its files offline (see the $schema comments).
  for (const schema of ["charter", "report", "grant", "config"]) {
    const name = `${schema}.schema.json`;
    files.set(`schemas/${name}`, await readFile(join(templatesDir(), "..", "schemas", name), "utf8"));
  }
  return files;
}

async function listFiles(dir: string): Promise<string[]> {
  const out: string[] = [];
  for (const entry of await readdir(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) out.push(...(await listFiles(path)));
    else out.push(path);
  }
  return out;
}

async function exists(path: string): Promise<boolean> {
  // lstat: a link counts as there (even a broken one), and is never written through.
  return lstat(path).then(
    () => true,
    () => false,
  );
}
