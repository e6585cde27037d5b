/** A valid charter as plain data, for rule and message tests that change one field at a time. */
import type { Charter } from "../../src/generated/charter.ts";

export function validCharter(overrides: Partial<Charter> = {}): Charter {
  return {
    slug: "packaging",
    name: "Packaging Work Group",
    status: "active",
    mission_alignment: "Packaging is how Python code reaches its users.",
    purpose: "Coordinate funding and work on packaging.",
    goals: ["Fund packaging improvements"],
    active_time: { start: "2025-01-15", review: "2026-12-15" },
    core_values: ["Openness"],
    governance: "Chairs serve one-year terms; members join by invitation.",
    decision_making: "Lazy consensus on the mailing list; a majority vote otherwise.",
    communication: { plan: "Monthly call; public notes on Discourse." },
    participants: { chairs: ["alice"], members: ["alice", "bob", "carol"] },
    support: { resources: ["A mailing list"] },
    ...overrides,
  };
}
