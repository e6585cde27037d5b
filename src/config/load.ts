/** Reads .github/wgbot.yml: the chosen preset, merged with the repository's overrides. */
import type { Problem } from "../problems.ts";
import type { TooLarge } from "../repo/decode.ts";
import { CONFIG_PATH } from "../repo/paths.ts";
import { checkYamlDocument } from "../schema/yaml-document.ts";
import { PRESETS } from "./presets.ts";
import type { Config, ConfigFile } from "./types.ts";

export interface LoadedConfig {
  config: Config;
  /** Problems in the file. When there are any, `config` is the plain preset so the rest can still be checked. */
  problems: Problem[];
  /**
   * The shared config the file names in `_extends`, which this loader does not read (gather/config.ts reads it from
   * GitHub): a caller that works offline says its values are missing.
   */
  extends?: string;
}

export function loadConfig(
  content: string | Uint8Array | TooLarge | undefined,
  file = CONFIG_PATH,
): LoadedConfig {
  if (content === undefined) return { config: PRESETS.psf, problems: [] };
  const checked = checkYamlDocument<ConfigFile>(file, content, "config");
  if (!checked.data) return { config: PRESETS.psf, problems: checked.problems };
  const config = resolveConfig(checked.data);
  const problems = configRules(config).map((p) => ({
    ...p,
    file,
    ...(p.field ? checked.locate(p.field.split("."), "key") : {}),
  }));
  // As documented above: a config with errors is not used, so a bad value (such as a workgroups folder outside
  // the repository) never reaches the code that reads files.
  const named = checked.data._extends?.trim();
  return {
    config: problems.some((p) => p.severity === "error") ? PRESETS.psf : config,
    problems,
    ...(named ? { extends: named } : {}),
  };
}

/** The preset named in the file (psf by default) with the file's values merged over it. */
export function resolveConfig(file: ConfigFile): Config {
  let preset = PRESETS[file.preset ?? "psf"];
  // The preset's rates are worth so much of *its* base currency: with another base currency they would be wrong
  // (and the old base currency's rate could not be removed), so the file's rates start from none.
  if (file.base_currency !== undefined && file.base_currency !== preset.base_currency) {
    preset = { ...preset, currency_rates: {} };
  }
  return merge(preset, file) as Config;
}

/** Objects merge key by key; lists and plain values replace what the preset had. */
function merge(base: unknown, override: unknown): unknown {
  if (!isPlainObject(base) || !isPlainObject(override)) return override === undefined ? base : override;
  const out: Record<string, unknown> = { ...base };
  for (const [key, value] of Object.entries(override)) out[key] = merge(base[key], value);
  return out;
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

/** What the schema cannot say about a config: how values relate to each other. */
export function configRules(config: Config): Omit<Problem, "file">[] {
  const problems: Omit<Problem, "file">[] = [];
  const { grants, labels } = config;
  if (grants.recommended_lead_days < grants.minimum_lead_days) {
    problems.push({
      severity: "error",
      code: "config.lead-days",
      field: "grants.recommended_lead_days",
      message: `\`grants.recommended_lead_days\` (${grants.recommended_lead_days}) is less than \`grants.minimum_lead_days\` (${grants.minimum_lead_days}).`,
      hint: "The recommended lead time must be at least the minimum.",
    });
  }
  const seen = new Map<string, string>();
  for (const [key, name] of Object.entries(labels)) {
    if (key === "workgroup_prefix") continue;
    const other = seen.get(name);
    if (other) {
      problems.push({
        severity: "error",
        code: "config.label-clash",
        field: `labels.${key}`,
        message: `\`labels.${key}\` and \`labels.${other}\` are both \`${name}\`.`,
        hint: "Give each label its own name, or wgbot cannot tell them apart.",
      });
    }
    seen.set(name, key);
  }
  for (const { field, code, value, what, example } of repositoryPaths(config)) {
    if (value !== undefined && !insideRepository(value))
      problems.push({
        severity: "error",
        code,
        field,
        message: `\`${field}\` (\`${value}\`) must be ${what} inside the repository.`,
        hint: `Write the path from the repository root with forward slashes, without a leading \`/\`, \`.\` or \`..\`, e.g. \`${example}\`.`,
      });
  }
  if (
    config.currency_rates[config.base_currency] !== undefined &&
    config.currency_rates[config.base_currency] !== 1
  ) {
    problems.push({
      severity: "error",
      code: "config.base-rate",
      field: `currency_rates.${config.base_currency}`,
      message: `The rate of the base currency ${config.base_currency} must be 1.`,
      hint: "Remove it from `currency_rates`; the base currency needs no rate.",
    });
  }
  return problems;
}

/** Every path the config names: each must stay inside the repository, whichever runtime reads it. */
function repositoryPaths(config: Config) {
  return [
    {
      field: "paths.workgroups",
      code: "config.workgroups-path",
      value: config.paths.workgroups as string | undefined,
      what: "a folder",
      example: "workgroups",
    },
    {
      field: "paths.grants",
      code: "config.grants-path",
      value: config.paths.grants as string | undefined,
      what: "a folder",
      example: "grants",
    },
    {
      field: "templates.request_report",
      code: "config.template-path",
      value: config.templates.request_report,
      what: "a file",
      example: ".github/wgbot/request-report.hbs",
    },
  ];
}

/**
 * A relative path that cannot leave the repository: no `.` or `..` segment, no absolute path (`/x`, `C:x`), no
 * backslash (a separator on Windows), no empty segment, no NUL. The schema's patterns say most of this too; this
 * holds however the config was built.
 */
export function insideRepository(path: string): boolean {
  if (path === "" || /[\\\0:]/.test(path)) return false;
  return path.split("/").every((segment) => segment !== "" && segment !== "." && segment !== "..");
}
