/**
 * Just enough GraphQL for the fake GitHub: a parser for queries (operation with variables, aliases, arguments,
 * inline fragments, comments) and an executor that resolves the fields wgbot asks for against a repository's files
 * — `repository { defaultBranchRef, object(expression:) }` and git trees and blobs. Only the selected fields are
 * returned, as GitHub does, so a response is as large (or small) as the real one.
 */

type Value = string | number | boolean | null | { variable: string };

interface Field {
  kind: "field";
  alias: string;
  name: string;
  args: Record<string, Value>;
  selections?: Selection[];
}
interface Fragment {
  kind: "fragment";
  on: string;
  selections: Selection[];
}
type Selection = Field | Fragment;

/** A GraphQL object: its type name and a resolver per field. */
export interface GqlObject {
  __typename: string;
  resolve(field: string, args: Record<string, unknown>): unknown;
}

export class GraphQLSyntaxError extends Error {}

export function executeGraphQL(
  query: string,
  variables: Record<string, unknown>,
  root: GqlObject,
): { data?: unknown; errors?: { message: string }[] } {
  let selections: Selection[];
  try {
    selections = parse(query);
  } catch (error) {
    return { errors: [{ message: (error as Error).message }] };
  }
  try {
    return { data: resolveSelections(root, selections, variables) };
  } catch (error) {
    return { errors: [{ message: (error as Error).message }] };
  }
}

function resolveSelections(
  object: GqlObject,
  selections: Selection[],
  variables: Record<string, unknown>,
): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const selection of selections) {
    if (selection.kind === "fragment") {
      if (selection.on === object.__typename)
        Object.assign(out, resolveSelections(object, selection.selections, variables));
      continue;
    }
    const args = Object.fromEntries(
      Object.entries(selection.args).map(([k, v]) => [
        k,
        v !== null && typeof v === "object" ? variables[v.variable] : v,
      ]),
    );
    const value = selection.name === "__typename" ? object.__typename : object.resolve(selection.name, args);
    out[selection.alias] = shape(value, selection, variables);
  }
  return out;
}

function shape(value: unknown, field: Field, variables: Record<string, unknown>): unknown {
  if (value === undefined) throw new Error(`Field '${field.name}' doesn't exist on this type`);
  if (value === null) return null;
  if (Array.isArray(value)) return value.map((v) => shape(v, field, variables));
  if (typeof value === "object" && "__typename" in (value as object)) {
    if (!field.selections) throw new Error(`Field '${field.name}' needs a selection of subfields`);
    return resolveSelections(value as GqlObject, field.selections, variables);
  }
  return value;
}

// --- parser ---------------------------------------------------------------------------------------------------

const TOKEN = /\s+|#[^\n]*|\.\.\.|[{}():,!$=[\]@]|"(?:[^"\\]|\\.)*"|-?\d+(?:\.\d+)?|[A-Za-z_][A-Za-z0-9_]*/y;

function tokenize(text: string): string[] {
  const tokens: string[] = [];
  TOKEN.lastIndex = 0;
  while (TOKEN.lastIndex < text.length) {
    const at = TOKEN.lastIndex;
    const match = TOKEN.exec(text);
    if (!match) throw new GraphQLSyntaxError(`Unexpected character at ${at}: ${text.slice(at, at + 10)}`);
    const token = match[0];
    if (/^\s/.test(token) || token.startsWith("#") || token === ",") continue;
    tokens.push(token);
  }
  return tokens;
}

function parse(query: string): Selection[] {
  const tokens = tokenize(query);
  let i = 0;
  const peek = () => tokens[i];
  const next = () => {
    const t = tokens[i++];
    if (t === undefined) throw new GraphQLSyntaxError("Unexpected end of query");
    return t;
  };
  const expect = (t: string) => {
    const got = next();
    if (got !== t) throw new GraphQLSyntaxError(`Expected '${t}', got '${got}'`);
  };

  const value = (): Value => {
    const t = next();
    if (t === "$") return { variable: next() };
    if (t.startsWith('"')) return JSON.parse(t) as string;
    if (/^-?\d/.test(t)) return Number(t);
    if (t === "true" || t === "false") return t === "true";
    if (t === "null") return null;
    return t; // an enum value
  };
  const selectionSet = (): Selection[] => {
    expect("{");
    const out: Selection[] = [];
    while (peek() !== "}") {
      if (peek() === "...") {
        next();
        expect("on");
        const on = next();
        out.push({ kind: "fragment", on, selections: selectionSet() });
        continue;
      }
      let name = next();
      let alias = name;
      if (peek() === ":") {
        next();
        name = next();
      }
      const args: Record<string, Value> = {};
      if (peek() === "(") {
        next();
        while (peek() !== ")") {
          const arg = next();
          expect(":");
          args[arg] = value();
        }
        next();
      }
      const field: Field = { kind: "field", alias, name, args };
      if (peek() === "{") field.selections = selectionSet();
      out.push(field);
      alias = "";
    }
    next();
    return out;
  };

  if (peek() === "query") {
    next();
    if (peek() !== "(" && peek() !== "{") next(); // operation name
    if (peek() === "(") {
      while (next() !== ")") {
        /* variable definitions: the values come from `variables` */
      }
    }
  }
  const selections = selectionSet();
  if (i !== tokens.length) throw new GraphQLSyntaxError(`Unexpected '${peek()}' after the query`);
  return selections;
}

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
