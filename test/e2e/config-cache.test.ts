/**
 * The App reads a repository's config once, not once per event, and reads it again as soon as a push changes it
 * (src/gather/config-cache.ts). Webhooks go through the real Probot app; GitHub is faked at the HTTP level.
 */
import type { Probot } from "probot";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { grantBody } from "../support/bodies.ts";
import { FakeGitHub } from "../support/fake-github.ts";
import { issuesEvent, pushEvent } from "../support/payloads.ts";
import { deliver, NOW, probotFor } from "../support/probot.ts";

const CONFIG = "preset: psf\nteams: { board: board, grants_wg: grants-wg }\n";
const CONFIG_READ = "GET /repos/psf/governance/contents/.github%2Fwgbot.yml";

let fake: FakeGitHub;
let probot: Probot;

beforeEach(async () => {
  fake = await new FakeGitHub().start();
  fake.files.set(".github/wgbot.yml", CONFIG);
  probot = await probotFor(fake);
});
afterEach(async () => {
  await fake.stop();
});

const configReads = () => fake.requests.filter((r) => `${r.method} ${r.path}` === CONFIG_READ).length;

function openGrant() {
  return fake.addIssue({ title: "Grant request", body: grantBody(), labels: [{ name: "kind/grant" }] });
}

describe("the config, remembered between events", () => {
  it("is read once for many events, and again after a push that changes it", async () => {
    for (let i = 0; i < 3; i++) await deliver(probot, issuesEvent(fake, "opened", openGrant()));
    expect(configReads()).toBe(1);
    expect(fake.labelsOn(1)).toContain("status/grants-wg-review");

    // A push elsewhere changes nothing.
    await deliver(probot, pushEvent(fake, ["README.md"]));
    await deliver(probot, issuesEvent(fake, "opened", openGrant()));
    expect(configReads()).toBe(1);

    // The Grants WG's review label is renamed: the next request gets the new name.
    fake.files.set(".github/wgbot.yml", `${CONFIG}labels: { grants_wg_review: "grants/in-review" }\n`);
    await deliver(probot, pushEvent(fake, [".github/wgbot.yml"]));
    const issue = openGrant();
    await deliver(probot, issuesEvent(fake, "opened", issue));
    expect(configReads()).toBe(2);
    expect(fake.labelsOn(issue.number).sort()).toEqual(["grants/in-review", "kind/grant"]);
  });

  it("is read again once it is older than the age limit, even without a push", async () => {
    probot = await probotFor(fake, NOW, { configMaxAgeMs: 50 });
    await deliver(probot, issuesEvent(fake, "opened", openGrant()));
    await new Promise((done) => setTimeout(done, 60));
    await deliver(probot, issuesEvent(fake, "opened", openGrant()));
    expect(configReads()).toBe(2);
  });
});
