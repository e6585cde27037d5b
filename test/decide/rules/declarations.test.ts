/**
 * What every rule declares holds: its config keys exist in the published config schema, its label is a label key
 * of the config, and the labels each flow owns are exactly its own plus those its rules set — derived, never listed
 * by hand, so a new labelled rule is owned (and removed again when it no longer applies) without another edit.
 */
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { PRESETS } from "../../../src/config/presets.ts";
import { ownsPullLabel } from "../../../src/decide/report-pr.ts";
import { decideRequest } from "../../../src/decide/request.ts";
import {
  ownedProposalLabels,
  PROPOSAL_FLOW_LABELS,
  PROPOSAL_RULES,
} from "../../../src/decide/rules/charter-proposal/index.ts";
import { GRANT_FLOW_LABELS, GRANT_RULES, ownedGrantLabels } from "../../../src/decide/rules/grant/index.ts";
import { HEALTH_RULES, healthLabels } from "../../../src/decide/rules/health/index.ts";
import { ownedPullLabels, PULL_FLOW_LABELS } from "../../../src/decide/rules/pull-request.ts";
import { SWEEP_GRANT_RULES } from "../../../src/decide/rules/sweep-grant/index.ts";
import { builtInTemplates } from "../../../src/gather/comment-templates.ts";
import { CHARTER_FILE_RULES } from "../../../src/validate/rules/charter/index.ts";
import { REPORT_RULES } from "../../../src/validate/rules/report/index.ts";
import type { Rule } from "../../../src/validate/rules/rule.ts";
import { NOW, psf } from "../fixtures.ts";

interface SchemaNode {
  properties?: Record<string, SchemaNode>;
}

/** Every key of the config schema as a dotted path: "grants", "grants.minimum_lead_days", … */
function schemaKeys(node: SchemaNode, prefix = ""): string[] {
  return Object.entries(node.properties ?? {}).flatMap(([key, child]) => [
    `${prefix}${key}`,
    ...schemaKeys(child, `${prefix}${key}.`),
  ]);
}

const schema = JSON.parse(
  readFileSync(new URL("../../../schemas/config.schema.json", import.meta.url), "utf8"),
);
const KEYS = new Set(schemaKeys(schema));
const FAMILIES: Record<string, readonly Rule<never>[]> = {
  grant: GRANT_RULES,
  "charter proposal": PROPOSAL_RULES,
  "charter file": CHARTER_FILE_RULES,
  report: REPORT_RULES,
  "work-group health": HEALTH_RULES,
};

describe.each(Object.entries(FAMILIES))("the %s rules", (_family, rules) => {
  it.each(rules.map((r) => [r.id, r] as const))("%s declares config keys the schema has", (_id, rule) => {
    for (const key of rule.configKeys) expect(KEYS, `${rule.id} reads ${key}`).toContain(key);
    if (rule.label) expect(KEYS).toContain(`labels.${rule.label}`);
    expect(rule.code).toMatch(/^rule\.[a-z-]+$/);
    expect(["error", "warning", "suggestion", "note"]).toContain(rule.severity);
  });

  it("have unique ids", () => {
    expect(new Set(rules.map((r) => r.id)).size).toBe(rules.length);
  });
});

describe("the sweep's grant rules (they act: no severity)", () => {
  it.each(SWEEP_GRANT_RULES.map((r) => [r.id, r] as const))(
    "%s declares config keys the schema has",
    (_id, rule) => {
      expect(rule.configKeys.length).toBeGreaterThan(0);
      for (const key of rule.configKeys) expect(KEYS, `${rule.id} reads ${key}`).toContain(key);
      if (rule.label) expect(KEYS).toContain(`labels.${rule.label}`);
      expect(rule.code).toMatch(/^[a-z-]+$/);
    },
  );

  it("have unique ids and codes", () => {
    expect(new Set(SWEEP_GRANT_RULES.map((r) => r.id)).size).toBe(SWEEP_GRANT_RULES.length);
    expect(new Set(SWEEP_GRANT_RULES.map((r) => r.code)).size).toBe(SWEEP_GRANT_RULES.length);
  });
});

it("the walk sees the schema's nested keys (it is not vacuous)", () => {
  expect(KEYS).toContain("grants.minimum_lead_days");
  expect(KEYS).toContain("workgroups.min_members");
  expect(KEYS).not.toContain("grants.minimum_lead_day");
});

it("the report rules read no config: reportRules has none to give them", () => {
  for (const rule of REPORT_RULES) expect(rule.configKeys, rule.id).toEqual([]);
});

const union = (flow: readonly string[], rules: readonly Rule<never>[]) =>
  new Set([...flow, ...rules.flatMap((r) => (r.label ? [r.label] : []))].map((k) => psf.labels[k as "late"]));

describe("owned labels", () => {
  it("grant requests: the flow's labels plus those the grant rules set", () => {
    expect(ownedGrantLabels(psf)).toEqual(union(GRANT_FLOW_LABELS, GRANT_RULES));
    // Today's set, as the issue's labels are pinned by the e2e tests and the fault matrix.
    expect([...ownedGrantLabels(psf)].sort()).toEqual(
      [
        "grant/fast-track",
        "grant/late",
        "grant/not-covered",
        "grant/over-threshold",
        "grant/short-notice",
        "kind/grant",
        "status/grants-wg-review",
        "status/needs-info",
      ].sort(),
    );
  });

  it("at-risk issues: the labels the health rules set, and no other", () => {
    expect(healthLabels(psf)).toEqual(union([], HEALTH_RULES));
    expect([...healthLabels(psf)]).toEqual(["status/at-risk"]);
  });

  it("charter proposals: the flow's labels plus those the proposal rules set (none)", () => {
    expect(ownedProposalLabels(psf)).toEqual(union(PROPOSAL_FLOW_LABELS, PROPOSAL_RULES));
    expect([...ownedProposalLabels(psf)].sort()).toEqual([
      "kind/charter",
      "status/board-review",
      "status/needs-info",
    ]);
  });

  it("pull requests: the flow's labels plus those the charter file and report rules set (none), and wg/ labels", () => {
    expect(ownedPullLabels(psf)).toEqual(union(PULL_FLOW_LABELS, [...CHARTER_FILE_RULES, ...REPORT_RULES]));
    const owns = ownsPullLabel(psf);
    for (const label of ["kind/report", "kind/charter", "status/board-review", "wg/packaging"]) {
      expect(owns(label), label).toBe(true);
    }
    expect(owns("status/needs-info")).toBe(false);
  });

  it("the request plans own exactly the derived sets", () => {
    const plan = (kind: "grant" | "charter") =>
      decideRequest({
        kind,
        issue: { number: 1, title: "t", body: "", author: "ada", labels: [] },
        owner: "psf",
        config: PRESETS.psf,
        now: NOW,
        existingSlugs: new Set(),
        templates: builtInTemplates(),
      });
    const labels = Object.values(psf.labels);
    const grant = plan("grant");
    expect(new Set(labels.filter(grant.ownsLabel))).toEqual(ownedGrantLabels(psf));
    const charter = plan("charter");
    expect(new Set(labels.filter(charter.ownsLabel))).toEqual(ownedProposalLabels(psf));
  });
});
