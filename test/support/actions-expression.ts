/**
 * The part of GitHub Actions' expression language that workflow `if:` conditions here use, evaluated as GitHub
 * documents it (docs.github.com, "Evaluate expressions in workflows and actions"): literals ('single-quoted',
 * numbers, true, false, null), property paths (`github.event.comment.body`; a missing property is null), `!`,
 * `==`, `!=`, `&&`, `||` (which return one of their operands, as in JavaScript), parentheses, and the functions
 * startsWith, endsWith, contains (case-insensitive), format, always, success, failure and cancelled.
 * Comparisons of strings ignore case. Anything else throws, so a condition this cannot read fails its test.
 */
type Value = string | number | boolean | null | Record<string, unknown> | unknown[];

export function evaluate(expression: string, context: Record<string, unknown>): Value {
  const source = expression.trim().replace(/^\$\{\{([\s\S]*)\}\}$/, "$1");
  const tokens = tokenize(source);
  let at = 0;
  const peek = () => tokens[at];
  const take = (expected?: string) => {
    const token = tokens[at++];
    if (token === undefined || (expected !== undefined && token !== expected))
      throw new Error(`expected ${expected ?? "more"} in ${source}, found ${token ?? "the end"}`);
    return token;
  };
  const or = (): Value => {
    let left = and();
    while (peek() === "||") {
      take();
      const right = and();
      left = truthy(left) ? left : right;
    }
    return left;
  };
  const and = (): Value => {
    let left = equality();
    while (peek() === "&&") {
      take();
      const right = equality();
      left = truthy(left) ? right : left;
    }
    return left;
  };
  const equality = (): Value => {
    let left = unary();
    while (peek() === "==" || peek() === "!=") {
      const op = take();
      const same = equal(left, unary());
      left = op === "==" ? same : !same;
    }
    return left;
  };
  const unary = (): Value => {
    if (peek() === "!") {
      take();
      return !truthy(unary());
    }
    return primary();
  };
  const primary = (): Value => {
    const token = take();
    if (token === "(") {
      const value = or();
      take(")");
      return value;
    }
    if (token.startsWith("'")) return token.slice(1, -1).replace(/''/g, "'");
    if (/^\d/.test(token)) return Number(token);
    if (token === "true" || token === "false") return token === "true";
    if (token === "null") return null;
    if (peek() === "(") {
      take("(");
      const args: Value[] = [];
      while (peek() !== ")") {
        args.push(or());
        if (peek() === ",") take(",");
      }
      take(")");
      return call(token, args);
    }
    let value: unknown = context;
    for (const key of token.split(".")) value = (value as Record<string, unknown> | null)?.[key] ?? null;
    return value as Value;
  };
  const result = or();
  if (at !== tokens.length) throw new Error(`unexpected ${tokens[at]} in ${source}`);
  return result;
}

function tokenize(source: string): string[] {
  const pattern = /\s*('(?:[^']|'')*'|\|\||&&|==|!=|[!(),]|[A-Za-z_][\w.-]*|\d+(?:\.\d+)?)/y;
  const tokens: string[] = [];
  while (pattern.lastIndex < source.length) {
    const start = pattern.lastIndex;
    const match = pattern.exec(source);
    if (!match) {
      if (/^\s*$/.test(source.slice(start))) break;
      throw new Error(`cannot read ${source.slice(start)}`);
    }
    tokens.push(match[1] as string);
  }
  return tokens;
}

function truthy(value: Value): boolean {
  return !(value === null || value === false || value === 0 || value === "" || Number.isNaN(value));
}

function equal(a: Value, b: Value): boolean {
  if (typeof a === "string" && typeof b === "string") return a.toLowerCase() === b.toLowerCase();
  return a === b;
}

const text = (value: Value) => (value === null ? "" : String(value)).toLowerCase();

function call(name: string, args: Value[]): Value {
  const [a = null, b = null] = args;
  switch (name) {
    case "startsWith":
      return text(a).startsWith(text(b));
    case "endsWith":
      return text(a).endsWith(text(b));
    case "contains":
      return Array.isArray(a) ? a.some((item) => equal(item as Value, b)) : text(a).includes(text(b));
    case "format":
      return String(a).replace(/\{(\d+)\}/g, (_, i: string) => String(args[Number(i) + 1] ?? ""));
    case "always":
    case "success":
      return true;
    case "failure":
    case "cancelled":
      return false;
    default:
      throw new Error(`the function ${name} is not known here`);
  }
}
