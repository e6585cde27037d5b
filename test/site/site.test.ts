/**
 * `wgbot site` without a browser: what it writes, that running it again gives the same files and writes nothing to
 * GitHub, that values from issues and files are HTML-escaped, and a repository's own templates (with the fallback
 * when one is broken).
 */
import { cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { grantBody } from "../support/bodies.ts";
import { ROOT, runCli } from "../support/cli.ts";
import { FakeGitHub } from "../support/fake-github.ts";
import { SHORT_CLOCK } from "../support/timing.ts";

const NOW = new Date("2026-11-21T12:00:00Z");
let dir: string;
let fake: FakeGitHub;

beforeEach(async () => {
  dir = mkdtempSync(join(tmpdir(), "wgbot-site-test-"));
  fake = await new FakeGitHub().start();
  fake.setTime(NOW);
});
afterEach(async () => {
  await fake.stop();
  rmSync(dir, { recursive: true, force: true });
});

function files(root: string): Record<string, string> {
  const out: Record<string, string> = {};
  const walk = (sub: string) => {
    for (const e of readdirSync(join(root, sub), { withFileTypes: true })) {
      const path = sub ? `${sub}/${e.name}` : e.name;
      if (e.isDirectory()) walk(path);
      else out[path] = readFileSync(join(root, path), "utf8");
    }
  };
  walk("");
  return out;
}

describe("wgbot site", () => {
  it("writes the same pages when run twice, reading issues without writing anything, and escapes what they say", async () => {
    fake.addIssue({
      number: 7,
      title: 'Grant request: <script>alert("x")</script> & friends',
      body: grantBody(),
      labels: [{ name: "kind/grant" }, { name: "status/grants-wg-review" }],
      created_at: "2026-11-01T10:00:00Z",
    });
    const out = join(dir, "site");
    const argv = ["site", "examples/psf", "--out", out, "--repo", "psf/governance", "--api-url", fake.url];
    const io = {
      now: NOW,
      env: { GITHUB_TOKEN: "ghs_test", GITHUB_SERVER_URL: "https://github.example" },
      timing: SHORT_CLOCK,
    };
    const first = await runCli(argv, io);
    expect(first.stderr).toBe("");
    expect(first.code).toBe(0);
    expect(first.stdout).toContain(`Wrote 10 pages to ${out}; open ${join(out, "index.html")}`);
    const before = files(out);
    fake.reset();
    const second = await runCli(argv, io);
    expect(second.code).toBe(0);
    expect(fake.writes).toEqual([]);
    expect(files(out)).toEqual(before);

    // The overview says once from when reports are counted (`reports.since` in the example's config).
    const counted = "Reports are counted from June 2026, when this repository began keeping them";
    expect((before["index.html"] as string).split(counted)).toHaveLength(2);

    const grants = before["grants.html"] as string;
    expect(grants).toContain(
      "Grant request: &lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; friends",
    );
    expect(grants).not.toContain("<script");
    expect(grants).toContain('<a href="https://github.example/psf/governance/issues/7">#7</a>');
    for (const [path, html] of Object.entries(before))
      if (path.endsWith(".html")) expect(html, path).not.toMatch(/<script|javascript:/i);
  });

  it("uses the repository's own templates, and the built-in one where its own fails", async () => {
    const repo = join(dir, "repo");
    cpSync(join(ROOT, "examples", "psf"), repo, { recursive: true });
    const config = readFileSync(join(repo, ".github/wgbot.yml"), "utf8");
    writeFileSync(join(repo, ".github/wgbot.yml"), `${config}\ntemplates:\n  site: .github/wgbot/site\n`);
    mkdirSync(join(repo, ".github/wgbot/site"), { recursive: true });
    writeFileSync(
      join(repo, ".github/wgbot/site/board.hbs"),
      "<p>Our board meets {{#each meetings}}{{date}} {{/each}}</p>\n",
    );
    const out = join(dir, "site");
    const run = await runCli(["site", repo, "--out", out], { now: NOW });
    expect(run.code).toBe(0);
    expect(run.stderr).toBe("");
    expect(readFileSync(join(out, "board.html"), "utf8")).toContain(
      "<p>Our board meets 2027-01-13 2027-03-10 2027-05-12 </p>",
    );

    writeFileSync(join(repo, ".github/wgbot/site/board.hbs"), "{{#each meetings}}never closed\n");
    const broken = await runCli(["site", repo, "--out", out], { now: NOW });
    expect(broken.code).toBe(0);
    expect(broken.stderr).toMatch(
      /^wgbot site: The repository's site templates do not compile, so the built-in ones are used: /,
    );
    expect(readFileSync(join(out, "board.html"), "utf8")).toContain('<h2 id="meetings">Coming meetings</h2>');
  });

  it("says clearly when the folder is not a governance repository", async () => {
    const run = await runCli(["site", "no/such/folder", "--out", join(dir, "x")], { now: NOW });
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(
      /no\/such\/folder is not a directory\. Give the folder of a governance repository\.\n$/,
    );
  });
});
