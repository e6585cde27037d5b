/**
 * Item locks in one process (src/router/item-locks.ts): the item an event is about, and a promise chain per item
 * that runs one run at a time, in arrival order. handleEvent's use of them is in handle-event.test.ts; the locks
 * through Redis, across instances, are in test/server/redis-locks.test.ts.
 */
import { describe, expect, it } from "vitest";
import { itemKey, localItemLocks } from "../../src/router/item-locks.ts";

/** A promise and the function that settles it, to hold a run open until the test lets it go. */
function gate(): { open: () => void; opened: Promise<void> } {
  let open = () => {};
  const opened = new Promise<void>((resolve) => {
    open = resolve;
  });
  return { open, opened };
}

describe("the item an event is about", () => {
  const repository = { name: "Governance", owner: { login: "PSF" } };
  it("is the repository and the issue or pull request number, in lower case", () => {
    expect(itemKey({ name: "issues", payload: { repository, issue: { number: 7 } as never } })).toBe(
      "psf/governance#7",
    );
    expect(itemKey({ name: "pull_request", payload: { repository, pull_request: { number: 9 } } })).toBe(
      "psf/governance#9",
    );
  });
  it("is none for an event about no single item", () => {
    expect(itemKey({ name: "push", payload: { repository } })).toBeUndefined();
    expect(itemKey({ name: "schedule", payload: {} })).toBeUndefined();
  });
});

describe("in one process", () => {
  it("runs on one item wait for each other, in arrival order; other items do not wait", async () => {
    const locks = localItemLocks();
    const order: string[] = [];
    const first = gate();
    const a = locks.run("x#1", async () => {
      order.push("a starts");
      await first.opened;
      order.push("a ends");
    });
    const b = locks.run("x#1", async () => {
      order.push("b runs");
    });
    await locks.run("x#2", async () => {
      order.push("other item runs");
    });
    expect(order).toEqual(["a starts", "other item runs"]);
    first.open();
    await Promise.all([a, b]);
    expect(order).toEqual(["a starts", "other item runs", "a ends", "b runs"]);
  });

  it("a failed run does not stop the next, and the caller sees its own error", async () => {
    const locks = localItemLocks();
    const failed = locks.run("x#1", async () => {
      throw new Error("boom");
    });
    const next = locks.run("x#1", async () => "done");
    await expect(failed).rejects.toThrow("boom");
    await expect(next).resolves.toBe("done");
  });
});
