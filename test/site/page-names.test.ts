/**
 * Every page of the dashboard has a path of its own, whatever the work groups are called: a group slugged `index`
 * or `page-2` once overwrote the heatmap's pages (`workgroups/index.html`, `workgroups/page-2.html`). Slugs are
 * lower-case letters, digits and hyphens, so any of those names is a valid slug. Every internal link of the sites
 * built here leads to a page that exists.
 */
import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join, relative, resolve } from "node:path";
import fc from "fast-check";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { buildSite, builtInSiteTemplates } from "../../src/site/build.ts";
import { sitePages } from "../../src/site/views.ts";
import { ROOT, runCli } from "../support/cli.ts";
import { exampleFoundation, withGroups } from "./many-groups.ts";

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), "wgbot-site-names-"));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

/** Every `.html` file under `root`, by path from it. */
function htmlFiles(root: string, sub = ""): string[] {
  return readdirSync(join(root, sub), { withFileTypes: true }).flatMap((e) => {
    const path = sub ? `${sub}/${e.name}` : e.name;
    return e.isDirectory() ? htmlFiles(root, path) : path.endsWith(".html") ? [path] : [];
  });
}

/** Internal links (`href` without a scheme) that lead to no file, as `page → href`. */
function brokenLinks(root: string): string[] {
  const broken: string[] = [];
  for (const page of htmlFiles(root))
    for (const [, href = ""] of readFileSync(join(root, page), "utf8").matchAll(/href="([^"]*)"/g)) {
      if (/^[a-z]+:/i.test(href)) continue;
      const file = href.split("#")[0] ?? "";
      const target = file === "" ? page : relative(root, resolve(root, dirname(page), file));
      if (!existsSync(join(root, target))) broken.push(`${page} → ${href}`);
    }
  return broken;
}

const title = (html: string) => /<h1>(.*?)<\/h1>/.exec(html)?.[1];

/** A copy of the Packaging Work Group under another slug and name. */
function addGroup(repo: string, slug: string, name: string): void {
  const folder = join(repo, "workgroups", slug);
  cpSync(join(repo, "workgroups", "packaging"), folder, { recursive: true });
  const charter = join(folder, "charter.yml");
  writeFileSync(
    charter,
    readFileSync(charter, "utf8")
      .replace("slug: packaging", `slug: ${slug}`)
      .replace("name: Packaging Work Group", `name: ${name}`),
  );
  for (const report of readdirSync(join(folder, "reports"))) {
    const path = join(folder, "reports", report);
    writeFileSync(path, readFileSync(path, "utf8").replace("workgroup: packaging", `workgroup: ${slug}`));
  }
}

describe("page names", () => {
  it("a work group slugged `index` and one slugged `page-2` each get a page, and the heatmap stays", async () => {
    const repo = join(dir, "repo");
    cpSync(join(ROOT, "examples", "psf"), repo, { recursive: true });
    addGroup(repo, "index", "Index Work Group");
    addGroup(repo, "page-2", "Second Page Work Group");
    const out = join(dir, "site");
    const run = await runCli(["site", repo, "--out", out]);
    expect(run.stderr).toBe("");
    expect(run.code).toBe(0);
    // The overview, the heatmap, 8 work groups, grants and board: nothing written over anything else.
    expect(run.stdout).toContain("Wrote 12 pages");
    expect(htmlFiles(out)).toHaveLength(12);

    const heatmap = readFileSync(join(out, "workgroups/index.html"), "utf8");
    expect(title(heatmap)).toBe("Work groups");
    expect(heatmap.match(/<th scope="row">/g)).toHaveLength(8);
    expect(heatmap).toContain('<a href="index/index.html">Index Work Group</a>');
    expect(heatmap).toContain('<a href="page-2/index.html">Second Page Work Group</a>');
    expect(title(readFileSync(join(out, "workgroups/index/index.html"), "utf8"))).toBe("Index Work Group");
    expect(title(readFileSync(join(out, "workgroups/page-2/index.html"), "utf8"))).toBe(
      "Second Page Work Group",
    );
    expect(title(readFileSync(join(out, "workgroups/packaging/index.html"), "utf8"))).toBe(
      "Packaging Work Group",
    );
    expect(brokenLinks(out)).toEqual([]);
  });

  it("with three heatmap pages, groups slugged `index`, `page-2` and `page-3` do not take their places", async () => {
    const names = ["index", "page-2", "page-3", "page-4", "workgroups"];
    const slugs = [...names, ...Array.from({ length: 245 }, (_, i) => `group-${String(i).padStart(3, "0")}`)];
    const f = withGroups(await exampleFoundation(), { slugs });
    const out = join(dir, "site");
    const { pages } = buildSite(f, out, { templates: builtInSiteTemplates() });
    const html = pages.filter((p) => p.path.endsWith(".html"));
    // The overview, 3 heatmap pages of 100, 250 work groups, grants and board, each written once.
    expect(html).toHaveLength(1 + 3 + 250 + 2);
    expect(new Set(html.map((p) => p.path)).size).toBe(html.length);
    expect(htmlFiles(out)).toHaveLength(html.length);
    for (const [path, heading] of [
      ["workgroups/index.html", "Work groups (page 1 of 3)"],
      ["workgroups/page-2.html", "Work groups (page 2 of 3)"],
      ["workgroups/page-3.html", "Work groups (page 3 of 3)"],
      ["workgroups/index/index.html", "index work group"],
      ["workgroups/page-2/index.html", "page 2 work group"],
      ["workgroups/page-3/index.html", "page 3 work group"],
    ])
      expect(title(readFileSync(join(out, path as string), "utf8")), path).toBe(heading);
    const second = readFileSync(join(out, "workgroups/page-2.html"), "utf8");
    expect(second).toContain('<a href="page-3.html">Page 3</a>');
    expect(second).toContain('<a href="group-095/index.html">group 095 work group</a>');
    expect(brokenLinks(out)).toEqual([]);
  });

  it("no two pages share a path, for any valid slugs", async () => {
    const base = await exampleFoundation();
    const slug = fc.oneof(
      fc.constantFrom("index", "page-2", "page-3", "page-10", "grants", "board", "workgroups", "style"),
      fc.stringMatching(/^[a-z0-9](?:[a-z0-9-]{0,48}[a-z0-9])?$/),
    );
    fc.assert(
      fc.property(fc.uniqueArray(slug, { maxLength: 320, size: "max" }), (slugs) => {
        const paths = sitePages(withGroups(base, { slugs })).map((p) => p.path);
        expect(new Set([...paths, "style.css"]).size).toBe(paths.length + 1);
      }),
      { numRuns: 60 },
    );
  });
});
