/** The dashboard's job in the workflow `wgbot init` writes: Pages with the official actions and the least permissions. */
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { parse } from "yaml";
import { ROOT } from "../support/cli.ts";

const workflow = parse(readFileSync(`${ROOT}/templates/init/dot-github/workflows/wgbot.yml`, "utf8"));
const site = workflow.jobs.site;

describe("the site job of the workflow template", () => {
  it("runs after the sweep and on pushes to the default branch only", () => {
    expect(workflow.on.push.paths).toContain("workgroups/**");
    expect(site.needs).toBe("wgbot");
    expect(site.if).toContain("github.event_name == 'schedule'");
    expect(site.if).toContain("github.ref_name == github.event.repository.default_branch");
    // always(): the dashboard is rebuilt even when the sweep job was skipped or failed.
    expect(site.if).toMatch(/^\$\{\{ always\(\) && /);
  });

  it("has only the permissions Pages needs, on this job alone", () => {
    expect(site.permissions).toEqual({
      contents: "read",
      issues: "read",
      pages: "write",
      "id-token": "write",
    });
    expect(workflow.permissions.pages).toBeUndefined();
    expect(workflow.permissions["id-token"]).toBeUndefined();
  });

  it("builds the site from the full history and deploys it with the official Pages actions", () => {
    const uses = site.steps.map((s: { uses?: string }) => s.uses).filter(Boolean);
    expect(uses).toEqual([
      "actions/checkout@v4",
      "actions/checkout@v4",
      "actions/configure-pages@v5",
      "actions/upload-pages-artifact@v3",
      "actions/deploy-pages@v4",
    ]);
    expect(site.steps[0].with["fetch-depth"]).toBe(0);
    const build = site.steps.find((s: { run?: string }) => s.run)?.run as string;
    expect(build).toMatch(/wgbot\.js site \. --out "\$RUNNER_TEMP\/site"/);
    expect(
      site.steps.find((s: { uses?: string }) => s.uses === "actions/upload-pages-artifact@v3").with.path,
      // biome-ignore lint/suspicious/noTemplateCurlyInString: a workflow expression, not a JavaScript template
    ).toBe("${{ runner.temp }}/site");
    expect(site.environment.name).toBe("github-pages");
  });
});
