/** `wgbot sweep`, in-process through main(argv, io), against the loopback fake GitHub. */
import { createServer } from "node:net";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { grantBody } from "../support/bodies.ts";
import { runCli } from "../support/cli.ts";
import type { FakeGitHub } from "../support/fake-github.ts";
import { charterYaml } from "../support/governance-files.ts";
import { packagingFake } from "../support/sweep.ts";
import { SHORT_CLOCK } from "../support/timing.ts";

const NOW = new Date("2026-11-21T12:00:00Z");
let fake: FakeGitHub;

beforeEach(async () => {
  fake = await packagingFake(NOW, ["2026-06", "2026-07", "2026-08", "2026-09"]);
  fake.files.set(
    "workgroups/education/charter.yml",
    charterYaml({
      slug: "education",
      status: "inactive",
      start: "2025-01-01",
      review: "2026-12-31",
      end: "2026-03-31",
    }),
  );
});
afterEach(async () => {
  await fake.stop();
});

// GitHub's waits (the spacing of writes and GraphQL queries) on a short clock; the requests are production's.
const run = (argv: string[], env: Record<string, string> = { GITHUB_TOKEN: "ghs_test" }) =>
  runCli(argv, { cwd: process.cwd(), now: NOW, env, timing: SHORT_CLOCK });

describe("wgbot sweep", () => {
  it("previews with --dry-run, then writes once, then finds nothing to do", async () => {
    const args = ["sweep", "--repo", "psf/governance", "--api-url", fake.url];
    const dry = await run([...args, "--dry-run"]);
    expect(dry).toMatchObject({ code: 0, stderr: "" });
    expect(dry.stdout).toContain("**Overdue reports**\n- packaging: October 2026");
    expect(dry.stdout).toContain("**Inactive work groups that can be revived**\n- education:");
    expect(dry.stdout).toContain(
      'Would write 1 change for 1 work group (packaging):\n- new issue "Report overdue: Packaging Work Group, October 2026"',
    );
    expect(fake.writes).toEqual([]);

    const real = await run(args);
    expect(real.code).toBe(0);
    expect(real.stdout).toContain("Wrote 1 change for 1 work group (packaging):");
    expect(fake.writes.map((w) => `${w.method} ${w.path}`)).toEqual(["POST /repos/psf/governance/issues"]);

    fake.reset();
    const again = await run(args);
    expect(again.stdout).toContain("Nothing to write: GitHub is up to date.");
    expect(fake.writes).toEqual([]);
  });

  it("names the grant requests it reminds about a passed decision target", async () => {
    const request = fake.addIssue({
      title: "Grant request: PyCon Example 2027",
      body: grantBody({ amount: "12,000 USD", budget: "- Venue: 12,000 USD (essential)" }),
      labels: [{ name: "kind/grant" }, { name: "status/board-review" }, { name: "grant/over-threshold" }],
      created_at: "2026-09-01T10:00:00Z",
    });
    const dry = await run(["sweep", "--repo", "psf/governance", "--api-url", fake.url, "--dry-run"]);
    expect(dry.code).toBe(0);
    expect(dry.stdout).toContain(`for 1 work group (packaging) and 1 grant request (#${request.number}):`);
  });

  it("takes the repository and API from the Action's environment", async () => {
    const result = await run(["sweep", "--dry-run"], {
      GH_TOKEN: "ghs_test",
      GITHUB_REPOSITORY: "psf/governance",
      GITHUB_API_URL: fake.url,
    });
    expect(result.code).toBe(0);
    expect(fake.requests[0]?.path).toBe("/graphql");
  });

  it("refuses to run without a token or with a malformed repository", async () => {
    const noToken = await run(["sweep", "--repo", "psf/governance"], {});
    expect(noToken.code).toBe(2);
    expect(noToken.stderr).toContain(
      "sweep needs a token in the GITHUB_TOKEN (or GH_TOKEN) environment variable.",
    );
    const badRepo = await run(["sweep", "--repo", "not a repo"]);
    expect(badRepo.code).toBe(2);
    expect(badRepo.stderr).toContain("--repo must be owner/name");
    expect(fake.requests).toEqual([]);
  });

  it("says what GitHub answered when the sweep fails", async () => {
    fake.faults.push({
      method: "POST",
      path: /graphql/,
      status: 401,
      times: 1,
      body: { message: "Bad credentials" },
    });
    const result = await run(["sweep", "--repo", "psf/governance", "--api-url", fake.url]);
    expect(result.code).toBe(1);
    expect(result.stderr).toContain("wgbot sweep: GitHub answered 401: Bad credentials");
  });

  it("names a GitHub it cannot reach as a network error, for sweep, status and site alike", async () => {
    // A port that was just free and is closed again: the connection is refused, no answer comes.
    const server = createServer();
    await new Promise<void>((done) => server.listen(0, "127.0.0.1", done));
    const { port } = server.address() as { port: number };
    await new Promise((done) => server.close(done));
    const url = `http://127.0.0.1:${port}`;
    const sweep = await run(["sweep", "--repo", "psf/governance", "--api-url", url]);
    expect(sweep.code).toBe(1);
    expect(sweep.stderr).toMatch(new RegExp(`^wgbot sweep: cannot reach ${url}: .*ECONNREFUSED`));
    for (const command of ["status", "site"]) {
      const { code, stderr } = await run([
        command,
        "examples/psf",
        "--repo",
        "psf/governance",
        "--api-url",
        url,
      ]);
      expect(code).toBe(1);
      expect(stderr).toMatch(new RegExp(`^wgbot ${command}: cannot reach ${url}: .*ECONNREFUSED`));
      expect(stderr).not.toContain("GitHub answered");
    }
  });
});
