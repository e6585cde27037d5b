/**
 * The files of a local governance repository, as the offline GitHub serves them. Symbolic links are left out (one
 * could point anywhere on the machine), and so are .git and node_modules, and any file over GitHub's 100 MB limit
 * for a file (GitHub would have refused it, so no request could read it there either).
 */
import { lstatSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { MAX_STORED_BYTES } from "../fake-github/git.ts";

/** Directories never served: version control and installed packages are not governance files. */
const SKIP = new Set([".git", "node_modules"]);

export interface LocalTree {
  /** Every plain file below the root, by forward-slash path. */
  files: Map<string, Uint8Array>;
  /** Files left out for their size, by path. */
  tooLarge: string[];
}

export function readLocalTree(root: string, maxBytes = MAX_STORED_BYTES): LocalTree {
  const tree: LocalTree = { files: new Map(), tooLarge: [] };
  const walk = (dir: string, prefix: string) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      if (SKIP.has(entry.name)) continue;
      const full = join(dir, entry.name);
      const path = prefix ? `${prefix}/${entry.name}` : entry.name;
      if (entry.isDirectory()) walk(full, path);
      else if (entry.isFile()) {
        const stat = lstatSync(full);
        if (!stat.isFile()) continue;
        if (stat.size > maxBytes) tree.tooLarge.push(path);
        else tree.files.set(path, readFileSync(full));
      }
    }
  };
  walk(root, "");
  return tree;
}
