/**
 * The one comment the bot keeps per item, found again by a hidden marker on its first line — never by the bot's
 * login, which differs between the App, the Action's token and GitHub Enterprise installs.
 */
import type { Write } from "./writes.ts";

export interface CommentLike {
  id: number;
  body?: string | null;
  user: { login: string; type?: string } | null;
}

export function marker(name: string): string {
  return `<!-- wgbot:${name} -->`;
}

/** Only a bot's comment can be the sticky one: a person quoting the marker must not hijack it. */
export function findSticky<T extends CommentLike>(comments: readonly T[], name: string): T | undefined {
  const tag = marker(name);
  return comments.find((c) => c.user?.type === "Bot" && (c.body ?? "").startsWith(tag));
}

export function stickyWrites(
  issue: number,
  comments: readonly CommentLike[],
  name: string,
  text: string,
): Write[] {
  const body = `${marker(name)}\n${text}`;
  const existing = findSticky(comments, name);
  if (!existing) return [{ kind: "create-comment", issue, body }];
  if ((existing.body ?? "").replace(/\r\n/g, "\n") === body) return [];
  return [{ kind: "update-comment", issue, commentId: existing.id, body }];
}
