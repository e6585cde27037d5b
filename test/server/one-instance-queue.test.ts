/**
 * One instance without Redis: two deliveries about the same issue, arriving together, run one after the other
 * (a promise chain per item), so the second reads what the first wrote and writes nothing. Without the queue both
 * would create the sticky comment and the settling round would delete one of them.
 */
import { createHmac } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { grantBody } from "../support/bodies.ts";
import { issuesEvent } from "../support/payloads.ts";
import { type Harness, SECRET, startHarness } from "./harness.ts";

let delivery = 0;
function post(h: Harness, event: { name: string; payload: unknown }): Promise<number> {
  const body = JSON.stringify(event.payload);
  return fetch(`${h.running.url}/api/github/webhooks`, {
    method: "POST",
    headers: {
      "content-type": "application/json",
      "x-github-event": event.name,
      "x-github-delivery": `queue-${++delivery}`,
      "x-hub-signature-256": `sha256=${createHmac("sha256", SECRET).update(body).digest("hex")}`,
    },
    body,
  }).then((r) => r.status);
}

describe("one server, two deliveries about one issue at once", () => {
  let h: Harness;
  beforeAll(async () => {
    h = await startHarness();
  }, 30_000);
  afterAll(() => h?.stop());

  it("the first writes, the second waits and writes nothing; both again: nothing", async () => {
    const day = (n: number) => new Date(Date.now() + n * 86_400_000).toISOString().slice(0, 10);
    const issue = h.fake.addIssue({
      title: "Grant request",
      body: grantBody({ start_date: day(150), end_date: day(152) }),
      labels: [{ name: "kind/grant" }],
    });
    const both = () =>
      Promise.all([
        post(h, issuesEvent(h.fake, "opened", issue)),
        post(h, issuesEvent(h.fake, "edited", issue)),
      ]);
    expect(await both()).toEqual([200, 200]);
    expect(h.fake.writeLog.map((w) => `${w.method} ${w.path}`)).toEqual([
      `POST /repos/psf/governance/issues/${issue.number}/labels`,
      `POST /repos/psf/governance/issues/${issue.number}/comments`,
    ]);
    h.fake.reset();
    expect(await both()).toEqual([200, 200]);
    expect(h.fake.writeLog).toEqual([]);
  });
});
