/**
 * The comment templates' sources (src/gather/comment-templates.ts) against the loopback fake GitHub: wgbot's own
 * from templates/comments/, read once per process, and a repository's own request report, read from the repository
 * each time its config names one (and only then).
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { PRESETS } from "../../src/config/presets.ts";
import { builtInTemplates, gatherTemplates } from "../../src/gather/comment-templates.ts";
import { TEMPLATE_NAMES } from "../../src/render/handlebars.ts";
import { templatesDir } from "../../src/templates-folder.ts";
import { fakeGitHubForFile, REPO } from "../support/client.ts";

const gh = fakeGitHubForFile();

const withOverride = (path: string) => ({ ...PRESETS.psf, templates: { request_report: path } });

describe("builtInTemplates", () => {
  it("holds every template from templates/comments/, read once", () => {
    const templates = builtInTemplates();
    for (const name of TEMPLATE_NAMES)
      expect(templates[name].builtIn).toBe(
        readFileSync(join(templatesDir(), "comments", `${name}.hbs`), "utf8"),
      );
    expect(builtInTemplates()).toBe(templates);
  });
});

describe("gatherTemplates", () => {
  it("reads nothing when the config names no template of the repository's own", async () => {
    expect(await gatherTemplates(gh.github, REPO, PRESETS.psf)).toBe(builtInTemplates());
    expect(gh.fake.requests).toEqual([]);
  });

  it("reads the repository's own request report each time, so an edit shows at once", async () => {
    gh.fake.files.set(".github/wgbot/request-report.hbs", "Thanks, {{author}}!");
    const config = withOverride(".github/wgbot/request-report.hbs");
    const first = await gatherTemplates(gh.github, REPO, config);
    expect(first["request-report"]).toEqual({
      builtIn: builtInTemplates()["request-report"].builtIn,
      override: "Thanks, {{author}}!",
    });
    expect(first.agenda).toBe(builtInTemplates().agenda);
    gh.fake.files.set(".github/wgbot/request-report.hbs", "Thank you, {{author}}.");
    expect((await gatherTemplates(gh.github, REPO, config))["request-report"].override).toBe(
      "Thank you, {{author}}.",
    );
    expect(gh.fake.requests.map((r) => decodeURIComponent(r.path))).toEqual(
      Array(2).fill("/repos/psf/governance/contents/.github/wgbot/request-report.hbs"),
    );
  });

  it("falls back to wgbot's own when the file named is not there", async () => {
    expect(await gatherTemplates(gh.github, REPO, withOverride("missing.hbs"))).toBe(builtInTemplates());
  });
});
