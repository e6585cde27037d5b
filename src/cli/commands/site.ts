/**
 * `wgbot site [dir] --out <folder>`: the foundation's dashboard as a static site — plain HTML and CSS with inline SVG
 * charts, no script, no server — ready for GitHub Pages or any web server, or to open from disk.
 */
import { resolve } from "node:path";
import { buildSite, siteTemplates } from "../../site/build.ts";
import { plural } from "../../util/text.ts";
import { parse } from "../args.ts";
import { defineCommand } from "../command.ts";
import { EXIT } from "../io.ts";
import { readFoundation } from "../read-foundation.ts";
import { REMOTE_OPTIONS, remoteOf } from "../remote.ts";

export const siteCommand = defineCommand(
  {
    name: "site",
    args: "[dir]",
    maxPositionals: 1,
    summary: "Build the foundation's dashboard: a static site of HTML pages, for GitHub Pages.",
    details: [
      "Reads the governance repository in [dir] (default: here) and writes the pages to --out. With",
      "--repo and a token in GITHUB_TOKEN, open requests and board agendas are read from GitHub too.",
      "Reports are called late only from a full git history of [dir].",
    ].join("\n"),
    options: {
      out: {
        type: "string",
        short: "o",
        default: "_site",
        value: "<folder>",
        help: "Where to write the site (default: _site, what actions/upload-pages-artifact takes).",
      },
      ...REMOTE_OPTIONS,
    },
    examples: ["wgbot site --out _site", "GITHUB_TOKEN=… wgbot site . --out _site --repo psf/governance"],
  },
  async (args, io, spec) => {
    const { values, positionals } = parse(args, spec.options, spec.maxPositionals);
    const remote = remoteOf("site", values, io);
    const root = resolve(io.cwd, positionals[0] ?? ".");
    const out = resolve(io.cwd, values.out as string);
    const read = await readFoundation("site", root, io, remote);
    if (typeof read === "number") return read;
    const { foundation, notes } = read;
    const { templates, warnings: templateWarnings } = siteTemplates(root, foundation.config.templates.site);
    const env = io.env ?? process.env;
    const server = (env.GITHUB_SERVER_URL ?? "https://github.com").replace(/\/+$/, "");
    const built = buildSite(foundation, out, {
      templates,
      notes,
      ...(remote ? { repoUrl: `${server}/${remote.repo.owner}/${remote.repo.repo}` } : {}),
    });
    for (const warning of [...templateWarnings, ...built.warnings]) io.stderr(`wgbot site: ${warning}\n`);
    const html = built.pages.filter((p) => p.path.endsWith(".html")).length;
    io.stdout(`Wrote ${plural(html, "page")} to ${out}; open ${resolve(out, "index.html")}\n`);
    for (const note of notes) io.stdout(`${note}\n`);
    return EXIT.ok;
  },
);
