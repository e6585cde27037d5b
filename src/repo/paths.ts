/** Which governance file a repository path is, by the layout in the design: one folder per work group. */

/** Where wgbot's config is in a governance repository. */
export const CONFIG_PATH = ".github/wgbot.yml";
/** The name people often give the config by mistake: read so it can be reported, never used. */
export const ALTERNATIVE_CONFIG_PATH = ".github/wgbot.yaml";

export type GovernancePath =
  | { kind: "config" }
  | { kind: "charter"; slug: string }
  | { kind: "report"; slug: string; month: string }
  | { kind: "misplaced"; slug?: string; reason: string; hint: string };

export const SLUG = /^[a-z0-9](?:[a-z0-9-]{0,48}[a-z0-9])?$/;
const MONTH = /^[0-9]{4}-(0[1-9]|1[0-2])$/;

/** Classifies a path; undefined for files wgbot does not read (READMEs, images, anything outside its folders). */
export function classifyPath(path: string, workgroupsDir: string): GovernancePath | undefined {
  if (path === CONFIG_PATH) return { kind: "config" };
  if (path === ALTERNATIVE_CONFIG_PATH) {
    return {
      kind: "misplaced",
      reason: "The config file is named wgbot.yaml.",
      hint: `Rename it to ${CONFIG_PATH}.`,
    };
  }
  const prefix = `${workgroupsDir}/`;
  if (!path.startsWith(prefix)) return undefined;
  const parts = path.slice(prefix.length).split("/");
  const isYaml = /\.ya?ml$/.test(path);
  if (!isYaml) return undefined;
  const [slug, second, third, ...rest] = parts;
  if (slug === undefined || second === undefined) {
    return {
      kind: "misplaced",
      reason: `YAML files belong in a work group's folder, not directly in ${workgroupsDir}/.`,
      hint: `Move it to ${workgroupsDir}/<slug>/charter.yml or ${workgroupsDir}/<slug>/reports/<YYYY-MM>.yml.`,
    };
  }
  if (!SLUG.test(slug)) {
    return {
      kind: "misplaced",
      reason: `The folder name \`${slug}\` is not a valid work group slug.`,
      hint: "Use lower-case letters, digits and hyphens, e.g. `packaging` or `diversity-inclusion`.",
    };
  }
  if (third === undefined) {
    if (second === "charter.yml") return { kind: "charter", slug };
    if (second === "charter.yaml") {
      return {
        kind: "misplaced",
        slug,
        reason: "The charter file is named charter.yaml.",
        hint: "Rename it to charter.yml.",
      };
    }
    return {
      kind: "misplaced",
      slug,
      reason: `\`${second}\` is not a file wgbot knows.`,
      hint: "A work group folder holds charter.yml and a reports/ folder.",
    };
  }
  if (second === "reports" && rest.length === 0) {
    const month = third.replace(/\.ya?ml$/, "");
    if (MONTH.test(month) && third.endsWith(".yml")) return { kind: "report", slug, month };
    if (MONTH.test(month))
      return {
        kind: "misplaced",
        slug,
        reason: `The report file is named \`${third}\`; wgbot reads reports named \`.yml\`.`,
        hint: `Rename it to reports/${month}.yml.`,
      };
    return {
      kind: "misplaced",
      slug,
      reason: `The report file name \`${third}\` is not a month.`,
      hint: "Name reports after the month they cover, e.g. reports/2026-10.yml.",
    };
  }
  return {
    kind: "misplaced",
    slug,
    reason: `\`${parts.slice(1).join("/")}\` is not where wgbot expects a file.`,
    hint: "A work group folder holds charter.yml and reports/<YYYY-MM>.yml.",
  };
}
