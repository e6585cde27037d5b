/**
 * The CLI's help, version and usage errors, through main(argv, io): help for every registered command comes from
 * its own declared options, and a usage error is one line pointing at that help.
 */
import { describe, expect, it } from "vitest";
import packageJson from "../../package.json" with { type: "json" };
import { COMMANDS } from "../../src/cli/main.ts";
import { runCli } from "../support/cli.ts";

describe("wgbot --version and --help", () => {
  it("prints the package's version", async () => {
    expect(await runCli(["--version"])).toEqual({
      code: 0,
      stdout: `wgbot ${packageJson.version}\n`,
      stderr: "",
    });
  });

  it("lists every registered command with its summary", async () => {
    const { code, stdout } = await runCli(["--help"]);
    expect(code).toBe(0);
    for (const [name, command] of Object.entries(COMMANDS)) {
      expect(stdout).toMatch(new RegExp(`^  ${name}\\b`, "m"));
      if (command.spec) expect(stdout).toContain(command.spec.summary);
    }
  });

  it("answers help about help with the main help", async () => {
    const main = await runCli(["--help"]);
    for (const argv of [
      ["help", "help"],
      ["help", "-h"],
      ["--help", "--help"],
      ["-h", "help"],
    ])
      expect(await runCli(argv)).toEqual(main);
  });

  it.each(Object.keys(COMMANDS))("gives `%s --help`, naming every one of its flags", async (name) => {
    const { code, stdout, stderr } = await runCli([name, "--help"]);
    expect(stderr).toBe("");
    expect(code).toBe(0);
    expect(stdout).toMatch(new RegExp(`^Usage: wgbot ${name}\\b`));
    for (const [long, option] of Object.entries(COMMANDS[name]?.spec?.options ?? {})) {
      expect(stdout).toContain(`--${long}`);
      if (option.short) expect(stdout).toContain(`-${option.short}, --${long}`);
    }
    // `help <command>` and `-h` say the same.
    expect((await runCli(["help", name])).stdout).toBe(stdout);
    expect((await runCli([name, "-h"])).stdout).toBe(stdout);
  });

  it("shows -f in validate's help, with the formats and the default", async () => {
    const { stdout } = await runCli(["validate", "--help"]);
    expect(stdout).toMatch(/-f, --format <human\|json\|github>\s+Output format; .*\(default: human\)/);
  });

  it("takes --help even where the other arguments are missing or wrong", async () => {
    expect((await runCli(["simulate", "--help"])).code).toBe(0);
    expect((await runCli(["sweep", "--repo", "not a repo", "--help"], { env: {} })).code).toBe(0);
  });
});

describe("usage errors: one line, and where the help is", () => {
  const usage = async (argv: string[]) => {
    const run = await runCli(argv);
    expect(run.code).toBe(2);
    expect(run.stdout).toBe("");
    return run.stderr;
  };

  it("suggests the option meant", async () => {
    expect(await usage(["validate", "--fromat", "json", "examples/psf"])).toBe(
      "wgbot validate: unknown option '--fromat'. Did you mean --format?\nRun `wgbot validate --help` for its usage.\n",
    );
  });

  it("says a flag needs a value, by its long name, short or long", async () => {
    const message =
      "wgbot validate: --format needs a value: --format <human|json|github>.\nRun `wgbot validate --help` for its usage.\n";
    expect(await usage(["validate", "-f"])).toBe(message);
    expect(await usage(["validate", "--format"])).toBe(message);
  });

  it("says a switch takes no value", async () => {
    expect(await usage(["sweep", "--dry-run=yes"])).toContain("wgbot sweep: --dry-run takes no value.\n");
  });

  it("suggests the command meant, and never prints the whole help", async () => {
    const stderr = await usage(["vallidate"]);
    expect(stderr).toBe(
      "wgbot: unknown command 'vallidate'. Did you mean 'validate'?\nRun `wgbot --help` for the list of commands.\n",
    );
    expect(await usage(["help", "vallidate"])).toBe(stderr);
    expect(await usage(["--verbose"])).toBe(
      "wgbot: unknown option '--verbose'.\nRun `wgbot --help` for the list of commands.\n",
    );
  });

  it("prints the help on stderr with exit 2 when no command is given", async () => {
    const bare = await runCli([]);
    expect(bare.code).toBe(2);
    expect(bare.stderr).toContain("Usage: wgbot <command>");
  });
});

describe("wgbot simulate with an event GitHub never sends", () => {
  it("is a usage error naming the closest events", async () => {
    const payload = "examples/events/02-grant-request.json";
    const typo = await runCli(["simulate", "isues", payload, "--repo", "examples/psf"]);
    expect(typo.code).toBe(2);
    expect(typo.stderr).toBe(
      "wgbot simulate: 'isues' is not a GitHub event. Did you mean 'issues'? wgbot takes: issue_comment, issues, pull_request, schedule, workflow_dispatch.\nRun `wgbot simulate --help` for its usage.\n",
    );
    const action = await runCli(["simulate", "issues.opend", payload, "--repo", "examples/psf"]);
    expect(action.stderr).toContain("'issues.opend' is not a GitHub event. Did you mean 'issues.opened'?");
  });

  it("runs a real event wgbot does not take, and says it was ignored", async () => {
    const run = await runCli([
      "simulate",
      "issues.closed",
      "examples/events/02-grant-request.json",
      "--repo",
      "examples/psf",
    ]);
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/ignored/i);
  });
});
