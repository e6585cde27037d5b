/**
 * The dashboard in a real browser: the site built from examples/psf (with a git history in which two reports landed
 * late) is opened page by page in headless Chromium. Every page loads without a console error, every internal link
 * leads to a page that exists, the heatmap shows the example's missing and late reports in their cells, axe-core
 * finds no serious or critical accessibility violation, and screenshots at 1280 and 390 pixels wide are written to
 * test-output/site/ for a person to look at.
 */
import { existsSync, mkdirSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join, relative, resolve } from "node:path";
import { pathToFileURL } from "node:url";
import axe from "axe-core";
import { type Browser, chromium, type Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { monthName } from "../../src/util/dates.ts";
import { runCli } from "../support/cli.ts";
import { exampleWithHistory, LATE } from "./example-history.ts";

const CHROMIUM = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";
const SHOTS = resolve("test-output", "site");
const NOW = new Date("2026-11-21T12:00:00Z");

let browser: Browser;
let site: string;
let repo: string;

beforeAll(async () => {
  if (!existsSync(CHROMIUM))
    throw new Error(
      `Chromium is not installed at ${CHROMIUM}: the dashboard's browser tests need it (CI installs it; on Debian or Ubuntu: apt-get install chromium, or set CHROMIUM_PATH).`,
    );
  repo = exampleWithHistory();
  site = join(tmpdir(), `wgbot-site-out-${process.pid}`);
  const run = await runCli(["site", repo, "--out", site], { now: NOW });
  expect(run.stderr).toBe("");
  expect(run.code).toBe(0);
  browser = await chromium.launch({
    executablePath: CHROMIUM,
    args: [
      "--headless",
      "--no-sandbox",
      "--disable-gpu",
      "--disable-quic",
      "--no-first-run",
      "--disable-background-networking",
      "--disable-component-update",
      "--disable-sync",
    ],
  });
  mkdirSync(SHOTS, { recursive: true });
});

afterAll(async () => {
  await browser?.close();
  for (const dir of [site, repo]) if (dir) rmSync(dir, { recursive: true, force: true });
});

/** Opens a page of the site, failing on any console error or uncaught exception. */
async function open(page: Page, path: string, errors: string[]): Promise<void> {
  page.on("console", (message) => {
    if (message.type() === "error") errors.push(`${path}: ${message.text()}`);
  });
  page.on("pageerror", (error) => errors.push(`${path}: ${error.message}`));
  const response = await page.goto(pathToFileURL(join(site, path)).href);
  expect(response?.ok(), path).toBe(true);
}

/** Every page reachable from index.html by internal links, and the links that lead nowhere. */
async function crawl(page: Page): Promise<{ pages: string[]; broken: string[]; errors: string[] }> {
  const queue = ["index.html"];
  const seen = new Set(queue);
  const broken: string[] = [];
  const errors: string[] = [];
  for (let path = queue.shift(); path !== undefined; path = queue.shift()) {
    await open(page, path, errors);
    const hrefs = await page.$$eval("a[href]", (links) => links.map((a) => a.getAttribute("href") ?? ""));
    for (const href of hrefs) {
      if (/^[a-z]+:/i.test(href)) continue; // external (GitHub issues), not part of the site
      const [file = "", fragment] = href.split("#");
      const target = file === "" ? path : relative(site, resolve(site, dirname(path), file));
      if (!existsSync(join(site, target))) {
        broken.push(`${path} → ${href}`);
        continue;
      }
      if (fragment && !readFileSync(join(site, target), "utf8").includes(`id="${fragment}"`))
        broken.push(`${path} → ${href}`);
      if (target.endsWith(".html") && !seen.has(target)) {
        seen.add(target);
        queue.push(target);
      }
    }
  }
  return { pages: [...seen], broken, errors };
}

describe("the dashboard site in Chromium", () => {
  it("every page loads without errors, every internal link resolves, and nothing is serious for axe", async () => {
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    const page = await context.newPage();
    const { pages, broken, errors } = await crawl(page);
    expect(broken).toEqual([]);
    expect(errors).toEqual([]);
    expect(pages.sort()).toEqual([
      "board.html",
      "grants.html",
      "index.html",
      "workgroups/code-of-conduct/index.html",
      "workgroups/diversity-inclusion/index.html",
      "workgroups/education/index.html",
      "workgroups/grants/index.html",
      "workgroups/index.html",
      "workgroups/infrastructure/index.html",
      "workgroups/packaging/index.html",
    ]);
    const violations: string[] = [];
    for (const path of pages) {
      await page.goto(pathToFileURL(join(site, path)).href);
      await page.addScriptTag({ content: axe.source });
      const found = await page.evaluate(async () => {
        // Runs in the page, where axe-core was just injected.
        const inPage = globalThis as unknown as {
          document: unknown;
          axe: {
            run: (
              context: unknown,
              options: unknown,
            ) => Promise<{ violations: { id: string; impact: string; nodes: unknown[] }[] }>;
          };
        };
        const result = await inPage.axe.run(inPage.document, {
          runOnly: { type: "tag", values: ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "best-practice"] },
          resultTypes: ["violations"],
        });
        return result.violations.map((v) => ({ id: v.id, impact: v.impact, nodes: v.nodes.length }));
      });
      for (const v of found)
        if (v.impact === "serious" || v.impact === "critical")
          violations.push(`${path}: ${v.id} (${v.impact}, ${v.nodes} elements)`);
    }
    expect(violations).toEqual([]);
    await context.close();
    // About 5 s on an idle machine; the limit leaves room for a busy CI runner.
  }, 60_000);

  it("the heatmap shows the example's missing and late reports where they are", async () => {
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    const page = await context.newPage();
    await page.goto(pathToFileURL(join(site, "workgroups/index.html")).href);
    // A cell is found by its row's group and its column's month (the header's full name, "July 2026").
    const months = await page.$$eval("table.heatmap thead abbr", (abbrs) =>
      abbrs.map((a) => a.getAttribute("title")),
    );
    const cell = (group: string, month: string) =>
      page
        .locator("table.heatmap tr", { has: page.locator("th", { hasText: group }) })
        .locator("td")
        .nth(months.indexOf(monthName(month)));
    const stateOf = async (group: string, month: string) =>
      ((await cell(group, month).getAttribute("class")) ?? "").replace("s-", "");
    // Diversity and Inclusion filed nothing for September and October 2026: missing, and at risk.
    expect(await stateOf("Diversity and Inclusion", "2026-09")).toBe("missing");
    expect(await stateOf("Diversity and Inclusion", "2026-10")).toBe("missing");
    expect(await stateOf("Diversity and Inclusion", "2026-08")).toBe("filed");
    // The two reports that landed after the 15th of the next month.
    expect(Object.keys(LATE)).toHaveLength(2);
    expect(await stateOf("Packaging", "2026-07")).toBe("late");
    expect(await stateOf("Grants Work Group", "2026-09")).toBe("late");
    expect(await stateOf("Packaging", "2026-08")).toBe("filed");
    // November is not due until 15 December; Education stopped reporting when it became inactive.
    expect(await stateOf("Packaging", "2026-11")).toBe("open");
    expect(await stateOf("Education", "2026-06")).toBe("none");
    // Reports are counted from June 2026 (`reports.since`): the months before, while a group was already reporting,
    // are not tracked here (neither missing nor "no report expected"); a report kept from before then is filed.
    expect(await stateOf("Code of Conduct", "2026-05")).toBe("untracked");
    expect(await stateOf("Code of Conduct", "2026-06")).toBe("filed");
    expect(await stateOf("Packaging", "2026-04")).toBe("untracked");
    expect(await stateOf("Packaging", "2026-05")).toBe("filed");
    // Briefly in each of the list's cells (the legend says why); in full on the group's own page.
    expect(await cell("Code of Conduct", "2026-05").locator(".vh").textContent()).toBe(
      "not tracked here, before June 2026",
    );
    // Not by colour alone: the words are in the cell for screen readers, the symbol for the eye.
    expect(await cell("Packaging", "2026-07").innerText()).toContain("!");
    expect(await cell("Packaging", "2026-07").locator(".vh").textContent()).toBe(
      "filed late, 2026-08-27 (due 2026-08-15)",
    );
    expect(await cell("Diversity and Inclusion", "2026-09").locator(".vh").textContent()).toBe(
      "missing, due 2026-10-15",
    );
    // The list's cells carry no tooltip repeating their words (a hundred rows of them must stay under 200 KB)...
    expect(await page.locator("table.heatmap td[title]").count()).toBe(0);
    // ...a group's own page, of one row, does.
    await page.goto(pathToFileURL(join(site, "workgroups/packaging/index.html")).href);
    expect(await cell("Packaging", "2026-07").getAttribute("title")).toBe(
      "filed late, 2026-08-27 (due 2026-08-15)",
    );
    expect(await cell("Packaging", "2026-04").locator(".vh").textContent()).toBe(
      "not tracked here: reports are counted from June 2026",
    );
    await context.close();
  });

  it("writes screenshots of every page at 1280 and 390 pixels wide", async () => {
    for (const width of [1280, 390]) {
      const context = await browser.newContext({ viewport: { width, height: 900 } });
      const page = await context.newPage();
      for (const path of [
        "index.html",
        "workgroups/index.html",
        "workgroups/packaging/index.html",
        "grants.html",
        "board.html",
      ]) {
        await page.goto(pathToFileURL(join(site, path)).href);
        const file = join(SHOTS, `${path.replace(/[/.]/g, "-")}${width}.png`);
        await page.screenshot({ path: file, fullPage: true });
        expect(existsSync(file)).toBe(true);
      }
      // Nothing wider than the screen at phone width: wide tables scroll inside their own box.
      if (width === 390) {
        await page.goto(pathToFileURL(join(site, "workgroups/index.html")).href);
        const scrollWidth = await page.evaluate(
          () =>
            (globalThis as unknown as { document: { documentElement: { scrollWidth: number } } }).document
              .documentElement.scrollWidth,
        );
        expect(scrollWidth).toBeLessThanOrEqual(390);
      }
      await context.close();
    }
  }, 60_000);
});
