/**
 * Reads the Markdown body GitHub renders from an issue form back into one answer per field.
 *
 * GitHub writes each field as `### <label>`, a blank line, the answer (`_No response_` when empty) and a blank
 * line, in form order. People then edit bodies by hand, and answers are free Markdown that may hold their own
 * headings, lists and code fences. So the body is only split on headings whose text is a known label, never
 * inside a code fence, and when a label appears more than once the heading that fits the form's order (and
 * GitHub's layout) wins. Sections moved around by hand are still found. An issue written without the form is
 * recognised (too few known headings) instead of being misread.
 */

import {
  type FormField,
  type FormName,
  type FormTemplate,
  normaliseLabel,
  resolveForm,
} from "./issue-form-definitions.ts";
import { fencedLines, headingOf, isNothing, splitLines } from "./markdown.ts";

export { isNothing } from "./markdown.ts";

export interface Answer {
  /** The answer as written, trimmed; "" when GitHub wrote `_No response_`. Line breaks are `\n`. */
  text: string;
  /** Nothing was answered: blank, `_No response_`, `None`, `N/A`, `-`, or no box ticked. */
  empty: boolean;
  /** 1-based line of the body where the answer starts (its heading's line + 1 when there is no answer). */
  line: number;
  /** 1-based line of the field's `### <label>` heading. */
  headingLine: number;
  /** Checkbox fields only: the labels of the ticked boxes, spelled as in the form. */
  checked?: string[];
}

export interface ParsedFormBody {
  /** Whether the body looks like it came from this form. When false, do not trust `answers`. */
  fromForm: boolean;
  /** Answers by field id, in form order, for every field whose heading was found. */
  answers: Map<string, Answer>;
  /** Ids of the fields whose heading is not in the body (deleted by hand, or never there), in form order. */
  missingSections: string[];
}

const NO_RESPONSE = "_No response_";

interface Candidate {
  index: number; // 0-based line index
  field: number; // index in form.fields
  /** How unlike GitHub's own rendering this heading is: 0 for `### Label` after a blank line. */
  penalty: number;
}

export function parseFormBody(
  body: string | null | undefined,
  formOrName: FormName | FormTemplate,
): ParsedFormBody {
  const form = resolveForm(formOrName);
  const lines = splitLines(typeof body === "string" ? body.replace(/^\uFEFF/, "") : "");
  const candidates = findCandidates(lines, form);
  const chosen = chooseHeadings(candidates, lines, form.fields);
  const starts = [...chosen.values()].sort((a, b) => a.index - b.index);
  const byField = new Map<number, Answer>();
  starts.forEach((c, k) => {
    const end = k + 1 < starts.length ? (starts[k + 1] as Candidate).index : lines.length;
    byField.set(c.field, answerOf(lines, c.index, end, form.fields[c.field] as FormField));
  });
  const answers = new Map<string, Answer>(); // in form order, whatever the order in the body
  form.fields.forEach((f, i) => {
    const answer = byField.get(i);
    if (answer) answers.set(f.id, answer);
  });
  const found = answers.size;
  const needed = Math.max(2, Math.ceil(form.fields.length / 2));
  return {
    fromForm: found >= Math.min(needed, form.fields.length) && found > 0,
    answers,
    missingSections: form.fields.filter((f) => !answers.has(f.id)).map((f) => f.id),
  };
}

/** Each form's fields by normalised label, worked out once per form rather than once per issue body. */
const labelIndexes = new WeakMap<FormTemplate, Map<string, number>>();

function labelIndex(form: FormTemplate): Map<string, number> {
  let byLabel = labelIndexes.get(form);
  if (!byLabel) {
    byLabel = new Map(form.fields.map((f, i) => [normaliseLabel(f.label), i]));
    labelIndexes.set(form, byLabel);
  }
  return byLabel;
}

function findCandidates(lines: readonly string[], form: FormTemplate): Candidate[] {
  const byLabel = labelIndex(form);
  const fenced = fencedLines(lines);
  const candidates: Candidate[] = [];
  for (let i = 0; i < lines.length; i++) {
    if (fenced[i]) continue;
    const line = lines[i] as string;
    const heading = headingOf(line);
    if (!heading) continue;
    const field = byLabel.get(normaliseLabel(heading.text));
    if (field === undefined) continue;
    const label = (form.fields[field] as FormField).label;
    let penalty = 0;
    if (heading.level !== 3) penalty += 2;
    if (line !== `### ${label}`) penalty += 1;
    if (i > 0 && (lines[i - 1] as string).trim() !== "") penalty += 1;
    candidates.push({ index: i, field, penalty });
  }
  return candidates;
}

interface Chain {
  count: number;
  penalty: number;
  last: Candidate;
  prev?: Chain;
}

const better = (a: Chain, b: Chain | undefined): boolean =>
  !b || a.count > b.count || (a.count === b.count && a.penalty <= b.penalty);

/**
 * Picks at most one heading per field. First the longest run of headings in form order (ties: the one most
 * like GitHub's layout, then the later one, since a stray heading usually sits in the answer before the real
 * one); then headings of sections moved out of order. O(headings × fields).
 */
