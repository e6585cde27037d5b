/** The `wgbot` CLI run in-process through main(argv, io), its output collected: what the CLI tests share. */
import { fileURLToPath } from "node:url";
import type { CliIo } from "../../src/cli/io.ts";
import { main } from "../../src/cli/main.ts";

/** The repository's root, where `examples/psf` is. */
export const ROOT = fileURLToPath(new URL("../..", import.meta.url));

/** The CLI tests' clock. */
export const NOW = new Date("2026-11-21T12:00:00Z");

export interface CliRun {
  code: number;
  stdout: string;
  stderr: string;
}

/** `wgbot …argv` in `cwd` (the repository's root) at `now` (NOW), without color; the rest of the io as given. */
export async function runCli(
  argv: string[],
  io: Partial<Omit<CliIo, "stdout" | "stderr">> = {},
): Promise<CliRun> {
  let stdout = "";
  let stderr = "";
  const code = await main(argv, {
    stdout: (text) => {
      stdout += text;
    },
    stderr: (text) => {
      stderr += text;
    },
    cwd: ROOT,
    now: NOW,
    color: false,
    ...io,
  });
  return { code, stdout, stderr };
}
