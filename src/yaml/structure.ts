/**
 * What the YAML parser itself allows but wgbot does not: aliases beyond a count, custom tags, nesting beyond a
 * depth, merge keys, keys with a special meaning in JavaScript, and lists or mappings used as keys.
 */
import { type Document, isAlias, isMap, isPair, isScalar, isSeq, type LineCounter, type Node } from "yaml";
import { type Problem, problem } from "../problems.ts";
import { tooDeep, type YamlLimits } from "./limits.ts";
import { rangePosition } from "./position.ts";

/** Walks the document without recursion, checking what the YAML parser itself allows but we do not. */
export function structuralProblems(
  file: string,
  doc: Document.Parsed,
  lc: LineCounter,
  limits: YamlLimits,
): Problem[] {
  const problems: Problem[] = [];
  const pos = (node: { range?: [number, number, number] | null }) => rangePosition(lc, node.range);
  let aliases = 0;
  const stack: { node: unknown; depth: number }[] = [{ node: doc.contents, depth: 0 }];
  while (stack.length > 0) {
    const { node, depth } = stack.pop() as { node: unknown; depth: number };
    if (!node || typeof node !== "object") continue;
    if (isAlias(node)) {
      aliases++;
      if (aliases === limits.maxAliases + 1) {
        problems.push(
          problem(file, "yaml.too-many-aliases", `The file uses more than ${limits.maxAliases} aliases.`, {
            ...pos(node),
            hint: "Write values out instead of using & anchors and * aliases.",
          }),
        );
      }
      continue;
    }
    const tagged = node as Node;
    if (tagged.tag && !STANDARD_TAGS.has(tagged.tag)) {
      problems.push(
        problem(
          file,
          "yaml.tag",
          `The tag \`${tagged.tag.replace(/^tag:yaml\.org,2002:/, "!!")}\` is not allowed.`,
          {
            ...pos(tagged),
            hint: "Remove the `!` tag; wgbot files hold only plain text, numbers, lists and mappings.",
          },
        ),
      );
    }
    if (isMap(node) || isSeq(node)) {
      if (depth >= limits.maxDepth) {
        problems.push(tooDeep(file, pos(node), limits));
        continue;
      }
      // Pushed last to first, so items are visited (and problems reported) in the order they are written.
      for (const item of [...node.items].reverse()) {
        if (isPair(item)) {
          const key = item.key;
          if (isScalar(key) && key.value === "<<" && key.type === "PLAIN") {
            problems.push(
              problem(file, "yaml.merge-key", "Merge keys (`<<`) are not supported.", {
                ...pos(key),
                hint: "Write the fields out in full instead of merging them in from an `&` anchor.",
              }),
            );
          } else if (isScalar(key) && typeof key.value === "string" && FORBIDDEN_KEYS.has(key.value)) {
            problems.push(
              problem(file, "yaml.forbidden-key", `The key \`${key.value}\` is not allowed.`, {
                ...pos(key),
                hint: "Remove it; it has a special meaning in JavaScript and is never a wgbot field.",
              }),
            );
          } else if (key !== null && !isScalar(key)) {
            problems.push(
              problem(file, "yaml.complex-key", "A key must be plain text, not a list or mapping.", {
                ...pos(key as Node),
                hint: "Write the key as a single word followed by a colon.",
              }),
            );
          }
          stack.push({ node: item.value, depth: depth + 1 });
        } else stack.push({ node: item, depth: depth + 1 });
      }
    }
  }
  return problems;
}

const STANDARD_TAGS = new Set([
  "tag:yaml.org,2002:str",
  "tag:yaml.org,2002:int",
  "tag:yaml.org,2002:float",
  "tag:yaml.org,2002:bool",
  "tag:yaml.org,2002:null",
  "tag:yaml.org,2002:map",
  "tag:yaml.org,2002:seq",
]);
/** Keys that mean something to JavaScript objects; never a wgbot field. */
export const FORBIDDEN_KEYS = new Set(["__proto__", "constructor", "prototype"]);
