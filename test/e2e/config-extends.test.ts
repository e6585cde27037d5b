/**
 * `_extends` in .github/wgbot.yml: one organisation-wide config shared by several repositories, as Probot's config
 * plugin shares settings. The shared file lives in another repository, which the loopback fake GitHub (one
 * repository) answers with a canned contents answer; everything else is the real client against the fake.
 */
import type { Probot } from "probot";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { extendsTarget, gatherConfig } from "../../src/gather/config.ts";
import { ConfigCache } from "../../src/gather/config-cache.ts";
import { createGitHub, type GitHub } from "../../src/github/client.ts";
import { grantBody } from "../support/bodies.ts";
import { FakeGitHub } from "../support/fake-github.ts";
import { issuesEvent, pushEvent } from "../support/payloads.ts";
import { deliver, probotFor } from "../support/probot.ts";
import { SHORT_CLOCK } from "../support/timing.ts";

const repo = { owner: "psf", repo: "governance" };
const SHARED = /^\/repos\/psf\/settings\/contents\/\.github%2Fwgbot\.yml$/;

let fake: FakeGitHub;
let github: GitHub;

beforeEach(async () => {
  fake = await new FakeGitHub().start();
  github = createGitHub({
    token: "t",
    baseUrl: fake.url,
    timing: SHORT_CLOCK,
    throttleId: `extends-${Math.random()}`,
  });
});
afterEach(() => fake.stop());

/** psf/settings holds `text` at `.github/wgbot.yml` (the fake answers for that one path). */
function shared(text: string): void {
  fake.faults = fake.faults.filter((f) => f.path !== SHARED);
  const content = Buffer.from(text).toString("base64");
  fake.faults.push({
    method: "GET",
    path: SHARED,
    status: 200,
    times: 1_000,
    body: { type: "file", encoding: "base64", size: text.length, content, path: ".github/wgbot.yml" },
  });
}

describe("where _extends points", () => {
  it.each([
    ["settings", { repo: { owner: "psf", repo: "settings" }, path: ".github/wgbot.yml" }],
    ["python/settings", { repo: { owner: "python", repo: "settings" }, path: ".github/wgbot.yml" }],
    ["psf/.github:wgbot/shared.yml", { repo: { owner: "psf", repo: ".github" }, path: "wgbot/shared.yml" }],
    ["settings:org.yml", { repo: { owner: "psf", repo: "settings" }, path: "org.yml" }],
  ])("%s", (value, target) => {
    expect(extendsTarget(value, repo)).toEqual(target);
  });
});

describe("a config that extends a shared one", () => {
  it("starts from the shared file; its own values win; objects merge key by key", async () => {
    shared(
      "preset: psf-2026\norganisation: Python Software Foundation\ngrants:\n  board_threshold: 20000\n  minimum_lead_days: 60\n",
    );
    fake.files.set(".github/wgbot.yml", "_extends: settings\ngrants:\n  minimum_lead_days: 50\n");
    const { config, problems } = await gatherConfig(github, repo);
    expect(problems).toEqual([]);
    expect(config.grants.board_threshold).toBe(20000);
    expect(config.grants.minimum_lead_days).toBe(50);
    expect(config).not.toHaveProperty("_extends");
  });

  it("names a shared file that cannot be read, on the _extends line, instead of using the preset silently", async () => {
    fake.files.set(".github/wgbot.yml", "# shared settings\n_extends: psf/missing\n");
    const { problems } = await gatherConfig(github, repo);
    expect(problems).toEqual([
      {
        file: ".github/wgbot.yml",
        line: 2,
        field: "_extends",
        severity: "error",
        code: "config.extends-unreadable",
        message:
          "`_extends: psf/missing` names psf/missing:.github/wgbot.yml, which wgbot cannot read: there is no such file, or wgbot may not read that repository.",
        hint: "Check the repository and the path. The App must be installed on that repository too; the Action's GITHUB_TOKEN reads only its own repository and public ones.",
      },
    ]);
  });

  it("refuses a loop, and a second level", async () => {
    fake.files.set(".github/wgbot.yml", "_extends: settings\n");
    shared("_extends: governance\n");
    expect((await gatherConfig(github, repo)).problems.map((p) => p.message)).toEqual([
      "`_extends` goes round in a loop: psf/settings:.github/wgbot.yml extends this repository's config, which extends psf/settings:.github/wgbot.yml.",
    ]);
    shared("_extends: psf/elsewhere\n");
    expect((await gatherConfig(github, repo)).problems.map((p) => p.message)).toEqual([
      "psf/settings:.github/wgbot.yml, named by `_extends`, extends psf/elsewhere in turn; wgbot follows one level only.",
    ]);
  });

  it("reports the shared file's own mistakes under its name", async () => {
    fake.files.set(".github/wgbot.yml", "_extends: settings\n");
    shared("grants:\n  board_threshold: lots\n");
    const { problems } = await gatherConfig(github, repo);
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatchObject({ file: "psf/settings:.github/wgbot.yml", severity: "error", line: 2 });
  });

  it("checks rules between values on the merged config, not on each file alone", async () => {
    // Alone, this file's minimum (100 days) is over the preset's recommended lead time; with the shared file's
    // recommended 120 days it is not.
    fake.files.set(".github/wgbot.yml", "_extends: settings\ngrants:\n  minimum_lead_days: 100\n");
    shared("grants:\n  recommended_lead_days: 120\n");
    const { config, problems } = await gatherConfig(github, repo);
    expect(problems).toEqual([]);
    expect(config.grants.minimum_lead_days).toBe(100);
  });
});

