import { describe, expect, it } from "vitest";
import { eventStarted } from "../../../../src/decide/rules/grant/event-started.ts";
import { grantPolicy } from "../../../../src/decide/rules/grant.ts";
import { grant, NOW, psf } from "../../fixtures.ts";
import { codes, expectAlone, find } from "./helpers.ts";

describe("event-started", () => {
  it("finds something on its own, with the code and severity it declares", () => {
    expectAlone(eventStarted, grant({}, { start_date: "2026-11-23", end_date: "2026-11-24" }));
  });

  it.each([
    [
      "today",
      "2026-11-23",
      "The event starts today (2026-11-23): grants are decided before an event, not during or after it.",
    ],
    [
      "yesterday",
      "2026-11-22",
      "The event started on 2026-11-22, which has passed: grants are decided before an event, not during or after it.",
    ],
  ])("an event that started %s is an error, not also a late one", (_name, start, message) => {
    const result = grantPolicy(grant({}, { start_date: start, end_date: "2026-11-24" }), {
      config: psf,
      now: NOW,
    });
    expect(codes(result.findings)).toEqual(["error:rule.grant-event-started"]);
    expect(find(result.findings, "rule.grant-event-started").message).toBe(message);
    expect(result.flags.late).toBe(true);
  });
});
