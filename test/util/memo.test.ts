/** The bounded memory of pure computations (src/util/memo.ts): computed once per key, least recently used forgotten. */
import { describe, expect, it } from "vitest";
import { Memo } from "../../src/util/memo.ts";

describe("Memo", () => {
  it("computes a key's value once and answers the same value after", () => {
    const memo = new Memo<{ n: number }>(10);
    let calls = 0;
    const first = memo.get("a", () => ({ n: ++calls }));
    expect(memo.get("a", () => ({ n: ++calls }))).toBe(first);
    expect(calls).toBe(1);
  });

  it("keeps at most `max` values, forgetting the least recently used first", () => {
    const memo = new Memo<string>(2);
    const computed: string[] = [];
    const get = (key: string) =>
      memo.get(key, () => {
        computed.push(key);
        return key.toUpperCase();
      });
    get("a");
    get("b");
    get("a"); // a is now the most recent
    get("c"); // forgets b
    expect(memo.size).toBe(2);
    get("a");
    get("b");
    expect(computed).toEqual(["a", "b", "c", "b"]);
  });

  it("keeps a falsy value as a value", () => {
    const memo = new Memo<number | undefined>(2);
    let calls = 0;
    const compute = () => {
      calls++;
      return undefined;
    };
    memo.get("zero", compute);
    memo.get("zero", compute);
    expect(calls).toBe(1);
  });
});
