/**
 * The effective config written out value by value, each with where it comes from: the preset or the repository's
 * file. Objects merge key by key and lists replace the preset's (config/load.ts), so a list is one value here.
 */
import { stringify } from "yaml";
import { PRESETS } from "../../config/presets.ts";
import type { Config, ConfigFile } from "../../config/types.ts";

export interface SourcedValue {
  /** `grants.board_threshold` */
  path: string;
  value: unknown;
  /** `preset psf` or the config file's path. */
  source: string;
}

export function sourcedValues(
  config: Config,
  file: ConfigFile | undefined,
  filePath: string,
): SourcedValue[] {
  const out: SourcedValue[] = [];
  const preset = `preset ${config.preset}`;
  const walk = (value: unknown, fromFile: unknown, path: string[]) => {
    if (isObject(value) && Object.keys(value).length > 0) {
      for (const [key, child] of Object.entries(value))
        walk(child, isObject(fromFile) ? fromFile[key] : undefined, [...path, key]);
      return;
    }
    out.push({ path: path.join("."), value, source: fromFile === undefined ? preset : filePath });
  };
  walk(config, file, []);
  // Another base currency starts the rates from none (config/load.ts): what is there is the file's doing.
  if (file?.base_currency !== undefined && file.base_currency !== PRESETS[config.preset].base_currency)
    for (const v of out) if (v.path.startsWith("currency_rates")) v.source = `${filePath} (base_currency)`;
  return out;
}

/** YAML a person can paste into .github/wgbot.yml, with the source of each value as a comment. */
export function formatSourced(values: readonly SourcedValue[]): string {
  const lines: [string, string][] = [];
  let previous: string[] = [];
  for (const { path, value, source } of values) {
    const parts = path.split(".");
    // The parent keys this value shares with the one before are already written.
    let same = 0;
    while (same < parts.length - 1 && parts[same] === previous[same]) same++;
    for (let depth = same; depth < parts.length - 1; depth++)
      lines.push([`${"  ".repeat(depth)}${key(parts[depth] as string)}:`, ""]);
    const depth = parts.length - 1;
    lines.push([`${"  ".repeat(depth)}${key(parts[depth] as string)}: ${inline(value)}`, source]);
    previous = parts;
  }
  const width = Math.min(60, Math.max(...lines.map(([text]) => text.length)));
  return `${lines.map(([text, source]) => (source ? `${text.padEnd(width)}  # ${source}` : text)).join("\n")}\n`;
}

function key(name: string): string {
  return /^[A-Za-z_][\w-]*$/.test(name) ? name : JSON.stringify(name);
}

/** One value on one line, in YAML's flow style. */
function inline(value: unknown): string {
  return stringify(value, { collectionStyle: "flow", lineWidth: 0 }).trimEnd();
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}
