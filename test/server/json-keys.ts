/**
 * Finds keys repeated within one JSON object, reading the raw text: JSON.parse cannot, since it silently keeps the
 * last of them. A small scanner of the JSON grammar, for log lines; it throws on anything that is not JSON.
 */
export function duplicateKeys(text: string): string[] {
  const found: string[] = [];
  let i = 0;
  const fail = (what: string): never => {
    throw new SyntaxError(`${what} at ${i} in ${text.slice(0, 200)}`);
  };
  const space = () => {
    while (i < text.length && " \t\r\n".includes(text[i] as string)) i++;
  };
  const expectChar = (c: string) => {
    space();
    if (text[i] !== c) fail(`expected '${c}'`);
    i++;
  };
  const string = (): string => {
    const start = i;
    expectChar('"');
    while (text[i] !== '"') {
      if (i >= text.length) fail("unterminated string");
      i += text[i] === "\\" ? 2 : 1;
    }
    i++;
    return JSON.parse(text.slice(start, i)) as string;
  };
  const literal = /-?\d+(?:\.\d+)?(?:[eE][+-]?\d+)?|true|false|null/y;
  const value = (path: string): void => {
    space();
    const c = text[i];
    if (c === '"') return void string();
    if (c === "{" || c === "[") {
      i++;
      const seen = new Set<string>();
      space();
      if (text[i] === (c === "{" ? "}" : "]")) return void i++;
      for (let index = 0; ; index++) {
        space();
        if (c === "{") {
          const key = string();
          if (seen.has(key)) found.push(`${path}.${key}`);
          seen.add(key);
          expectChar(":");
          value(`${path}.${key}`);
        } else value(`${path}[${index}]`);
        space();
        if (text[i] !== ",") {
          expectChar(c === "{" ? "}" : "]");
          return;
        }
        i++;
      }
    }
    literal.lastIndex = i;
    const match = literal.exec(text);
    if (!match) fail("unexpected character");
    i += (match as RegExpExecArray)[0].length;
  };
  value("$");
  space();
  if (i !== text.length) fail("text after the value");
  return found;
}
