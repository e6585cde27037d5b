// `npm run demo`: replays examples/events/story.json on the example governance repository with `wgbot simulate`
// (the built CLI, so it runs straight after `npm ci`) and prints each step's plan, then builds the dashboard site of
// the same repository and prints where its index.html is. Nothing is sent to GitHub.
import { spawnSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join, relative } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const storyFile = join(root, "examples", "events", "story.json");
const story = JSON.parse(readFileSync(storyFile, "utf8"));
const eventsDir = relative(root, dirname(storyFile));
const tty = Boolean(process.stdout.isTTY) && !process.env.NO_COLOR;
const bold = (s) => (tty ? `\x1b[1m${s}\x1b[22m` : s);
const dim = (s) => (tty ? `\x1b[2m${s}\x1b[22m` : s);

console.log(bold("wgbot demo: the real handlers, replayed offline on examples/psf"));
console.log(dim(`${story.description}\n`));

let handled = 0;
let failed = 0;
story.steps.forEach((step, i) => {
  const args = ["simulate", step.event, join(eventsDir, step.payload), "--repo", story.repo, ...step.options];
  console.log(bold(`── Step ${i + 1} of ${story.steps.length}: ${step.title}`));
  console.log(dim(`$ wgbot ${args.join(" ")}\n`));
  const run = spawnSync(process.execPath, [join(root, "bin", "wgbot.js"), ...args], {
    cwd: root,
    encoding: "utf8",
    env: { ...process.env, NO_COLOR: tty ? "" : "1" },
  });
  process.stdout.write(run.stdout.replace(/^(?=.)/gm, "  "));
  if (run.status !== 0) {
    failed++;
    process.stdout.write(run.stderr.replace(/^(?=.)/gm, "  "));
  } else if (!/^Flow: ignored/m.test(run.stdout)) {
    handled++;
  }
  console.log("");
});
const ignored = story.steps.length - handled - failed;
console.log(
  bold(
    `${story.steps.length} steps: ${handled} handled${ignored ? `, ${ignored} ignored (no flow for that event in this version)` : ""}${failed ? `, ${failed} failed` : ""}.`,
  ),
);
console.log(
  dim(
    "Try your own: wgbot simulate <event> <payload.json> --repo <your governance repository> (see wgbot help).",
  ),
);

// Last, the foundation at a glance: the dashboard site of the same repository, to open in a browser.
const siteDir = join(tmpdir(), "wgbot-demo-site");
console.log(bold("\n── The dashboard: wgbot site"));
console.log(dim(`$ wgbot site ${story.repo} --out ${siteDir}\n`));
const site = spawnSync(
  process.execPath,
  [join(root, "bin", "wgbot.js"), "site", story.repo, "--out", siteDir],
  {
    cwd: root,
    encoding: "utf8",
    env: { ...process.env, NO_COLOR: tty ? "" : "1" },
  },
);
if (site.status === 0) console.log(`Open ${pathToFileURL(join(siteDir, "index.html")).href}`);
else {
  failed++;
  process.stdout.write(site.stderr.replace(/^(?=.)/gm, "  "));
}
process.exitCode = failed ? 1 : 0;
