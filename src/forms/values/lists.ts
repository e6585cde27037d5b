/** One item per line (goals, values, resources, other funding): bullets and numbers stripped. */
import { hasBullet, isNothing, splitLines, stripBullet } from "../markdown.ts";

/**
 * "- a\n- b" → ["a", "b"]. `None`, `N/A`, `-` and `_No response_` are an empty list. An indented line under
 * a bullet continues that item (a wrapped line), as Markdown renders it.
 */
export function parseList(text: string): string[] {
  if (isNothing(text)) return [];
  const items: string[] = [];
  let bulleted = false;
  for (const line of splitLines(text)) {
    if (line.trim() === "") continue;
    const bullet = hasBullet(line);
    const item = stripBullet(line).trim();
    if (item === "") continue;
    if (!bullet && bulleted && /^\s/.test(line) && items.length > 0) {
      items[items.length - 1] = `${items[items.length - 1]} ${item}`;
      continue;
    }
    bulleted = bullet;
    items.push(item);
  }
  return items.length === 1 && isNothing(items[0] as string) ? [] : items;
}
