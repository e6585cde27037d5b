/**
 * commandLine remembers its answers for short first blocks (the router and the flow read one comment's command up
 * to three times): a remembered answer is the answer for that very block, whatever was read in between, and a long
 * block is read as it is, each time.
 */
import { describe, expect, it } from "vitest";
import { commandLine } from "../../src/decide/command-line.ts";

const BODIES: [string, string | undefined][] = [
  ["/recommend approve 500 USD", "/recommend approve 500 USD"],
  ["> /recommend approve 500 USD", undefined],
  ["    /recommend approve 500 USD", undefined],
  ["/recommend approve 500 USD\n===", undefined],
  ["/recommend approve 500 USD\nwith a second line", "/recommend approve 500 USD"],
  ["/recheck", "/recheck"],
  ["- /recheck", undefined],
  [`/board approve ${"a".repeat(2_000)}`, `/board approve ${"a".repeat(2_000)}`],
  [`/board approve ${"a".repeat(2_000)}\n---`, undefined],
];

describe("commandLine, asked again", () => {
  it("answers each block as it did the first time, in any order", () => {
    for (let round = 0; round < 3; round++) {
      const order = round === 1 ? [...BODIES].reverse() : BODIES;
      for (const [body, line] of order) expect(commandLine(body), body.slice(0, 40)).toBe(line);
    }
  });
});
