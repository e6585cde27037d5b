/**
 * `--repo owner/name` for the commands that read issues as well as a local checkout (`status`, `site`): the client
 * for the API, with the token from the environment (GITHUB_TOKEN or GH_TOKEN), never from the command line, where
 * shell history and process lists would keep it.
 */
import { createGitHub } from "../github/client.ts";
import type { Remote } from "../status/foundation.ts";
import { type CliIo, UsageError } from "./io.ts";

export const REMOTE_OPTIONS = {
  repo: {
    type: "string",
    value: "<owner/name>",
    help: "Also read the open issues (proposals, grant requests, agendas) of this repository on GitHub.",
  },
  "api-url": {
    type: "string",
    value: "<url>",
    help: "GitHub API (default: GITHUB_API_URL or api.github.com).",
  },
} as const;

export function remoteOf(
  command: string,
  values: { repo?: string | undefined; "api-url"?: string | undefined },
  io: CliIo,
): Remote | undefined {
  if (values.repo === undefined) return undefined;
  const env = io.env ?? process.env;
  const match = /^([A-Za-z0-9-]+)\/([A-Za-z0-9._-]+)$/.exec(values.repo);
  if (!match) throw new UsageError(`--repo must be owner/name, not '${values.repo}'.`);
  const token = env.GITHUB_TOKEN || env.GH_TOKEN;
  if (!token)
    throw new UsageError(
      `${command} --repo reads issues through the API and needs a token in the GITHUB_TOKEN (or GH_TOKEN) environment variable.`,
    );
  const baseUrl = values["api-url"] ?? env.GITHUB_API_URL ?? "https://api.github.com";
  if (!/^https?:\/\//.test(baseUrl))
    throw new UsageError(`--api-url must be an http(s) URL, not '${baseUrl}'.`);
  const github = createGitHub({
    token,
    baseUrl,
    log: { warn: (m) => io.stderr(`${m}\n`) },
    ...(io.timing ? { timing: io.timing } : {}),
  });
  return { github, repo: { owner: match[1] as string, repo: match[2] as string } };
}
