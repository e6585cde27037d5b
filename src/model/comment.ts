/** An issue or pull request comment, as gather reads it and decide and apply compare against. */
export interface CommentLike {
  id: number;
  body?: string | null;
  user: { login: string; type?: string } | null;
}

/** Bodies as GitHub may give them back (CRLF line ends). */
export function sameText(a: string | null | undefined, b: string): boolean {
  return (a ?? "").replace(/\r\n/g, "\n") === b.replace(/\r\n/g, "\n");
}
