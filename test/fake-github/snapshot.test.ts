/**
 * A state's snapshot (src/fake-github/state.ts): another state restored from it is the same repository, and the two
 * share no record afterwards, so runs started from one snapshot cannot see each other's writes.
 */
import { describe, expect, it } from "vitest";
import { GitHubState } from "../../src/fake-github/state.ts";

describe("snapshot and restore", () => {
  it("copies every record, and the copies are independent", () => {
    const one = new GitHubState();
    one.files.set("README.md", "hello\n");
    one.files.set("bytes.bin", new Uint8Array([0xff, 0x00]));
    const issue = one.addIssue({ title: "Grant request", body: "text", labels: [{ name: "kind/grant" }] });
    one.teams.set("board", new Set(["bea"]));
    const snapshot = one.snapshot();

    const two = new GitHubState();
    two.restore(snapshot);
    expect(two.files).toEqual(one.files);
    expect(two.issues.get(issue.number)).toEqual(issue);
    expect(two.teams.get("board")).toEqual(new Set(["bea"]));
    // The next ids go on from where the snapshot was taken, so both number alike.
    expect(two.newId()).toBe(one.newId());

    two.issues.get(issue.number)?.labels.push({ name: "status/approved" });
    two.files.set("README.md", "changed\n");
    expect(one.issues.get(issue.number)?.labels).toEqual([{ name: "kind/grant" }]);
    expect(one.files.get("README.md")).toBe("hello\n");
    // A second restore from the same snapshot starts again from it.
    const three = new GitHubState();
    three.restore(snapshot);
    expect(three.files.get("README.md")).toBe("hello\n");
  });
});
