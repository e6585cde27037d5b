/**
 * The repository's configuration, read from its default branch (or `ref`), through the App's cache if it has one.
 *
 * `_extends` shares one organisation-wide config between repositories, as Probot's config plugin does:
 * `_extends: other-repo` (same owner, its .github/wgbot.yml), `owner/repo`, or `owner/repo:path/to/file.yml`. The
 * named file is read from its repository's default branch and this file's values win over it (objects merge key by
 * key, lists replace, as over a preset). One level only: the named file may not extend another, which also rules out
 * loops. A file that cannot be read is an error on `_extends`, never a silent fall back to the preset.
 */
import { parse } from "yaml";
import { configRules, type LoadedConfig, loadConfig, resolveConfig } from "../config/load.ts";
import type { ConfigFile } from "../config/types.ts";
import type { GitHub } from "../github/client.ts";
import type { Repo } from "../model/repo.ts";
import type { Problem } from "../problems.ts";
import { CONFIG_PATH } from "../repo/paths.ts";
import type { ConfigCache, GatheredConfig } from "./config-cache.ts";
import { readRepoBytes } from "./files.ts";

export async function gatherConfig(
  github: GitHub,
  repo: Repo,
  cache?: ConfigCache,
  ref?: string,
): Promise<LoadedConfig> {
  const read = () => readConfig(github, repo, ref);
  return cache ? cache.get(`${repo.owner}/${repo.repo}`, ref, read) : read();
}

/** Where `_extends` points: the repository (the same owner unless it names one) and the file in it. */
export function extendsTarget(value: string, repo: Repo): { repo: Repo; path: string } {
  const [name = "", path] = value.split(":", 2);
  const [owner, other] = name.includes("/") ? name.split("/", 2) : [repo.owner, name];
  return { repo: { owner: owner as string, repo: other as string }, path: path || CONFIG_PATH };
}

type RawFile = ConfigFile & { _extends?: string };

async function readConfig(github: GitHub, repo: Repo, ref?: string): Promise<GatheredConfig> {
  const bytes = (await readRepoBytes(github, repo, CONFIG_PATH, ref)) ?? undefined;
  const local = loadConfig(bytes);
  // Parsed again only once the loader has accepted the file: it is then plain, bounded YAML.
  const localFile = bytes instanceof Uint8Array && !fileErrors(local) ? raw(bytes) : undefined;
  const named = localFile?._extends;
  if (named === undefined) return local;
  const at = { ...extendsLine(bytes as Uint8Array), file: CONFIG_PATH, field: "_extends" };
  const target = extendsTarget(named, repo);
  const label = `${target.repo.owner}/${target.repo.repo}:${target.path}`;
  const baseBytes = await readRepoBytes(github, target.repo, target.path).catch(
    (error: { status?: number }) => {
      if (error.status === 403 || error.status === 404) return undefined;
      throw error;
    },
  );
  if (!(baseBytes instanceof Uint8Array) && !(baseBytes && "tooLarge" in baseBytes))
    return failed([
      {
        ...at,
        severity: "error",
        code: "config.extends-unreadable",
        message: `\`_extends: ${named}\` names ${label}, which wgbot cannot read: there is no such file, or wgbot may not read that repository.`,
        hint: "Check the repository and the path. The App must be installed on that repository too; the Action's GITHUB_TOKEN reads only its own repository and public ones.",
      },
    ]);
  const base = loadConfig(baseBytes, label);
  if (fileErrors(base)) return failed(base.problems);
  const baseFile = raw(baseBytes as Uint8Array);
  if (baseFile._extends !== undefined) {
    const back = extendsTarget(baseFile._extends, target.repo);
    const loop = sameRepo(back.repo, repo) && back.path === CONFIG_PATH;
    return failed([
      {
        ...at,
        severity: "error",
        code: "config.extends-chain",
        message: loop
          ? `\`_extends\` goes round in a loop: ${label} extends this repository's config, which extends ${label}.`
          : `${label}, named by \`_extends\`, extends ${baseFile._extends} in turn; wgbot follows one level only.`,
        hint: "Point `_extends` at the file that holds the shared settings, and remove `_extends` from that file.",
      },
    ]);
  }
  const { _extends, ...own } = localFile as RawFile;
  const config = resolveConfig(mergeFiles(baseFile, own) as ConfigFile);
  const problems = [
    ...withoutRules(base.problems),
    ...withoutRules(local.problems),
    ...configRules(config).map((p) => ({ ...p, file: CONFIG_PATH })),
  ];
  const extended = { repo: `${target.repo.owner}/${target.repo.repo}`, path: target.path };
  if (problems.some((p) => p.severity === "error")) return { ...failed(problems), extended };
  return { config, problems, extended };
}

/** The problems, and the config wgbot uses when a config has errors: the plain preset (as the loader does). */
function failed(problems: Problem[]): GatheredConfig {
  return { config: loadConfig(undefined).config, problems };
}

/** Errors in the file itself (its YAML or schema), as opposed to rules between values, which the merge may settle. */
function fileErrors(loaded: LoadedConfig): boolean {
  return loaded.problems.some((p) => p.severity === "error" && !isRule(p));
}

/** Rules between values (configRules) are checked again on the merged config. */
function withoutRules(problems: Problem[]): Problem[] {
  return problems.filter((p) => !isRule(p));
}

/** configRules' problems are the ones coded `config.…` (`config.extends-…` are this file's own). */
function isRule(p: Problem): boolean {
  return p.code.startsWith("config.") && !p.code.startsWith("config.extends");
}

function raw(bytes: Uint8Array): RawFile {
  return (parse(new TextDecoder().decode(bytes)) ?? {}) as RawFile;
}

/** The line of `_extends:` in the file, for the problem to be shown there. */
function extendsLine(bytes: Uint8Array): { line?: number } {
  const index = new TextDecoder()
    .decode(bytes)
    .split("\n")
    .findIndex((line) => /^_extends\s*:/.test(line));
  return index >= 0 ? { line: index + 1 } : {};
}

function sameRepo(a: Repo, b: Repo): boolean {
  return a.owner.toLowerCase() === b.owner.toLowerCase() && a.repo.toLowerCase() === b.repo.toLowerCase();
}

/** Objects merge key by key; lists and plain values replace the shared file's. */
function mergeFiles(base: unknown, own: unknown): unknown {
  if (!isObject(base) || !isObject(own)) return own === undefined ? base : own;
  const out: Record<string, unknown> = { ...base };
  for (const [key, value] of Object.entries(own)) out[key] = mergeFiles(base[key], value);
  delete out._extends;
  return out;
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}
