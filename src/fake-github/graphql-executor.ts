/**
 * The part of GitHub's GraphQL API the in-memory GitHub answers: queries (not mutations) made of fields, aliases,
 * arguments (literals or variables) and inline fragments (`... on Blob`), executed against plain resolver
 * objects. wgbot reads git objects this way (`repository { object(expression: "HEAD:path") { ... } }`), so one
 * request can carry a whole folder of files.
 */

type Value = string | number | boolean | null | { variable: string } | Value[];

interface Field {
  kind: "field";
  alias: string;
  name: string;
  args: Record<string, Value>;
  selections?: Selection[];
}
interface InlineFragment {
  kind: "fragment";
  on: string;
  selections: Selection[];
}
type Selection = Field | InlineFragment;

/** A GraphQL object: its type name and a resolver per field (undefined: no such field). */
export interface GqlObject {
  __typename: string;
  resolve(field: string, args: Record<string, unknown>): unknown;
}

export interface GqlError {
  message: string;
  type?: string;
  path?: (string | number)[];
}

export interface GqlResult {
  data?: unknown;
  errors?: GqlError[];
}

/**
 * A nullable field that cannot be resolved (`issue(number: 99)` where there is none): GitHub answers it null, with
 * the error and the field's path beside the data, and answers the rest of the query.
 */
export class FieldError extends Error {
  constructor(
    message: string,
    readonly type: string,
  ) {
    super(message);
  }
}

export function isMutation(query: string): boolean {
  return /^\s*(?:#[^\n]*\n\s*)*mutation\b/.test(query);
}

export function executeQuery(query: string, variables: Record<string, unknown>, root: GqlObject): GqlResult {
  try {
    const errors: GqlError[] = [];
    const data = resolveSelections(root, parse(query), { variables: variables ?? {}, errors }, []);
    return errors.length > 0 ? { data, errors } : { data };
  } catch (error) {
    return { errors: [{ message: (error as Error).message }] };
  }
}

function argument(value: Value, variables: Record<string, unknown>): unknown {
  if (Array.isArray(value)) return value.map((v) => argument(v, variables));
  if (value !== null && typeof value === "object") return variables[value.variable];
  return value;
}

interface Execution {
  variables: Record<string, unknown>;
  errors: GqlError[];
}

function resolveSelections(
  object: GqlObject,
  selections: Selection[],
  run: Execution,
  path: (string | number)[],
): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const selection of selections) {
    if (selection.kind === "fragment") {
      if (selection.on === object.__typename)
        Object.assign(out, resolveSelections(object, selection.selections, run, path));
      continue;
    }
    const args = Object.fromEntries(
      Object.entries(selection.args).map(([k, v]) => [k, argument(v, run.variables)]),
    );
    const at = [...path, selection.alias];
    let value: unknown;
    try {
      value = selection.name === "__typename" ? object.__typename : object.resolve(selection.name, args);
    } catch (error) {
      if (!(error instanceof FieldError)) throw error;
      run.errors.push({ type: error.type, path: at, message: error.message });
      value = null;
    }
    if (value === undefined)
      throw new Error(`Field '${selection.name}' doesn't exist on type '${object.__typename}'`);
    out[selection.alias] = shape(value, selection, run, at);
  }
  return out;
}

function shape(value: unknown, field: Field, run: Execution, path: (string | number)[]): unknown {
  if (value === null) return null;
  if (Array.isArray(value)) return value.map((v, i) => shape(v, field, run, [...path, i]));
  if (typeof value === "object" && "__typename" in (value as object)) {
    if (!field.selections) throw new Error(`Field '${field.name}' must have a selection of subfields`);
    return resolveSelections(value as GqlObject, field.selections, run, path);
  }
  return value;
}

const TOKEN = /\s+|#[^\n]*|\.\.\.|[{}():,!$=[\]@]|"(?:[^"\\]|\\.)*"|-?\d+(?:\.\d+)?|[A-Za-z_][A-Za-z0-9_]*/y;

function tokenize(text: string): string[] {
  const tokens: string[] = [];
  TOKEN.lastIndex = 0;
  while (TOKEN.lastIndex < text.length) {
    const at = TOKEN.lastIndex;
    const match = TOKEN.exec(text);
    if (!match) throw new Error(`Parse error at character ${at}`);
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
    const token = tokens[i++];
    if (token === undefined) throw new Error("Parse error: unexpected end of query");
    return token;
  };
  const expect = (token: string) => {
    const got = next();
    if (got !== token) throw new Error(`Parse error: expected '${token}', got '${got}'`);
  };
  const value = (): Value => {
    const token = next();
    if (token === "$") return { variable: next() };
    if (token === "[") {
      const list: Value[] = [];
      while (peek() !== "]") list.push(value());
      next();
      return list;
    }
    if (token.startsWith('"')) return JSON.parse(token) as string;
    if (/^-?\d/.test(token)) return Number(token);
    if (token === "true" || token === "false") return token === "true";
    if (token === "null") return null;
    return token; // an enum value
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
      const first = next();
      let name = first;
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
      const field: Field = { kind: "field", alias: first, name, args };
      if (peek() === "{") field.selections = selectionSet();
      out.push(field);
    }
    next();
    return out;
  };
  if (peek() === "query") {
    next();
    if (peek() !== "(" && peek() !== "{") next(); // the operation's name
    if (peek() === "(") {
      // Variable definitions: the values come from `variables`.
      while (next() !== ")") {}
    }
  }
  const selections = selectionSet();
  if (i !== tokens.length) throw new Error(`Parse error: unexpected '${peek()}' after the query`);
  return selections;
}
