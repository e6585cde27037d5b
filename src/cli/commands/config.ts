/** `wgbot config [dir]`: the effective config (the preset with .github/wgbot.yml merged over it), value by value. */
import { resolve } from "node:path";
import { configRules, resolveConfig } from "../../config/load.ts";
import { PRESETS } from "../../config/presets.ts";
import type { Config, ConfigFile } from "../../config/types.ts";
import { readPlainFile } from "../../repo/local-file.ts";
import { CONFIG_PATH } from "../../repo/paths.ts";
import { checkYamlDocument } from "../../schema/yaml-document.ts";
import { isGovernanceRepository } from "../../validate/repository-root.ts";
import { parse } from "../args.ts";
import { defineCommand } from "../command.ts";
import { formatSourced, sourcedValues } from "../format/effective-config.ts";
import { jsonText } from "../format/json.ts";
import { EXIT, UsageError } from "../io.ts";

export const configCommand = defineCommand(
  {
    name: "config",
    args: "[dir]",
    maxPositionals: 1,
    summary:
      "Print the effective config: the preset merged with .github/wgbot.yml, with each value's source.",
    options: {
      format: { type: "string", short: "f", default: "yaml", value: "<yaml|json>", help: "Output format." },
    },
    examples: ["wgbot config", "wgbot config governance --format json"],
  },
  async (args, io, spec) => {
    const { values, positionals } = parse(args, spec.options, spec.maxPositionals);
    if (values.format !== "yaml" && values.format !== "json")
      throw new UsageError(`--format must be yaml or json, not '${values.format}'.`);
    const root = resolve(io.cwd, positionals[0] ?? ".");
    if (!isGovernanceRepository(root))
      throw new UsageError(
        `${root} is not a governance repository (no ${CONFIG_PATH}, no workgroups/ folder).`,
      );
    const read = readPlainFile(`${root}/${CONFIG_PATH}`, CONFIG_PATH);
    let file: ConfigFile | undefined;
    if ("bytes" in read) {
      const checked = checkYamlDocument<ConfigFile>(CONFIG_PATH, read.bytes, "config");
      const errors = checked.data ? configRules(resolveConfig(checked.data)) : checked.problems;
      if (!checked.data || errors.some((p) => p.severity === "error")) {
        io.stderr(
          `wgbot config: ${CONFIG_PATH} has problems, so wgbot would not use it. Run 'wgbot validate' to see them.\n`,
        );
        return EXIT.problems;
      }
      file = checked.data;
    }
    const config: Config = file ? resolveConfig(file) : PRESETS.psf;
    const shared = file?._extends?.trim();
    if (shared)
      io.stderr(
        `wgbot config: warning: ${CONFIG_PATH} extends ${shared}, which cannot be read offline: its values are not shown. The App and the Action read it from GitHub and merge this file over it.\n`,
      );
    const sourced = sourcedValues(config, file, CONFIG_PATH);
    if (values.format === "json")
      io.stdout(
        `${jsonText({ config, sources: Object.fromEntries(sourced.map((v) => [v.path, v.source])) })}\n`,
      );
    else {
      const origin = file
        ? `preset ${config.preset} with ${CONFIG_PATH} merged over it`
        : `preset psf (no ${CONFIG_PATH})`;
      io.stdout(`# The effective config of ${root}: ${origin}.\n${formatSourced(sourced)}`);
    }
    return EXIT.ok;
  },
);
