/** `wgbot init [dir]`: scaffolds a governance repository from templates/init, refusing to overwrite anything. */
import { access, mkdir, readdir, readFile, writeFile } from "node:fs/promises";
import { dirname, join, relative, resolve, sep } from "node:path";
import { templatesDir } from "../../templates-folder.ts";
import { parse } from "../args.ts";
import { type CliIo, EXIT } from "../io.ts";

export async function initCommand(args: string[], io: CliIo): Promise<number> {
  const { positionals } = parse(args, {}, 1);
  const target = resolve(io.cwd, positionals[0] ?? ".");
  const files = await scaffoldFiles();
  const existing: string[] = [];
  for (const path of files.keys()) {
    if (await exists(join(target, path))) existing.push(path);
  }
  if (existing.length > 0) {
    io.stderr(
      `wgbot init: nothing written; these files already exist in ${target}:\n${existing.map((f) => `  ${f}`).join("\n")}\nMove them away or choose another directory.\n`,
    );
    return EXIT.problems;
  }
  for (const [path, content] of files) {
    await mkdir(dirname(join(target, path)), { recursive: true });
    await writeFile(join(target, path), content, { flag: "wx" });
  }
  io.stdout(
    `Created a governance repository in ${target}:\n${[...files.keys()].map((f) => `  ${f}`).join("\n")}\n\nNext: edit .github/wgbot.yml (teams, thresholds), then run 'wgbot validate ${positionals[0] ?? "."}'.\n`,
  );
  return EXIT.ok;
}

/** Every file under templates/init, plus the issue forms and schemas, which each live in one place. */
export async function scaffoldFiles(): Promise<Map<string, string>> {
  const files = new Map<string, string>();
  const root = join(templatesDir(), "init");
  for (const path of await listFiles(root)) {
    files.set(relative(root, path).split(sep).join("/").replace(/^dot-/, "."), await readFile(path, "utf8"));
  }
  for (const form of ["charter.yml", "grant.yml"]) {
    files.set(
      `.github/ISSUE_TEMPLATE/${form}`,
      await readFile(join(templatesDir(), "issue-forms", form), "utf8"),
    );
  }
  // The schemas travel with the repository so editors validate its files offline (see the $schema comments).
  for (const schema of ["charter", "report", "grant", "config"]) {
    const name = `${schema}.schema.json`;
    files.set(`schemas/${name}`, await readFile(join(templatesDir(), "..", "schemas", name), "utf8"));
  }
  return new Map([...files].sort(([a], [b]) => (a < b ? -1 : 1)));
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
  return access(path).then(
    () => true,
    () => false,
  );
}
