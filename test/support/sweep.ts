/** One sweep, as the Action runs it on a `schedule` event, through handleEvent against the fake GitHub. */

import { tokenIdentity } from "../../src/gather/identity.ts";
import { WgbotOctokit } from "../../src/github/client.ts";
import { handleEvent } from "../../src/router/handle-event.ts";
import { FakeGitHub } from "./fake-github.ts";
import { CONFIG, charterYaml, reportYaml } from "./governance-files.ts";

export async function sweepOn(fake: FakeGitHub, now: Date, dryRun = false) {
  fake.reset();
  const github = new WgbotOctokit({
    auth: "t",
    baseUrl: fake.url,
    throttle: { enabled: false },
    retry: { enabled: false },
  });
  return handleEvent(
    { name: "schedule", payload: { schedule: "17 6 * * *" } },
    {
      github,
      repo: { owner: "psf", repo: "governance" },
      now,
      dryRun,
      log: { info() {}, warn() {} },
      self: tokenIdentity(github),
    },
  );
}

/**
 * A started fake at `now` holding the config and the packaging work group (chartered 2026-06-01) with a report
 * for each of `months`.
 */
export async function packagingFake(now: Date, months: readonly string[]): Promise<FakeGitHub> {
  const fake = await new FakeGitHub().start();
  fake.setTime(now);
  fake.files.set(".github/wgbot.yml", CONFIG); // psf calendar: the second Wednesday of every other month
  fake.files.set("workgroups/packaging/charter.yml", charterYaml({ slug: "packaging", start: "2026-06-01" }));
  for (const month of months)
    fake.files.set(
      `workgroups/packaging/reports/${month}.yml`,
      reportYaml({ workgroup: "packaging", period: month }),
    );
  return fake;
}
