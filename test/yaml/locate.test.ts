import { describe, expect, it } from "vitest";
import { loadYaml, type ParsedYaml } from "../../src/yaml/load.ts";
import { formatPath, locate, parsePointer } from "../../src/yaml/locate.ts";

const TEXT = [
  "slug: packaging", // 1
  "participants:", // 2
  "  chairs: [alice]", // 3
  "  members:", // 4
  "    - alice", // 5
  "    - bob", // 6
  "active_time:", // 7
  "  start: 2025-01-15", // 8
  "  review:", // 9
  "1: numeric key", // 10
  "empty_list: []", // 11
].join("\n");

function parsed(text = TEXT): ParsedYaml {
  const result = loadYaml("f.yml", text);
  if (!result.ok) throw new Error(JSON.stringify(result.problems));
  return result;
}

function at(path: (string | number)[], text = TEXT) {
  const p = parsed(text);
  return locate(p.doc, p.lineCounter, path);
}

describe("locate", () => {
  it("finds a top-level value and its key", () => {
    expect(at(["slug"])).toEqual({
      value: { line: 1, column: 7, endLine: 1, endColumn: 16 },
      key: { line: 1, column: 1, endLine: 1, endColumn: 5 },
      exact: true,
    });
  });

  it("finds items of block and flow lists by index", () => {
    const bob = at(["participants", "members", 1]);
    expect(bob.exact).toBe(true);
    expect(bob.value).toMatchObject({ line: 6, column: 7 });
    // An item has no key of its own: its key position is its own.
    expect(bob.key).toEqual(bob.value);
    expect(at(["participants", "chairs", 0]).value).toMatchObject({ line: 3, column: 12 });
  });

  it("points at the key when the value is missing (`key:` with nothing after it)", () => {
    const review = at(["active_time", "review"]);
    expect(review.exact).toBe(true);
    expect(review.value).toMatchObject({ line: 9, column: 3 });
    expect(review.key).toMatchObject({ line: 9, column: 3 });
    expect(at(["active_time", "review", "deeper"]).exact).toBe(false);
    // An explicit `~` is a value of its own.
    expect(at(["a"], "a: ~\n").value).toMatchObject({ line: 1, column: 4 });
  });

  it("finds keys written as numbers by their text", () => {
    expect(at(["1"]).key).toMatchObject({ line: 10, column: 1 });
    expect(at([1]).exact).toBe(true);
  });

  it("stops at the deepest node found when the path goes further than the file", () => {
    const missing = at(["active_time", "end"]);
    expect(missing.exact).toBe(false);
    expect(missing.value).toMatchObject({ line: 8, column: 3 }); // the active_time mapping
    expect(missing.key).toMatchObject({ line: 7, column: 1 });
    const pastEnd = at(["participants", "members", 5]);
    expect(pastEnd.exact).toBe(false);
    expect(pastEnd.value).toMatchObject({ line: 5, column: 5 });
    expect(at(["empty_list", 0]).exact).toBe(false);
    expect(at(["slug", "deeper"]).exact).toBe(false);
    expect(at(["participants", "members", "name"]).exact).toBe(false);
  });

  it("points at the whole document for the empty path", () => {
    expect(at([])).toEqual({
      value: expect.objectContaining({ line: 1, column: 1 }),
      key: expect.objectContaining({ line: 1, column: 1 }),
      exact: true,
    });
  });

  it("finds nodes in a document that is a list", () => {
    expect(at([1, "name"], "- name: a\n- name: b\n").value).toMatchObject({ line: 2, column: 9 });
  });

  it("counts columns after a byte order mark and CRLF line endings like an editor does", () => {
    const text = "\uFEFFa: 1\r\nb:\r\n  c: 2\r\n";
    expect(at(["b", "c"], text).value).toMatchObject({ line: 3, column: 6 });
  });
});

describe("parsePointer", () => {
  it("splits a JSON pointer into keys and indexes", () => {
    expect(parsePointer("")).toEqual([]);
    expect(parsePointer("/participants/members/2")).toEqual(["participants", "members", 2]);
    expect(parsePointer("/support/budget/0/amount")).toEqual(["support", "budget", 0, "amount"]);
  });

  it("unescapes ~1 and ~0, in that order", () => {
    expect(parsePointer("/a~1b/c~0d/~01")).toEqual(["a/b", "c~d", "~1"]);
  });

  it("keeps keys that only look like indexes as text", () => {
    expect(parsePointer("/01/-1/1.5/10")).toEqual(["01", "-1", "1.5", 10]);
    expect(parsePointer("/")).toEqual([""]);
  });
});

describe("formatPath", () => {
  it("writes paths the way people read them", () => {
    expect(formatPath([])).toBe("");
    expect(formatPath(["slug"])).toBe("slug");
    expect(formatPath(["participants", "members", 2])).toBe("participants.members[2]");
    expect(formatPath(["support", "budget", 0, "amount"])).toBe("support.budget[0].amount");
    expect(formatPath([0, "name"])).toBe("[0].name");
  });
});
