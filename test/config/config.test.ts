import { describe, expect, it } from "vitest";
import { configRules, loadConfig, resolveConfig } from "../../src/config/load.ts";
import { PRESETS } from "../../src/config/presets.ts";
import type { Config, ConfigFile } from "../../src/config/types.ts";
import { CONFIG_PATH } from "../../src/repo/paths.ts";
import { validator } from "../../src/schema/registry.ts";

const psf = PRESETS.psf;
const psf2026 = PRESETS["psf-2026"];
const snapshot = (value: unknown) => JSON.parse(JSON.stringify(value)) as unknown;

describe("presets", () => {
  it("psf carries the rules PSF board members have described", () => {
    expect(psf.preset).toBe("psf");
    expect(psf.base_currency).toBe("USD");
    expect(psf.grants.board_threshold).toBe(10000);
    expect(psf.grants.minimum_lead_days).toBe(42); // 6 weeks
    expect(psf.grants.recommended_lead_days).toBe(90); // 3 months
    expect(psf.grants.per_attendee_per_day).toBe(15);
    expect(psf.grants.not_covered.map((k) => k.name)).toEqual(["swag"]);
    expect(psf.grants.caps).toEqual({});
    expect(psf.grants.fast_track_max).toBe(0);
    expect(psf.board.every_months).toBe(2);
    expect(psf.reports.missed_for_at_risk).toBe(2);
    expect(psf.workgroups.at_risk_min_members).toBe(2);
    expect(psf.labels.board_review).toBe("status/board-review");
  });

  it("psf-2026 adds the 2026 Grants WG charter's caps, fast track, exclusions and contact", () => {
    expect(psf2026.preset).toBe("psf-2026");
    expect(psf2026.grants.caps).toEqual({ conference: 8000, workshop: 1500 });
    expect(psf2026.grants.fast_track_max).toBe(2500);
    expect(psf2026.grants.require_code_of_conduct_contact).toBe(true);
    expect(psf2026.grants.not_covered.map((k) => k.name)).toEqual([
      "swag",
      "prizes",
      "personal travel",
      "hackathons",
    ]);
    // Everything else is psf's.
    expect(psf2026.grants.board_threshold).toBe(psf.grants.board_threshold);
    expect(psf2026.labels).toEqual(psf.labels);
    expect(psf2026.board).toEqual(psf.board);
  });

  it("every preset is valid against the config schema and passes the config rules", () => {
    for (const preset of Object.values(PRESETS)) {
      const validate = validator("config");
      expect(validate(preset), JSON.stringify(validate.errors)).toBe(true);
      expect(configRules(preset)).toEqual([]);
    }
  });
});

describe("resolveConfig", () => {
  it("uses psf when no preset is named", () => {
    expect(resolveConfig({})).toEqual(psf);
  });

  it("merges objects key by key", () => {
    const config = resolveConfig({ grants: { board_threshold: 5000 }, labels: { approved: "ok" } });
    expect(config.grants.board_threshold).toBe(5000);
    expect(config.grants.minimum_lead_days).toBe(psf.grants.minimum_lead_days);
    expect(config.grants.not_covered).toEqual(psf.grants.not_covered);
    expect(config.labels.approved).toBe("ok");
    expect(config.labels.declined).toBe(psf.labels.declined);
    expect(config.teams).toEqual(psf.teams);
  });

  it("merges nested objects too", () => {
    const config = resolveConfig({ preset: "psf-2026", grants: { caps: { sprint: 900 } } });
    expect(config.grants.caps).toEqual({ conference: 8000, workshop: 1500, sprint: 900 });
    const rates = resolveConfig({ currency_rates: { EUR: 1.1, CHF: 1.12 } }).currency_rates;
    expect(rates).toEqual({ ...psf.currency_rates, EUR: 1.1, CHF: 1.12 });
  });

  it("replaces lists instead of merging them", () => {
    const onlyPrizes = [{ name: "prizes", keywords: ["prize"] }];
    const config = resolveConfig({ preset: "psf-2026", grants: { not_covered: onlyPrizes } });
    expect(config.grants.not_covered).toEqual(onlyPrizes);
    expect(resolveConfig({ grants: { not_covered: [] } }).grants.not_covered).toEqual([]);
    const dates = resolveConfig({ board: { meeting_dates: ["2027-01-13"] } }).board;
    expect(dates.meeting_dates).toEqual(["2027-01-13"]);
    expect(dates.every_months).toBe(2);
  });

  it("does not carry the preset's rates over to another base currency", () => {
    const eur = resolveConfig({ base_currency: "EUR" });
    expect(eur.currency_rates).toEqual({});
    expect(configRules(eur)).toEqual([]);
    expect(resolveConfig({ base_currency: "EUR", currency_rates: { USD: 0.92 } }).currency_rates).toEqual({
      USD: 0.92,
    });
    expect(resolveConfig({ base_currency: "USD" }).currency_rates).toEqual(psf.currency_rates);
  });

  it("replaces plain values, including false and 0", () => {
    const config = resolveConfig({
      teams: { mention_grants_wg: false },
      grants: { per_attendee_per_day: 0, require_code_of_conduct: false },
    });
    expect(config.teams.mention_grants_wg).toBe(false);
    expect(config.grants.per_attendee_per_day).toBe(0);
    expect(config.grants.require_code_of_conduct).toBe(false);
  });

  it("starts from the named preset and keeps its own values under overrides", () => {
    const config = resolveConfig({ preset: "psf-2026", grants: { fast_track_max: 1000 } });
    expect(config.preset).toBe("psf-2026");
    expect(config.grants.fast_track_max).toBe(1000);
    expect(config.grants.caps).toEqual(psf2026.grants.caps);
    expect(config.grants.require_code_of_conduct_contact).toBe(true);
  });

  it("never changes the presets", () => {
    const before = snapshot(PRESETS);
    const file: ConfigFile = {
      preset: "psf-2026",
      grants: { caps: { meetup: 1 }, board_threshold: 1 },
      labels: { approved: "x" },
      currency_rates: { EUR: 2 },
    };
    resolveConfig(file);
    resolveConfig({ grants: { caps: { conference: 1 } } });
    expect(snapshot(PRESETS)).toEqual(before);
  });
});

