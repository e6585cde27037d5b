/** A real Probot instance with the wgbot app loaded, authenticating as an App against the fake GitHub. */
import { Probot } from "probot";
import { type AppOptions, createApp } from "../../src/app.ts";
import { wgbotProbotOctokit } from "../../src/github/probot-octokit.ts";
import type { FakeGitHub } from "./fake-github.ts";
import { testPrivateKey } from "./keys.ts";

const privateKey = testPrivateKey();

export const NOW = new Date("2026-11-21T12:00:00Z");

export async function probotFor(
  fake: FakeGitHub,
  now = NOW,
  options: Omit<AppOptions, "now"> = {},
): Promise<Probot> {
  const probot = new Probot({
    appId: 1,
    privateKey,
    baseUrl: fake.url,
    logLevel: "fatal",
    Octokit: wgbotProbotOctokit({ throttle: false }),
  });
  await probot.load(createApp({ now: () => now, ...options }));
  return probot;
}

let deliveries = 0;
export async function deliver(probot: Probot, event: { name: string; payload: unknown }): Promise<void> {
  deliveries++;
  await probot.receive({ id: `delivery-${deliveries}`, name: event.name, payload: event.payload } as never);
}
