/** The one hint for a GitHub login written with its `@`, wherever it is found: a YAML value, a schema check. */
export function loginWithoutAt(login: string): string {
  return `Write the GitHub login without the @: \`${login}\`.`;
}

/** `@alice` → `alice`, when the text is a GitHub login written with an `@` in front; undefined otherwise. */
export function loginAfterAt(text: string): string | undefined {
  return /^@([A-Za-z0-9](?:[A-Za-z0-9]|-(?=[A-Za-z0-9])){0,38})$/.exec(text.trim())?.[1];
}
