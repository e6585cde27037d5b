/** The linear-time check itself: it passes linear work and catches quadratic work. */
import { describe, expect, it } from "vitest";
import { growthRatio, LINEAR_RATIO } from "./growth.ts";

describe("growthRatio", () => {
  it("finds a linear scan linear", () => {
    const ratio = growthRatio((n) => {
      const text = "ab".repeat(n);
      return () => {
        let count = 0;
        for (let i = 0; i < text.length; i++) if (text.charCodeAt(i) === 97) count++;
        return count;
      };
    }, 400_000);
    expect(ratio).toBeLessThan(LINEAR_RATIO);
  });

  it("catches a quadratic one", () => {
    const ratio = growthRatio((n) => {
      const text = "a".repeat(n);
      return () => {
        let count = 0;
        for (let i = 0; i < text.length; i++)
          for (let j = i; j < text.length; j++) count += text.charCodeAt(j) & 1;
        return count;
      };
    }, 4_000);
    expect(ratio).toBeGreaterThan(LINEAR_RATIO);
  });

  it("catches a regular expression that backtracks quadratically", () => {
    const ratio = growthRatio((n) => {
      const text = `${" ".repeat(n)}x`;
      return () => /\s+$/.test(text);
    }, 8_000);
    expect(ratio).toBeGreaterThan(LINEAR_RATIO);
  });
});
