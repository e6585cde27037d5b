/**
 * The words of `wgbot validate` for the mistakes newcomers make first: each is said once, exactly, with the fix.
 */
import { cp, mkdtemp, readFile, rename, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ROOT, runCli } from "../support/cli.ts";

interface JsonProblem {
  file: string;
  line?: number;
  code: string;
  message: string;
  hint?: string;
}

let repo: string;
let problems: JsonProblem[];
const inFile = (file: string) => problems.filter((p) => p.file === `workgroups/${file}`);

async function edit(file: string, from: string, to: string): Promise<void> {
  const path = join(repo, "workgroups", file);
  const text = await readFile(path, "utf8");
  if (!text.includes(from)) throw new Error(`${file} no longer contains ${JSON.stringify(from)}`);
  await writeFile(path, text.replace(from, to));
}

beforeAll(async () => {
  repo = join(await mkdtemp(join(tmpdir(), "wgbot-wording-")), "psf");
  await cp(join(ROOT, "examples", "psf"), repo, { recursive: true });
  await edit("packaging/charter.yml", "  review: 2027-02-28", "  review: 2027-02-30");
  await edit("education/charter.yml", "\n  chairs:", "\n\tchairs:");
  await edit("grants/reports/2026-10.yml", "submitted_by: ifeoma-eze-py", 'submitted_by: "@ifeoma-eze-py"');
  await edit(
    "infrastructure/reports/2026-10.yml",
    "submitted_by: linh-tran-ops",
    "submitted_by: @linh-tran-ops",
  );
  await edit(
    "code-of-conduct/charter.yml",
    "    - abena-quist\n  members:",
    "    - abena-quist\n    - marguerite-hom\n  members:",
  );
  await rename(
    join(repo, "workgroups/diversity-inclusion/reports/2026-08.yml"),
    join(repo, "workgroups/diversity-inclusion/reports/2026-08.yaml"),
  );
  const run = await runCli(["validate", "--format", "json", repo], { env: {} });
  problems = JSON.parse(run.stdout).problems;
});

afterAll(async () => {
  await rm(join(repo, ".."), { recursive: true, force: true });
});

describe("wgbot validate's words", () => {
  it("calls an impossible date not a real date, not a format mistake", () => {
    expect(inFile("packaging/charter.yml").map((p) => p.message)).toEqual([
      "`active_time.review` is `2027-02-30`, not a real date: February 2027 has 28 days.",
    ]);
  });

  it("reports a tab used for indentation once, with no invented second error", () => {
    expect(inFile("education/charter.yml").map((p) => [p.code, p.message])).toEqual([
      ["yaml.tab-as-indent", "A tab is used for indentation."],
    ]);
  });

  it("gives one hint for an @login, quoted or not", () => {
    const quoted = inFile("grants/reports/2026-10.yml");
    const bare = inFile("infrastructure/reports/2026-10.yml");
    expect(quoted.map((p) => p.hint)).toEqual(["Write the GitHub login without the @: `ifeoma-eze-py`."]);
    expect(bare.map((p) => p.hint)).toEqual(["Write the GitHub login without the @: `linh-tran-ops`."]);
  });

  it("tells a report named .yaml to be named .yml", () => {
    expect(inFile("diversity-inclusion/reports/2026-08.yaml")).toMatchObject([
      {
        message: "The report file is named `2026-08.yaml`; wgbot reads reports named `.yml`.",
        hint: "Rename it to reports/2026-08.yml.",
      },
    ]);
  });

  it("asks whether a chair who is not a member is a member's login mistyped", () => {
    const [chair] = inFile("code-of-conduct/charter.yml");
    expect(chair?.code).toBe("rule.chair-not-member");
    expect(chair?.hint).toBe(
      "Did you mean the member `marguerite-holm`? Otherwise add `marguerite-hom` to the members: every chair is also a member.",
    );
  });
});
