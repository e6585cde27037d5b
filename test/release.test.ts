/**
 * The release process, checked where it can be without GitHub: release-please's files agree with package.json, the
 * release workflow checks dist/ and moves the major tag, and the major tag is the one the workflow template and the
 * README name in `uses:`.
 */
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { parse } from "yaml";
import { ROOT } from "./support/cli.ts";

const read = (path: string) => readFileSync(join(ROOT, path), "utf8");
const pkg = JSON.parse(read("package.json")) as { name: string; version: string };
const major = `v${pkg.version.split(".")[0]}`;

interface Step {
  uses?: string;
  run?: string;
  with?: Record<string, string>;
}
const workflow = parse(read(".github/workflows/release.yml")) as {
  on: { push: { branches: string[] } };
  jobs: Record<string, { needs?: string; if?: string; steps: Step[] }>;
};
const steps = Object.values(workflow.jobs).flatMap((job) => job.steps);

describe("release-please", () => {
  it("keeps the version in its manifest, the same as package.json's", () => {
    expect(JSON.parse(read(".release-please-manifest.json"))).toEqual({ ".": pkg.version });
  });

  it("releases the root package as a node package, tagged vX.Y.Z, with CHANGELOG.md", () => {
    const config = JSON.parse(read("release-please-config.json")) as Record<string, unknown>;
    expect(config).toMatchObject({
      "release-type": "node",
      "include-component-in-tag": false,
      packages: { ".": { "package-name": pkg.name, "changelog-path": "CHANGELOG.md" } },
    });
    expect(config["include-v-in-tag"]).not.toBe(false);
    expect(read("CHANGELOG.md")).toContain(`## ${pkg.version}`);
  });

  it("runs on every push to main, from its own files", () => {
    expect(workflow.on.push.branches).toEqual(["main"]);
    const action = steps.find((s) => s.uses?.startsWith("googleapis/release-please-action@"));
    expect(action?.with).toEqual({
      "config-file": "release-please-config.json",
      "manifest-file": ".release-please-manifest.json",
    });
    expect(existsSync(join(ROOT, action?.with?.["config-file"] as string))).toBe(true);
  });
});

describe("the release job", () => {
  const job = workflow.jobs.release;

  it("runs only when release-please made a release, after it", () => {
    expect(job?.needs).toBe("release-please");
    expect(job?.if).toContain("release_created == 'true'");
  });

  it("fails unless the committed dist/ is what the sources build", () => {
    expect(job?.steps.map((s) => s.run)).toContain("npm run check:clean");
  });

  it("moves the major tag to the release", () => {
    const move = job?.steps.find((s) => s.run?.includes("git tag --force"))?.run ?? "";
    expect(move).toContain('git tag --force "$MAJOR" "$TAG"');
    expect(move).toContain('git push --force origin "refs/tags/$MAJOR"');
  });

  it("the release pull request gets dist/ rebuilt for its new version", () => {
    const rebuild = workflow.jobs["dist-for-release-pr"];
    expect(rebuild?.if).toContain("prs_created == 'true'");
    expect(rebuild?.steps.map((s) => s.run)).toContain("npm run gen && npm run build");
  });
});

describe("the major tag", () => {
  it(`is what the workflow template and the README use (${major})`, () => {
    const template = read("templates/init/dot-github/workflows/wgbot.yml");
    const uses = [...template.matchAll(/uses:\s*wgbot\/wgbot@(\S+)/g)].map((m) => m[1]);
    expect(uses).toEqual([major]);
    for (const m of read("README.md").matchAll(/wgbot\/wgbot@(v[\w.]+)/g)) expect(m[1]).toBe(major);
  });
});

describe("package.json engines", () => {
  // npm ci warns (EBADENGINE) when an installed package needs a newer Node than this project says it runs on: every
  // package in the lockfile must accept the lowest Node of each range this project declares.
  it("is met by every package in the lockfile", async () => {
    const semver = (await import("semver")).default;
    const lock = JSON.parse(read("package-lock.json")) as {
      packages: Record<string, { engines?: { node?: string } | string[]; version?: string }>;
    };
    const ours = JSON.parse(read("package.json")).engines.node as string;
    const lowest = ours.split("||").map((range) => semver.minVersion(range.trim())?.version as string);
    expect(lowest).toEqual(["20.19.0", "22.13.0"]);
    const refusing = Object.entries(lock.packages).flatMap(([path, entry]) => {
      const node = Array.isArray(entry.engines) ? undefined : entry.engines?.node;
      if (!path || !node) return [];
      return lowest
        .filter((v) => !semver.satisfies(v, node))
        .map((v) => `${path}@${entry.version} needs ${node}, not ${v}`);
    });
    expect(refusing).toEqual([]);
  });
});
