/** Where the templates/ folder is, whether running from src/ (tests, tsx) or from a bundle in dist/. */
import { existsSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

let cached: string | undefined;

export function templatesDir(): string {
  if (cached) return cached;
  let dir = dirname(fileURLToPath(import.meta.url));
  for (let i = 0; i < 5; i++) {
    if (existsSync(join(dir, "templates", "issue-forms"))) {
      cached = join(dir, "templates");
      return cached;
    }
    dir = dirname(dir);
  }
  throw new Error("wgbot: cannot find its templates/ folder next to the installed package.");
}