describe("through the App", () => {
  let probot: Probot;
  beforeEach(async () => {
    probot = await probotFor(fake);
  });

  it("a grant request follows the shared policy, a second delivery writes nothing, and a push to the shared file is seen at once", async () => {
    shared("labels:\n  grants_wg_review: grants/in-review\n");
    fake.files.set(".github/wgbot.yml", "_extends: settings\n");
    const issue = fake.addIssue({
      title: "Grant request",
      body: grantBody(),
      labels: [{ name: "kind/grant" }],
    });
    await deliver(probot, issuesEvent(fake, "opened", issue));
    expect(fake.labelsOn(issue.number).sort()).toEqual(["grants/in-review", "kind/grant"]);
    fake.reset();
    await deliver(probot, issuesEvent(fake, "opened", issue));
    expect(fake.writes).toEqual([]);
    // Remembered: neither file is read again.
    expect(fake.requests.filter((r) => r.path.includes("/contents/"))).toEqual([]);

    // The shared file changes in its own repository: the push there makes the App read both again.
    shared("labels:\n  grants_wg_review: grants/reviewing\n");
    const push = pushEvent(fake, [".github/wgbot.yml"]);
    const sharedRepo = { ...push.payload.repository, name: "settings", full_name: "psf/settings" };
    await deliver(probot, { name: "push", payload: { ...push.payload, repository: sharedRepo } });
    const next = fake.addIssue({
      title: "Grant request",
      body: grantBody(),
      labels: [{ name: "kind/grant" }],
    });
    await deliver(probot, issuesEvent(fake, "opened", next));
    expect(fake.labelsOn(next.number).sort()).toEqual(["grants/reviewing", "kind/grant"]);
  });
});

describe("the App's memory of a config that extends another", () => {
  const loaded = (extended?: { repo: string; path: string }) => ({
    config: {} as never,
    problems: [],
    ...(extended ? { extended } : {}),
  });
  const push = (paths: string[]) => ({ ref: "refs/heads/main", commits: [{ modified: paths }] });

  it("is forgotten by a push that changes the shared file, and kept by one that does not", async () => {
    const cache = new ConfigCache(60_000);
    let reads = 0;
    const read = async () => {
      reads++;
      return loaded({ repo: "psf/settings", path: "org/wgbot.yml" });
    };
    await cache.get("psf/governance", undefined, read);
    cache.onPush("psf/settings", push(["README.md", ".github/wgbot.yml"]));
    await cache.get("psf/governance", undefined, read);
    expect(reads).toBe(1);
    cache.onPush("PSF/Settings", push(["org/wgbot.yml"]));
    await cache.get("psf/governance", undefined, read);
    expect(reads).toBe(2);
  });
});
