/**
 * `wgbot new report <slug>` through the CLI (in-process main(argv, io)): the prefilled report it writes, that the
 * file is valid once its highlights are filled in, that it never overwrites a file, and clear errors for bad input.
 */
import { mkdir, mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { runCli } from "../support/cli.ts";
import { charterYaml } from "../support/governance-files.ts";

let repo: string;
beforeEach(async () => {
  repo = await mkdtemp(join(tmpdir(), "wgbot-new-"));
  await mkdir(join(repo, ".github"));
  await writeFile(join(repo, ".github/wgbot.yml"), "preset: psf\n");
  await mkdir(join(repo, "workgroups/packaging"), { recursive: true });
  await writeFile(
    join(repo, "workgroups/packaging/charter.yml"),
    charterYaml({ slug: "packaging", start: "2026-01-01", chairs: ["alice"] }),
  );
});
afterEach(async () => {
  await rm(repo, { recursive: true, force: true });
});

/** The CLI at 2026-11-21 in the temporary repository, with no GITHUB_ACTOR unless given. */
const run = (argv: string[], env: Record<string, string> = {}, cwd = repo) =>
  runCli(["new", ...argv], { cwd, env });
const written = (month: string) => readFile(join(repo, `workgroups/packaging/reports/${month}.yml`), "utf8");

describe("wgbot new report", () => {
  it("writes last month's report, prefilled, and says what to do next", async () => {
    const result = await run(["report", "packaging"]);
    expect(result).toEqual({
      code: 0,
      stdout:
        "Wrote workgroups/packaging/reports/2026-10.yml: the report for October 2026, due by 2026-11-15.\nFill in the highlights, then open a pull request that adds it.\n",
      stderr: "",
    });
    expect(await written("2026-10")).toMatchInlineSnapshot(`
      "# yaml-language-server: $schema=../../../schemas/report.schema.json
      # Report of the Packaging Work Group for October 2026, due by 2026-11-15.
      # Fill in the highlights; the other sections are optional: remove the "# " (the hash and the space after it) in front of the ones you use.
      workgroup: packaging
      period: "2026-10"
      submitted_by: alice
      highlights:
        # The most important outcomes of the period, a few words each (at least one).
        - 
      # metrics:
      #   # Numbers that show progress.
      #   - name: Pull requests merged
      #     value: 0
      # spending:
      #   # Money spent from the work group's budget (a number, and a currency code if not the base one).
      #   - description: 
      #     amount: 0
      # activities:
      #   # What the work group did, one line each.
      #   - 
      # blockers:
      #   # What slows the work group down.
      #   - 
      # board_asks:
      #   # Decisions or help needed from the board: each one puts this report on the board's agenda.
      #   - 
      # next_steps:
      #   # What the work group plans next.
      #   - 
      "
    `);
  });

  it("is valid once the highlights are filled in, and not before", async () => {
    await run(["report", "packaging", "--month", "2026-09", "--by", "bob"]);
    const path = join(repo, "workgroups/packaging/reports/2026-09.yml");
    const text = await readFile(path, "utf8");
    expect(text).toContain("submitted_by: bob\n");
    const before = await runCli(["validate", "--format", "json"], { cwd: repo });
    expect(before.code).toBe(1);
    expect(before.stdout).toContain("workgroups/packaging/reports/2026-09.yml");
    await writeFile(path, text.replace("  - \n", "  - Released the new packaging guide\n"));
    const after = await runCli(["validate", "--format", "json"], { cwd: repo });
    expect(JSON.parse(after.stdout).problems).toEqual([]);
    expect(after.code).toBe(0);
  });

  it("takes who submits it from GITHUB_ACTOR, and leaves it to fill in when it cannot tell", async () => {
    await run(["report", "packaging", "--month", "2026-08"], { GITHUB_ACTOR: "carol" });
    expect(await written("2026-08")).toContain("submitted_by: carol\n");
    await writeFile(
      join(repo, "workgroups/packaging/charter.yml"),
      charterYaml({ slug: "packaging", start: "2026-01-01", chairs: ["alice", "bob"] }),
    );
    const result = await run(["report", "packaging", "--month", "2026-07"]);
    expect(result.stdout).toContain("Fill in the highlights and `submitted_by` (your GitHub login)");
    expect(await written("2026-07")).toContain(
      "submitted_by: # your GitHub login, without @ (a chair or member of the work group)\n",
    );
  });

  it("never overwrites a report: the second run says so, exits 1 and leaves the file as it was", async () => {
    await run(["report", "packaging"]);
    const path = join(repo, "workgroups/packaging/reports/2026-10.yml");
    await writeFile(path, "my own words\n");
    const again = await run(["report", "packaging"]);
    expect(again).toEqual({
      code: 1,
      stdout: "",
      stderr:
        "wgbot new: workgroups/packaging/reports/2026-10.yml already exists, so nothing was written. Edit it, or give another month with --month YYYY-MM.\n",
    });
    expect(await readFile(path, "utf8")).toBe("my own words\n");
  });

  it("a quarterly group (dsf) gets the last quarter that has ended", async () => {
    await writeFile(join(repo, ".github/wgbot.yml"), "preset: dsf\n");
    await writeFile(
      join(repo, "workgroups/packaging/charter.yml"),
      // dsf reviews charters yearly: a review date within 12 months of the start.
      charterYaml({
        slug: "packaging",
        start: "2026-01-01",
        review: "2026-12-31",
        chairs: ["alice"],
        cadence: "quarterly",
      }),
    );
    const result = await run(["report", "packaging"]);
    expect(result.stdout).toBe(
      "Wrote workgroups/packaging/reports/2026-09.yml: the quarterly report for September 2026, due by 2026-10-15.\nFill in the highlights, then open a pull request that adds it.\n",
    );
    expect(await written("2026-09")).toContain("for the quarter July 2026 to September 2026");
  });

  describe("bad input gets a clear message", () => {
    it("an unknown work group: exit 1, with the closest name", async () => {
      expect(await run(["report", "packagin"])).toEqual({
        code: 1,
        stdout: "",
        stderr:
          "wgbot new: there is no work group 'packagin': workgroups/packagin/charter.yml does not exist. Did you mean 'packaging'?\n",
      });
    });

    it("usage errors exit 2 and say what to type", async () => {
      const cases: [string[], string][] = [
        [["report"], "name the work group: wgbot new report <slug>."],
        [["charter", "x"], "wgbot can start a report, not 'charter'."],
        [
          ["report", "Packaging"],
          "'Packaging' is not a work group slug: lower-case letters, digits and hyphens.",
        ],
        [
          ["report", "packaging", "--month", "October"],
          "--month needs a month as YYYY-MM, e.g. --month 2026-10, not 'October'.",
        ],
        [
          ["report", "packaging", "--by", "@alice"],
          "--by needs a GitHub login without @, e.g. --by alice, not '@alice'.",
        ],
      ];
      for (const [argv, message] of cases) {
        const result = await run(argv);
        expect(result.code, argv.join(" ")).toBe(2);
        expect(result.stderr).toContain(`wgbot new: ${message}\n`);
      }
    });

    it("a month that has not started: exit 1", async () => {
      const result = await run(["report", "packaging", "--month", "2026-12"]);
      expect(result).toMatchObject({
        code: 1,
        stderr: "wgbot new: December 2026 has not started yet, so no report can be filed for it.\n",
      });
    });

    it("a group that may not report for the month (inactive since, or only proposed): exit 1, nothing written", async () => {
      await mkdir(join(repo, "workgroups/education"), { recursive: true });
      await writeFile(
        join(repo, "workgroups/education/charter.yml"),
        charterYaml({
          slug: "education",
          status: "inactive",
          start: "2025-01-01",
          review: "2026-12-31",
          end: "2026-03-31",
        }),
      );
      expect(await run(["report", "education", "--month", "2026-10"])).toEqual({
        code: 1,
        stdout: "",
        stderr:
          "wgbot new: The work group `education` is inactive since March 2026; it cannot file a report for October 2026. Ask the board to revive the work group (set its status back to active) before reporting. Nothing was written.\n",
      });
      await expect(readFile(join(repo, "workgroups/education/reports/2026-10.yml"))).rejects.toThrow();
      // A month while it was still active is its to report.
      expect((await run(["report", "education", "--month", "2026-03"])).code).toBe(0);
    });

    it("outside a governance repository: exit 1", async () => {
      const empty = await mkdtemp(join(tmpdir(), "wgbot-empty-"));
      try {
        const result = await run(["report", "packaging"], {}, empty);
        expect(result.code).toBe(1);
        expect(result.stderr).toContain("is not in a governance repository");
      } finally {
        await rm(empty, { recursive: true, force: true });
      }
    });
  });
});
