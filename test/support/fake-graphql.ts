/**
 * The repository the fake GitHub answers GraphQL queries about: a revision's files as git trees and blobs, resolved
 * by the same small executor `wgbot simulate` uses offline (src/simulate/graphql.ts). Only the selected fields are
 * returned, as GitHub does, so a response is as large (or small) as the real one.
 */
import type { GqlObject } from "../../src/simulate/graphql.ts";

export { executeQuery as executeGraphQL, type GqlObject } from "../../src/simulate/graphql.ts";

// --- git objects ------------------------------------------------------------------------------------------------

interface Dir {
  dirs: Map<string, Dir>;
  files: Map<string, string>;
}

/** The files of one revision as git trees and blobs, indexed once so every tree lookup is cheap. */
export class GitRevision {
  private root: Dir = { dirs: new Map(), files: new Map() };

  constructor(files: ReadonlyMap<string, string>) {
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

  /** The object at a path ("" for the root), as GraphQL's GitObject, or null. */
  object(path: string): GqlObject | null {
    const parts = path.replace(/\/+$/, "").split("/").filter(Boolean);
    let dir = this.root;
    for (const [index, part] of parts.entries()) {
      if (index === parts.length - 1 && dir.files.has(part)) return blob(path, dir.files.get(part) as string);
      const sub = dir.dirs.get(part);
      if (!sub) return null;
      dir = sub;
    }
    return tree(parts.join("/"), dir);
  }
}

function tree(path: string, dir: Dir): GqlObject {
  return {
    __typename: "Tree",
    resolve: (field) => {
      if (field === "oid") return fakeOid(`tree:${path}`);
      if (field !== "entries") return undefined;
      const prefix = path ? `${path}/` : "";
      // git orders a tree's entries by name
      const names = [...dir.dirs.keys(), ...dir.files.keys()].sort();
      return names.map((name) => {
        const sub = dir.dirs.get(name);
        const object = sub
          ? tree(`${prefix}${name}`, sub)
          : blob(`${prefix}${name}`, dir.files.get(name) ?? "");
        return entry(name, `${prefix}${name}`, sub ? "tree" : "blob", object);
      });
    },
  };
}

function entry(name: string, path: string, type: string, object: GqlObject): GqlObject {
  return {
    __typename: "TreeEntry",
    resolve: (field) => {
      switch (field) {
        case "name":
          return name;
        case "path":
          return path;
        case "type":
          return type;
        case "mode":
          return type === "tree" ? 16384 : 33188;
        case "oid":
          return object.resolve("oid", {});
        case "object":
          return object;
        default:
          return undefined;
      }
    },
  };
}

function blob(path: string, content: string): GqlObject {
  return {
    __typename: "Blob",
    resolve: (field) => {
      switch (field) {
        case "text":
          return content;
        case "byteSize":
          return Buffer.byteLength(content);
        case "isBinary":
        case "isTruncated":
          return false;
        case "oid":
          return fakeOid(`${path}\u0000${content}`);
        default:
          return undefined;
      }
    },
  };
}

function fakeOid(text: string): string {
  let h = 0;
  for (let i = 0; i < text.length; i++) h = (h * 31 + text.charCodeAt(i)) | 0;
  return (h >>> 0).toString(16).padStart(40, "0");
}
