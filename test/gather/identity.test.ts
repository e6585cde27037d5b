/**
 * Who wgbot is (src/gather/identity.ts), learned from the loopback fake GitHub: the token's account from GraphQL's
 * `viewer`, an App's bot from `GET /app`; asked only when first needed, then kept, and a failure is not kept.
 */
import { beforeEach, describe, expect, it } from "vitest";
import { appIdentity, learnOnce, tokenIdentity } from "../../src/gather/identity.ts";
import { fakeGitHubForFile } from "../support/client.ts";

const gh = fakeGitHubForFile();
beforeEach(() => {
  gh.fake.actor = { login: "wgbot[bot]", type: "Bot" };
});

const VIEWER = /^\/graphql$/;

describe("tokenIdentity", () => {
  it("asks nothing until needed, then asks GraphQL's viewer once", async () => {
    gh.fake.actor = { login: "github-actions[bot]", type: "Bot" };
    const self = tokenIdentity(gh.github);
    expect(gh.fake.requests).toEqual([]);
    expect(await Promise.all([self(), self()])).toEqual([
      { login: "github-actions[bot]" },
      { login: "github-actions[bot]" },
    ]);
    expect(await self()).toEqual({ login: "github-actions[bot]" });
    expect(gh.fake.requests.map((r) => [r.method, r.path, (r.body as { query: string }).query])).toEqual([
      ["POST", "/graphql", "query { viewer { login } }"],
    ]);
  });

  it("does not keep a failure: the next event asks again", async () => {
    const self = tokenIdentity(gh.github);
    gh.fake.faults = [{ method: "POST", path: VIEWER, status: 502, times: 1 }];
    await expect(self()).rejects.toMatchObject({ status: 502 });
    expect(await self()).toEqual({ login: "wgbot[bot]" });
    expect(gh.fake.requests).toHaveLength(2);
  });

  it("refuses to guess when GitHub does not say who the token is", async () => {
    gh.fake.faults = [
      { method: "POST", path: VIEWER, status: 200, times: 1, body: { data: { viewer: null } } },
    ];
    await expect(tokenIdentity(gh.github)()).rejects.toThrow(
      "wgbot cannot tell who it is: GitHub did not say which account the token acts as (viewer.login).",
    );
    gh.fake.faults = [
      { method: "POST", path: VIEWER, status: 200, times: 1, body: { data: { viewer: { login: " " } } } },
    ];
    await expect(tokenIdentity(gh.github)()).rejects.toThrow("wgbot cannot tell who it is");
  });
});

describe("appIdentity", () => {
  it("is the App's slug with [bot], from GET /app, asked once", async () => {
    gh.fake.actor = { login: "psf-wgbot[bot]", type: "Bot" };
    const self = appIdentity(() => gh.github.rest.apps.getAuthenticated());
    expect(await self()).toEqual({ login: "psf-wgbot[bot]" });
    expect(await self()).toEqual({ login: "psf-wgbot[bot]" });
    expect(gh.fake.requests.map((r) => `${r.method} ${r.path}`)).toEqual(["GET /app"]);
  });

  it("refuses an answer without a slug", async () => {
    await expect(appIdentity(async () => ({ data: { slug: "" } }))()).rejects.toThrow(
      "wgbot cannot tell who it is: GitHub did not give the App's slug (GET /app).",
    );
    await expect(appIdentity(async () => ({ data: null }))()).rejects.toThrow("wgbot cannot tell who it is");
  });
});

describe("learnOnce", () => {
  it("shares one answer among callers and learns again only after a failure", async () => {
    let calls = 0;
    const self = learnOnce(async () => {
      calls++;
      if (calls === 1) throw new Error("down");
      return { login: `me-${calls}` };
    });
    await expect(self()).rejects.toThrow("down");
    expect(await Promise.all([self(), self()])).toEqual([{ login: "me-2" }, { login: "me-2" }]);
    expect(calls).toBe(2);
  });
});
