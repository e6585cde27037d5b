/**
 * The dashboard's and `wgbot status`'s item reads (src/gather/foundation.ts) against the loopback fake GitHub: three
 * lists whatever the repository's size (open items, and closed ones the board approved or declined), each item once.
 */
import { afterAll, beforeAll, expect, it } from "vitest";
import { PRESETS } from "../../src/config/presets.ts";
import { gatherFoundationItems } from "../../src/gather/foundation.ts";
import { clientFor, REPO } from "../support/client.ts";
import { FakeGitHub } from "../support/fake-github.ts";

let fake: FakeGitHub;

beforeAll(async () => {
  fake = await new FakeGitHub().start();
});
afterAll(() => fake.stop());

it("lists the open items and the closed approved or declined ones, in three requests, each item once", async () => {
  const { approved, declined } = PRESETS.psf.labels;
  const open = fake.addIssue({ title: "Open request", body: "", labels: [{ name: approved }] });
  const yes = fake.addIssue({ title: "Approved", body: "", state: "closed", labels: [{ name: approved }] });
  const no = fake.addIssue({ title: "Declined", body: "", state: "closed", labels: [{ name: declined }] });
  // Both labels (relabelled by hand): still one item.
  const both = fake.addIssue({
    title: "Both",
    body: "",
    state: "closed",
    labels: [{ name: approved }, { name: declined }],
  });
  fake.addIssue({ title: "Closed, undecided", body: "", state: "closed" });
  const items = await gatherFoundationItems(clientFor(fake), REPO, PRESETS.psf);
  expect(items.map((i) => [i.number, i.state])).toEqual([
    [open.number, "open"],
    [yes.number, "closed"],
    [both.number, "closed"],
    [no.number, "closed"],
  ]);
  expect(fake.requests.map((r) => [r.query.state, r.query.labels])).toEqual([
    ["open", undefined],
    ["closed", approved],
    ["closed", declined],
  ]);
});
