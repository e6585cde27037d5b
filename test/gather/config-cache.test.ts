/** The App's memory of configs (src/gather/config-cache.ts), on a clock the test moves. */
import { describe, expect, it } from "vitest";
import { PRESETS } from "../../src/config/presets.ts";
import { ConfigCache } from "../../src/gather/config-cache.ts";

function setup(maxAgeMs = 1_000) {
  let now = 0;
  const cache = new ConfigCache(maxAgeMs, () => now);
  let reads = 0;
  const read = async () => {
    reads++;
    return { config: { ...PRESETS.psf, paths: { ...PRESETS.psf.paths } }, problems: [] };
  };
  return {
    cache,
    read,
    get reads() {
      return reads;
    },
    tick: (ms: number) => {
      now += ms;
    },
  };
}

const touching = {
  ref: "refs/heads/main",
  commits: [{ added: [], modified: [".github/wgbot.yml"], removed: [] }],
};
const elsewhere = { ref: "refs/heads/main", commits: [{ added: ["README.md"], modified: [], removed: [] }] };

describe("ConfigCache", () => {
  it("reads once per repository and ref until the config is older than its age limit", async () => {
    const t = setup();
    const first = await t.cache.get("psf/governance", undefined, t.read);
    expect(await t.cache.get("psf/governance", undefined, t.read)).toBe(first);
    await t.cache.get("psf/other", undefined, t.read);
    await t.cache.get("psf/governance", "main", t.read);
    expect(t.reads).toBe(3);
    t.tick(999);
    await t.cache.get("psf/governance", undefined, t.read);
    expect(t.reads).toBe(3);
    t.tick(1);
    expect(await t.cache.get("psf/governance", undefined, t.read)).not.toBe(first);
    expect(t.reads).toBe(4);
  });

  it("lets concurrent events share one read", async () => {
    const t = setup();
    const all = await Promise.all(Array.from({ length: 5 }, () => t.cache.get("psf/g", undefined, t.read)));
    expect(t.reads).toBe(1);
    expect(new Set(all).size).toBe(1);
  });

  it("forgets a repository's config when a push changes the file, or may have", async () => {
    const t = setup(60_000);
    await t.cache.get("psf/g", undefined, t.read);
    await t.cache.get("psf/g", "main", t.read);
    await t.cache.get("psf/h", undefined, t.read);
    t.cache.onPush("psf/g", elsewhere);
    await t.cache.get("psf/g", undefined, t.read);
    expect(t.reads).toBe(3);

    t.cache.onPush("psf/g", touching);
    await t.cache.get("psf/g", undefined, t.read);
    await t.cache.get("psf/g", "main", t.read);
    await t.cache.get("psf/h", undefined, t.read);
    expect(t.reads).toBe(5);

    // A force push, a push without commits listed (a new branch), or one with more commits than GitHub lists.
    const many = Array.from({ length: 20 }, () => ({ added: ["x"] }));
    for (const push of [{ forced: true, commits: elsewhere.commits }, { commits: [] }, { commits: many }]) {
      t.cache.onPush("psf/g", push);
      await t.cache.get("psf/g", undefined, t.read);
    }
    expect(t.reads).toBe(8);

    t.cache.onPush("psf/g", { ref: "refs/tags/v1", commits: [] });
    await t.cache.get("psf/g", undefined, t.read);
    expect(t.reads).toBe(8);
  });

  it("does not keep a read that started before a push that changed the file", async () => {
    const t = setup(60_000);
    let finish: () => void = () => {};
    const slow = async () => {
      await new Promise<void>((done) => {
        finish = done;
      });
      return t.read();
    };
    const pending = t.cache.get("psf/g", undefined, slow);
    t.tick(10);
    t.cache.onPush("psf/g", touching);
    finish();
    await pending;
    await t.cache.get("psf/g", undefined, t.read);
    expect(t.reads).toBe(2);
  });

  it("keeps no failed read", async () => {
    const t = setup();
    const failing = async () => {
      throw Object.assign(new Error("Server Error"), { status: 502 });
    };
    await expect(t.cache.get("psf/g", undefined, failing)).rejects.toThrow("Server Error");
    await t.cache.get("psf/g", undefined, t.read);
    expect(t.reads).toBe(1);
  });

  it("hands out a config no flow can change", async () => {
    const t = setup();
    const { config } = await t.cache.get("psf/g", undefined, t.read);
    expect(() => {
      (config.paths as { workgroups: string }).workgroups = "elsewhere";
    }).toThrow(TypeError);
  });

  it("remembers at most 1,000 repositories, forgetting the oldest first", async () => {
    const t = setup(60_000);
    for (let i = 0; i <= 1_000; i++) await t.cache.get(`psf/r${i}`, undefined, t.read);
    expect(t.reads).toBe(1_001);
    await t.cache.get("psf/r1000", undefined, t.read);
    expect(t.reads).toBe(1_001);
    await t.cache.get("psf/r0", undefined, t.read);
    expect(t.reads).toBe(1_002);
  });
});