function chooseHeadings(
  candidates: readonly Candidate[],
  lines: readonly string[],
  fields: readonly FormField[],
): Map<number, Candidate> {
  // filledBefore[i]: non-blank lines before line i, so any gap's line count is O(1).
  const filledBefore = new Array<number>(lines.length + 1);
  filledBefore[0] = 0;
  lines.forEach((line, i) => {
    filledBefore[i + 1] = (filledBefore[i] as number) + (line.trim() ? 1 : 0);
  });
  const bestEndingAt: (Chain | undefined)[] = new Array(fields.length).fill(undefined);
  let best: Chain | undefined;
  for (const c of candidates) {
    let chain: Chain = { count: 1, penalty: c.penalty, last: c };
    for (let f = 0; f < c.field; f++) {
      const prev = bestEndingAt[f];
      if (!prev) continue;
      const extended: Chain = {
        count: prev.count + 1,
        penalty: prev.penalty + c.penalty + gapPenalty(prev.last, c, filledBefore, fields),
        last: c,
        prev,
      };
      if (better(extended, chain)) chain = extended;
    }
    if (better(chain, bestEndingAt[c.field])) bestEndingAt[c.field] = chain;
    if (better(chain, best)) best = chain;
  }
  const chosen = new Map<number, Candidate>();
  for (let link = best; link; link = link.prev) chosen.set(link.last.field, link.last);
  const used = new Set([...chosen.values()].map((c) => c.index));
  for (const c of candidates) {
    if (used.has(c.index)) continue;
    const have = chosen.get(c.field);
    if (!have || (!used.has(have.index) && c.penalty < have.penalty)) chosen.set(c.field, c); // moved out of order
  }
  return chosen;
}

/** One-line fields (inputs, dropdowns) cannot hold several lines: a heading that makes them do so is suspect. */
function gapPenalty(
  prev: Candidate,
  next: Candidate,
  filledBefore: readonly number[],
  fields: readonly FormField[],
): number {
  const type = (fields[prev.field] as FormField).type;
  if (type === "textarea" || type === "checkboxes") return 0;
  const filled = (filledBefore[next.index] as number) - (filledBefore[prev.index + 1] as number);
  return filled > 1 ? 3 : 0;
}

function answerOf(lines: readonly string[], heading: number, end: number, field: FormField): Answer {
  let first = heading + 1;
  let last = end - 1;
  while (first <= last && (lines[first] as string).trim() === "") first++;
  while (last >= first && (lines[last] as string).trim() === "") last--;
  let text =
    first <= last
      ? lines
          .slice(first, last + 1)
          .join("\n")
          .trim()
      : "";
  if (text === NO_RESPONSE) text = "";
  if (field.render && text.startsWith("```")) text = unfence(text);
  const answer: Answer = {
    text,
    empty: isNothing(text),
    line: first <= last ? first + 1 : heading + 2,
    headingLine: heading + 1,
  };
  if (field.type === "checkboxes") {
    answer.checked = checkedBoxes(text, field.options);
    answer.empty = answer.checked.length === 0;
  }
  return answer;
}

/** A `render:` textarea arrives as ```lang … ```: the answer is what is inside. */
function unfence(text: string): string {
  const m = /^```[^\n]*\n([\s\S]*?)\n?```$/.exec(text);
  return m ? (m[1] as string).trim() : text;
}

const BOX = /^\s*[-*+]\s+\[([ xX✓✔])\]\s+(.*)$/u;

/** `- [x] label` / `- [X] label` ticked, `- [ ] label` not; labels matched to the form's options. */
export function checkedBoxes(text: string, options: readonly string[]): string[] {
  const known = new Map(options.map((o) => [normaliseLabel(o), o]));
  const checked: string[] = [];
  for (const line of splitLines(text)) {
    const m = BOX.exec(line);
    if (!m || m[1] === " ") continue;
    const label = (m[2] as string).trim();
    const option = known.get(normaliseLabel(label)) ?? label;
    if (!checked.includes(option)) checked.push(option);
  }
  return checked;
}

/**
 * Writes answers the way GitHub does (`### label`, blank line, answer or `_No response_`): the inverse of
 * parseFormBody, for tests, previews and fixtures. Checkbox answers are given as the ticked labels, one per line.
 */
export function renderFormBody(
  formOrName: FormName | FormTemplate,
  answers: Readonly<Record<string, string | undefined>>,
): string {
  const form = resolveForm(formOrName);
  return form.fields
    .map((f) => {
      const value = answers[f.id]?.trim() ?? "";
      let shown = value === "" ? NO_RESPONSE : value;
      if (f.type === "checkboxes") {
        const ticked = new Set(splitLines(value).map((l) => normaliseLabel(l)));
        shown = f.options.map((o) => `- [${ticked.has(normaliseLabel(o)) ? "X" : " "}] ${o}`).join("\n");
      } else if (f.render && value !== "") shown = `\`\`\`${f.render}\n${value}\n\`\`\``;
      return `### ${f.label}\n\n${shown}`;
    })
    .join("\n\n");
}
