/**
 * The issue forms follow the config (`wgbot init`, `wgbot forms`, and `wgbot validate` saying when they no longer
 * do), and `wgbot config` shows the effective config with each value's source.
 */
import { mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { runCli } from "../support/cli.ts";

let dir: string;
const grantForm = () => readFile(join(dir, ".github/ISSUE_TEMPLATE/grant.yml"), "utf8");
const configPath = () => join(dir, ".github/wgbot.yml");

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), "wgbot-forms-"));
  expect((await runCli(["init"], { cwd: dir })).code).toBe(0);
});

afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe("the issue forms follow the config", () => {
  it("states the starter config's policy in the grant form, and says the issue is public by the email field", async () => {
    const form = await grantForm();
    expect(form).toContain("Grants do not cover swag. Apply at least 6 weeks\n        before the event");
    expect(form).toContain(
      "3 months or more is recommended, especially for requests over\n        10,000 USD",
    );
    expect(form).toContain("the board meets every other month");
    expect(form).toMatch(
      /label: Email\n {6}description: >-\n {8}This issue is public: anyone can read this address\./,
    );
    expect(form).toContain("Currencies wgbot can convert: USD, AUD, BRL, CAD, EUR, GBP, INR, JPY, NGN.");
    expect(form).not.toContain("{{");
  });

  it("warns in validate when the config changed, rewrites with `wgbot forms`, then has nothing to write", async () => {
    const config = await readFile(configPath(), "utf8");
    await writeFile(configPath(), config.replace("minimum_lead_days: 42", "minimum_lead_days: 56"));

    const stale = await runCli(["validate", "--format", "json"], { cwd: dir });
    expect(stale.code).toBe(0); // a warning: the forms still work
    expect(JSON.parse(stale.stdout).problems).toEqual([
      {
        file: ".github/ISSUE_TEMPLATE/grant.yml",
        severity: "warning",
        code: "form.stale",
        message: "The form's text was written for `grants.minimum_lead_days: 42`; the config now says `56`.",
        hint: "Run `wgbot forms` to write the form again from the config.",
        line: 1,
        column: 1,
      },
    ]);

    const first = await runCli(["forms"], { cwd: dir });
    expect(first).toMatchObject({ code: 0, stderr: "" });
    expect(first.stdout).toBe(
      `Issue forms for .github/wgbot.yml in ${dir}:\n  .github/ISSUE_TEMPLATE/charter.yml (up to date)\n  .github/ISSUE_TEMPLATE/grant.yml (written)\n`,
    );
    expect(await grantForm()).toContain("Apply at least 8 weeks");
    const before = await grantForm();
    const second = await runCli(["forms"], { cwd: dir });
    expect(second.stdout).toContain("grant.yml (up to date)");
    expect(await grantForm()).toBe(before);
    expect((await runCli(["validate"], { cwd: dir })).stdout).toContain("no problems");
  });

  it("warns when a form lacks a field the parser reads, or labels it otherwise", async () => {
    const form = await grantForm();
    const edited = form
      .replace(/ {2}- type: input\n {4}id: coc_contact\n(?: {4,}.*\n)+/, "")
      .replace("label: Event name", "label: Name of the event");
    await writeFile(join(dir, ".github/ISSUE_TEMPLATE/grant.yml"), edited);
    const { stdout } = await runCli(["validate", "--format", "json"], { cwd: dir });
    const messages = JSON.parse(stdout).problems.map((p: { message: string }) => p.message);
    expect(messages).toEqual([
      'The field `event_name` is labelled "Name of the event"; wgbot finds its answer under "Event name".',
      'The form has no field `coc_contact` ("Code of Conduct contact"), which wgbot reads.',
    ]);
    await writeFile(join(dir, ".github/ISSUE_TEMPLATE/grant.yml"), form);
  });

  it("refuses to write forms from a config with errors", async () => {
    const config = await readFile(configPath(), "utf8");
    await writeFile(configPath(), `${config}\nreports: { due_day: soon }\n`);
    const run = await runCli(["forms"], { cwd: dir });
    expect(run.code).toBe(1);
    expect(run.stderr).toBe(
      "wgbot forms: .github/wgbot.yml has problems, so no form was written. Run 'wgbot validate' to see them.\n",
    );
    await writeFile(configPath(), config);
  });
});

describe("wgbot config", () => {
  it("prints every effective value with where it comes from", async () => {
    const { code, stdout } = await runCli(["config"], { cwd: dir });
    expect(code).toBe(0);
    expect(stdout).toContain(
      `# The effective config of ${dir}: preset psf with .github/wgbot.yml merged over it.\n`,
    );
    expect(stdout).toMatch(/^preset: psf +# \.github\/wgbot\.yml$/m);
    expect(stdout).toMatch(/^organisation: Example Foundation +# \.github\/wgbot\.yml$/m);
    expect(stdout).toMatch(/^base_currency: USD +# preset psf$/m);
    expect(stdout).toMatch(/^grants:\n {2}board_threshold: 10000 +# \.github\/wgbot\.yml$/m);
    expect(stdout).toMatch(/^ {2}minimum_lead_days: 56 +# \.github\/wgbot\.yml$/m);
    expect(stdout).toMatch(/^ {2}per_attendee_per_day: 15 +# preset psf$/m);
    expect(stdout).toMatch(/^ {2}not_covered: \[ \{ name: swag, keywords: \[ swag, t-shirt/m);
  });

  it("gives the same as JSON, with a source for every value", async () => {
    const { stdout } = await runCli(["config", "--format", "json"], { cwd: dir });
    const { config, sources } = JSON.parse(stdout);
    expect(config.grants.minimum_lead_days).toBe(56);
    expect(sources["grants.minimum_lead_days"]).toBe(".github/wgbot.yml");
    expect(sources["labels.charter"]).toBe("preset psf");
  });

  it("says where a config with another base currency left the preset's rates", async () => {
    const config = await readFile(configPath(), "utf8");
    await writeFile(configPath(), "base_currency: EUR\n");
    const { stdout } = await runCli(["config", "-f", "json"], { cwd: dir });
    expect(JSON.parse(stdout).sources.currency_rates).toBe(".github/wgbot.yml (base_currency)");
    await writeFile(configPath(), config);
  });

  it("is a usage error outside a governance repository", async () => {
    const elsewhere = await mkdtemp(join(tmpdir(), "wgbot-empty-"));
    const run = await runCli(["config"], { cwd: elsewhere });
    expect(run.code).toBe(2);
    expect(run.stderr).toContain("is not a governance repository");
    await rm(elsewhere, { recursive: true });
  });
});