describe("configRules", () => {
  const withGrants = (grants: Partial<Config["grants"]>): Config => ({
    ...psf,
    grants: { ...psf.grants, ...grants },
  });

  it("needs the recommended lead time to be at least the minimum", () => {
    expect(configRules(withGrants({ minimum_lead_days: 90, recommended_lead_days: 90 }))).toEqual([]);
    expect(configRules(withGrants({ minimum_lead_days: 90, recommended_lead_days: 42 }))).toEqual([
      expect.objectContaining({
        code: "config.lead-days",
        field: "grants.recommended_lead_days",
        message: "`grants.recommended_lead_days` (42) is less than `grants.minimum_lead_days` (90).",
      }),
    ]);
  });

  it("refuses two labels with one name, naming both", () => {
    const config: Config = { ...psf, labels: { ...psf.labels, declined: "status/approved" } };
    expect(configRules(config)).toEqual([
      expect.objectContaining({
        code: "config.label-clash",
        field: "labels.declined",
        message: "`labels.declined` and `labels.approved` are both `status/approved`.",
      }),
    ]);
  });

  it("lets the work group prefix look like a label", () => {
    const config: Config = { ...psf, labels: { ...psf.labels, workgroup_prefix: "kind/charter" } };
    expect(configRules(config)).toEqual([]);
  });

  it("needs the base currency's rate, if given, to be 1", () => {
    expect(configRules({ ...psf, currency_rates: { ...psf.currency_rates, USD: 1 } })).toEqual([]);
    expect(configRules({ ...psf, base_currency: "EUR", currency_rates: { EUR: 1.08 } })).toEqual([
      expect.objectContaining({ code: "config.base-rate", field: "currency_rates.EUR" }),
    ]);
  });

  it("keeps the work groups folder inside the repository", () => {
    for (const folder of ["..", "../etc", "a/../../b", ".", "./workgroups", "governance/.."]) {
      expect(configRules({ ...psf, paths: { ...psf.paths, workgroups: folder } }), folder).toEqual([
        expect.objectContaining({ code: "config.workgroups-path", field: "paths.workgroups" }),
      ]);
    }
    for (const folder of ["workgroups", "governance/wgs", ".wgbot", "wg..old"]) {
      expect(configRules({ ...psf, paths: { ...psf.paths, workgroups: folder } }), folder).toEqual([]);
    }
  });
});

describe("loadConfig", () => {
  it("uses psf without a config file", () => {
    expect(loadConfig(undefined)).toEqual({ config: psf, problems: [] });
  });

  it("resolves a valid file, from text or bytes", () => {
    const text = "preset: psf-2026\ngrants:\n  board_threshold: 5000\n";
    for (const input of [text, new TextEncoder().encode(text)]) {
      const { config, problems } = loadConfig(input);
      expect(problems).toEqual([]);
      expect(config.preset).toBe("psf-2026");
      expect(config.grants.board_threshold).toBe(5000);
      expect(config.grants.caps).toEqual(psf2026.grants.caps);
    }
  });

  it("falls back on psf when the file has schema problems, and says where they are", () => {
    const { config, problems } = loadConfig("preset: psf-2026\ngrants:\n  board_threshold: lots\n");
    expect(config).toBe(psf);
    expect(problems).toEqual([
      expect.objectContaining({
        file: CONFIG_PATH,
        code: "schema.type",
        field: "grants.board_threshold",
        line: 3,
        column: 20,
      }),
    ]);
  });

  it("falls back on psf when the file breaks a config rule, placing the problem on the key", () => {
    const text = "labels:\n  approved: done\n  declined: done\n";
    const { config, problems } = loadConfig(text, "custom.yml");
    expect(config).toBe(psf);
    expect(problems).toEqual([
      expect.objectContaining({ file: "custom.yml", code: "config.label-clash", line: 3, column: 3 }),
    ]);
  });

  it("never hands out a workgroups folder outside the repository", () => {
    const { config, problems } = loadConfig("paths:\n  workgroups: ../../etc\n");
    expect(config.paths.workgroups).toBe("workgroups");
    expect(problems.map((p) => [p.code, p.line])).toEqual([["config.workgroups-path", 2]]);
  });

  it("refuses a label name that could not be named in a hidden marker, instead of failing later", () => {
    const { config, problems } = loadConfig('labels:\n  approved: "<3 approved"\n');
    expect(config).toBe(psf);
    expect(problems.map((p) => [p.code, p.field, p.line])).toEqual([
      ["schema.pattern", "labels.approved", 2],
    ]);
  });

  it("accepts an empty mapping and refuses an empty file", () => {
    expect(loadConfig("{}\n")).toEqual({ config: psf, problems: [] });
    expect(loadConfig("").problems.map((p) => p.code)).toEqual(["yaml.empty"]);
    expect(loadConfig("# nothing yet\n").problems.map((p) => p.code)).toEqual(["yaml.empty"]);
  });

  it("refuses what the YAML loader refuses, with psf in the meantime", () => {
    const { config, problems } = loadConfig("grants: {}\ngrants: {}\n");
    expect(config).toBe(psf);
    expect(problems.map((p) => p.code)).toEqual(["yaml.duplicate-key"]);
  });
});
