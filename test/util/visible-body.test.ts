/** A body wgbot wrote, shown in a log or terminal: people's invisible characters written out, wgbot's mention guard kept. */
import { describe, expect, it } from "vitest";
import { escapeMarkdown } from "../../src/render/escape.ts";
import { visibleBody } from "../../src/util/invisible.ts";

describe("visibleBody", () => {
  it("keeps the joiner wgbot puts after @ and writes out the one a person typed", () => {
    const body = escapeMarkdown("thanks @\u200Dbob and @alice, Py\u200BCon");
    expect(body).toContain("@\u200Dalice");
    expect(visibleBody(body)).toBe("thanks @&lt;U+200D&gt;bob and @\u200Dalice, Py&lt;U+200B&gt;Con");
  });

  it("writes out every other invisible or bidi character, as visible does", () => {
    expect(visibleBody("a\u202Eb\u2066c @\u200Dx")).toBe("a<U+202E>b<U+2066>c @\u200Dx");
  });
});
