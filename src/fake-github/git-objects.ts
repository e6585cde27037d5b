/**
 * A revision's files as GraphQL's git objects (`Tree`, `TreeEntry`, `Blob`), indexed once so every tree lookup is
 * cheap. Only the fields asked for are resolved, as on GitHub, so an answer is as large (or small) as the real one.
 */
import { blobSha, gitSha, sizeOf, textOf } from "./git.ts";
import type { GqlObject } from "./graphql-executor.ts";
import type { FileContent } from "./types.ts";

interface Dir {
  dirs: Map<string, Dir>;
  files: Map<string, FileContent>;
}

export class GitRevision {
  private root: Dir = { dirs: new Map(), files: new Map() };

  constructor(files: ReadonlyMap<string, FileContent>) {
    for (const [path, content] of files) {
      const parts = path.split("/");
      const name = parts.pop() as string;
      let dir = this.root;
      for (const part of parts) {
        let sub = dir.dirs.get(part);
        if (!sub) {
          sub = { dirs: new Map(), files: new Map() };
          dir.dirs.set(part, sub);
        }
        dir = sub;
      }
      dir.files.set(name, content);
    }
  }

  /** The object at a path ("" for the root), or null when there is none. */
  object(path: string): GqlObject | null {
    const parts = path
      .replace(/^\/+|\/+$/g, "")
      .split("/")
      .filter(Boolean);
    let dir = this.root;
    for (const [index, part] of parts.entries()) {
      const file = dir.files.get(part);
      if (index === parts.length - 1 && file !== undefined) return blob(file);
      const sub = dir.dirs.get(part);
      if (!sub) return null;
      dir = sub;
    }
    return tree(parts.join("/"), dir);
  }
}

/** A commit whose tree is the revision's root. */
export function commitObject(oid: string, revision: GitRevision): GqlObject {
  return {
    __typename: "Commit",
    resolve: (field) => (field === "oid" ? oid : field === "tree" ? revision.object("") : undefined),
  };
}

function tree(path: string, dir: Dir): GqlObject {
  return {
    __typename: "Tree",
    resolve: (field) => {
      if (field === "oid") return gitSha("tree", path);
      if (field !== "entries") return undefined;
      const prefix = path ? `${path}/` : "";
      // git orders a tree's entries by name
      const names = [...new Set([...dir.dirs.keys(), ...dir.files.keys()])].sort();
      return names.map((name) => {
        const sub = dir.dirs.get(name);
        const object = sub ? tree(`${prefix}${name}`, sub) : blob(dir.files.get(name) as FileContent);
        return entry(name, `${prefix}${name}`, sub ? "tree" : "blob", object);
      });
    },
  };
}

function entry(name: string, path: string, type: "blob" | "tree", object: GqlObject): GqlObject {
  const fields: Record<string, unknown> = { name, path, type, mode: type === "tree" ? 16384 : 33188, object };
  return {
    __typename: "TreeEntry",
    resolve: (field) => (field === "oid" ? object.resolve("oid", {}) : fields[field]),
  };
}

function blob(content: FileContent): GqlObject {
  return {
    __typename: "Blob",
    resolve: (field) => {
      switch (field) {
        case "text":
          return textOf(content);
        case "byteSize":
          return sizeOf(content);
        case "isBinary":
          return textOf(content) === null;
        case "isTruncated":
          return false;
        case "oid":
          return blobSha(content);
        default:
          return undefined;
      }
    },
  };
}
