// `npm run check:clean`, after regenerating: fails when src/generated, dist or schemas differ from what is committed — a
// changed file (git diff) or a file git does not track yet (a new generated file or bundle nobody committed).
import { execFileSync } from "node:child_process";

// schemas/: the config schema's defaults are generated from the presets (scripts/gen-schema-defaults.ts).
const PATHS = ["src/generated", "dist", "schemas"];
const git = (...args) => execFileSync("git", args, { encoding: "utf8" });

const changed = git("diff", "--stat", "--", ...PATHS).trim();
const status = git("status", "--porcelain", "--untracked-files=all", "--", ...PATHS).trim();
const untracked = status
  .split("\n")
  .filter((line) => line.startsWith("??"))
  .map((line) => line.slice(3));

if (changed) console.error(`Generated files differ from what is committed:\n${git("diff", "--", ...PATHS)}`);
if (untracked.length > 0)
  console.error(`Generated files that are not committed:\n${untracked.map((f) => `  ${f}`).join("\n")}`);
if (status) {
  console.error("Commit them (or fix the generator), then run `npm run check:clean` again.");
  process.exit(1);
}
console.log("src/generated, dist and schemas are what the sources give.");
