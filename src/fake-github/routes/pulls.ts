/** Pull requests: read one, list them, open one (wgbot's charter pull requests), and the files one changes. */
import { blobSha, changedFiles, lineCount } from "../git.ts";
import type { Router } from "../router.ts";
import { notFound, paged, validationFailed } from "../router.ts";
import type { GitHubState } from "../state.ts";
import type { FakePull } from "../types.ts";

export function pullRoutes(router: Router, state: GitHubState): void {
  const repo = `/repos/${state.owner}/${state.repo}`;
  const json = (pull: FakePull) => {
    const issue = state.issues.get(pull.number);
    const { files: _files, ...fields } = pull;
    return {
      ...fields,
      title: issue?.title ?? "",
      body: issue?.body ?? "",
      state: issue?.state ?? "open",
      head: { ...pull.head, label: pull.head.label ?? `${state.owner}:${pull.head.ref}` },
      labels: issue?.labels ?? [],
      milestone: issue?.milestone ?? null,
    };
  };
  router.add("GET", `${repo}/pulls/:n`, "items", ({ params: [n] }) => {
    const pull = state.pulls.get(Number(n));
    return pull ? { status: 200, body: json(pull) } : notFound;
  });
  router.add("GET", `${repo}/pulls`, "items", ({ query, baseUrl }) => {
    const wanted = query.state ?? "open";
    const list = [...state.pulls.values()]
      .map(json)
      .filter(
        (p) =>
          (wanted === "all" || p.state === wanted) &&
          (query.head === undefined ||
            query.head === p.head.label ||
            query.head === `${state.owner}:${p.head.ref}`) &&
          (query.base === undefined || p.base.ref === query.base),
      );
    return paged(list, query, `${baseUrl}${repo}/pulls`);
  });
  router.add("POST", `${repo}/pulls`, "items", ({ body }) => {
    const b = body as { title: string; head: string; base: string; body?: string };
    const head = state.branches.get(b.head);
    if (head === undefined)
      return validationFailed([{ resource: "PullRequest", field: "head", code: "invalid" }]);
    const open = [...state.pulls.values()].some(
      (p) => p.head.ref === b.head && state.issues.get(p.number)?.state === "open",
    );
    if (open)
      return validationFailed([
        {
          resource: "PullRequest",
          code: "custom",
          message: `A pull request already exists for ${state.owner}:${b.head}.`,
        },
      ]);
    const baseFiles = state.filesAt(b.base) ?? new Map();
    const issue = state.addIssue({ title: b.title, body: b.body ?? "", user: state.actor, pull_request: {} });
    const pull: FakePull = {
      number: issue.number,
      user: state.actor,
      head: { sha: head, ref: b.head },
      base: { sha: state.commit(baseFiles), ref: b.base },
      files: changedFiles(baseFiles, state.commits.get(head) ?? new Map()),
    };
    state.pulls.set(pull.number, pull);
    return { status: 201, body: json(pull) };
  });
  router.add("GET", `${repo}/pulls/:n/files`, "items", ({ params: [n], query, baseUrl }) => {
    const pull = state.pulls.get(Number(n));
    if (!pull) return notFound;
    const base = state.commits.get(pull.base.sha);
    const head = state.commits.get(pull.head.sha);
    const files = pull.files.map((f) => {
      const after = head?.get(f.filename);
      const additions = f.status === "removed" ? 0 : lineCount(after);
      const deletions = f.status === "added" ? 0 : lineCount(base?.get(f.filename));
      return {
        sha: after === undefined ? blobSha("") : blobSha(after),
        additions,
        deletions,
        changes: additions + deletions,
        ...f,
      };
    });
    return paged(files, query, `${baseUrl}${repo}/pulls/${pull.number}/files`);
  });
}
