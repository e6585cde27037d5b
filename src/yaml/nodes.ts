/** Walks over a parsed document's nodes without recursion, and what is found that way: duplicate keys, aliases. */
import {
  type Document,
  isAlias,
  isMap,
  isPair,
  isScalar,
  isSeq,
  type LineCounter,
  YAMLParseError,
} from "yaml";
import type { Position } from "../problems.ts";

/**
 * Every node below `root`, itself included: pairs, their keys and values, and the items of mappings and lists (not
 * what aliases point to). Iterative, so a deeply nested document cannot overflow the stack; in no particular order.
 * `enter` decides which nodes are visited at all: one it refuses is skipped along with everything inside it.
 */
export function* nodesOf(root: unknown, enter: (node: object) => boolean = () => true): Generator<object> {
  const stack: unknown[] = [root];
  while (stack.length > 0) {
    const node = stack.pop();
    if (!node || typeof node !== "object" || !enter(node)) continue;
    yield node;
    if (isPair(node)) stack.push(node.key, node.value);
    // A loop, not push(...items): a list of a million items would exceed the arguments a call may take.
    else if (isMap(node) || isSeq(node)) for (const item of node.items) stack.push(item);
  }
}

/**
 * A key written twice in one mapping, as the parser's `uniqueKeys` reports it (DUPLICATE_KEY at the second key), in
 * one pass per mapping. Scalar keys are equal when their values are (`1` and `"1"` are different keys); any other
 * key is refused later as a complex key.
 */
export function duplicateKeys(doc: Document.Parsed): YAMLParseError[] {
  const found: YAMLParseError[] = [];
  for (const node of nodesOf(doc.contents)) {
    if (!isMap(node)) continue;
    const seen = new Set<unknown>();
    for (const { key } of node.items) {
      if (!isScalar(key)) continue;
      if (seen.has(key.value) && key.range)
        found.push(
          new YAMLParseError([key.range[0], key.range[0] + 1], "DUPLICATE_KEY", "Map keys must be unique"),
        );
      seen.add(key.value);
    }
  }
  return found;
}

/** Where the first `*alias` is written: the best place to point at when aliases expand to too much. */
export function firstAlias(doc: Document.Parsed, lc: LineCounter): Position {
  let first: number | undefined;
  for (const node of nodesOf(doc.contents)) {
    if (!isAlias(node)) continue;
    const start = node.range?.[0];
    if (start !== undefined && (first === undefined || start < first)) first = start;
  }
  if (first === undefined) return { line: 1, column: 1 };
  const { line, col } = lc.linePos(first);
  return { line, column: col };
}
