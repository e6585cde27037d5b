/** Maps a JSON path inside parsed data back to the YAML node it came from, for line:column positions. */
import {
  type Document,
  isMap,
  isPair,
  isScalar,
  isSeq,
  type LineCounter,
  type Node,
  type Pair,
  type YAMLMap,
} from "yaml";
import type { Position } from "../problems.ts";
import { rangePosition } from "./position.ts";

export interface Located {
  /** Where the value is (the deepest node found along the path). */
  value: Position;
  /** Where its key is, when the value sits in a mapping; the value's position otherwise. */
  key: Position;
  /** Whether the whole path was found. */
  exact: boolean;
}

export function locate(doc: Document, lc: LineCounter, path: readonly (string | number)[]): Located {
  let node: unknown = doc.contents;
  let pair: Pair | undefined;
  let exact = true;
  for (const [index, segment] of path.entries()) {
    if (isMap(node)) {
      const found = keysOf(node).get(String(segment));
      if (!found) {
        exact = false;
        break;
      }
      pair = found as Pair;
      node = found.value;
      if (node === null || isEmptyScalar(node)) {
        // `key:` with nothing after it: the key is the best place to point at.
        node = null;
        if (index < path.length - 1) exact = false;
        break;
      }
    } else if (isSeq(node) && typeof segment === "number" && segment < node.items.length) {
      pair = undefined;
      node = node.items[segment];
    } else {
      exact = false;
      break;
    }
  }
  const keyNode = pair?.key as Node | undefined;
  const valueNode = (node ?? keyNode) as Node | undefined;
  const value = rangePosition(lc, valueNode?.range);
  const key = keyNode ? rangePosition(lc, keyNode.range) : value;
  return { value, key, exact };
}

/**
 * A mapping's pairs by key, built once per mapping: a file with thousands of keys, each with a problem, is located
 * in linear time rather than one scan of the mapping per problem. The first pair of a key wins, as before.
 */
const keyIndex = new WeakMap<YAMLMap, Map<string, Pair>>();
function keysOf(map: YAMLMap): Map<string, Pair> {
  let index = keyIndex.get(map);
  if (!index) {
    index = new Map();
    for (const item of map.items)
      if (isPair(item) && isScalar(item.key) && !index.has(String(item.key.value)))
        index.set(String(item.key.value), item as Pair);
    keyIndex.set(map, index);
  }
  return index;
}

/** The value of `key:` with nothing after it: a null scalar that takes no room in the file. */
function isEmptyScalar(node: unknown): boolean {
  return isScalar(node) && node.value === null && !!node.range && node.range[0] === node.range[1];
}

/** `/participants/members/2` → ["participants", "members", 2] */
export function parsePointer(pointer: string): (string | number)[] {
  if (pointer === "") return [];
  return pointer
    .slice(1)
    .split("/")
    .map((s) => s.replaceAll("~1", "/").replaceAll("~0", "~"))
    .map((s) => (/^(0|[1-9][0-9]*)$/.test(s) ? Number(s) : s));
}

/** ["participants", "members", 2] → `participants.members[2]` */
export function formatPath(path: readonly (string | number)[]): string {
  let out = "";
  for (const s of path) out += typeof s === "number" ? `[${s}]` : out ? `.${s}` : s;
  return out;
}
