/**
 * The route table of the in-memory GitHub: a method and a path pattern (`:name` one segment, `:name+` the rest,
 * both still percent-encoded as sent) per endpoint, and the answers lists and errors share.
 */
import type { ApiAnswer, ApiRequest, Resource } from "./types.ts";

export interface RouteInput {
  /** The pattern's parameters, percent-decoded. */
  params: string[];
  query: Record<string, string>;
  body: unknown;
  baseUrl: string;
}

export type Handler = (input: RouteInput) => ApiAnswer;

export class Router {
  private readonly routes: { method: string; pattern: RegExp; resource: Resource; handler: Handler }[] = [];

  add(method: string, pattern: string, resource: Resource, handler: Handler): void {
    const source = pattern
      .replace(/[.*?^$()|[\]\\]/g, "\\$&")
      .replace(/:[a-z_]+\+/g, "(.+)")
      .replace(/:[a-z_]+/g, "([^/]+)");
    // Owner and repository names are case-insensitive on GitHub.
    this.routes.push({ method, pattern: new RegExp(`^${source}/?$`, "i"), resource, handler });
  }

  answer(request: ApiRequest): ApiAnswer | undefined {
    for (const { method, pattern, resource, handler } of this.routes) {
      const match = method === request.method ? pattern.exec(request.path) : null;
      if (!match) continue;
      const params = match.slice(1).map((p) => decodeURIComponent(p));
      const answer = handler({ params, query: request.query, body: request.body, baseUrl: request.baseUrl });
      return { resource, ...answer };
    }
    return undefined;
  }
}

export const notFound: ApiAnswer = { status: 404, body: { message: "Not Found" } };

export function validationFailed(errors: object[], message = "Validation Failed"): ApiAnswer {
  return { status: 422, body: { message, errors } };
}

/** One page of a list (`per_page`, `page`), as GitHub numbers them. */
export function page<T>(items: readonly T[], query: Record<string, string>): T[] {
  const perPage = Number(query.per_page ?? 30) || 30;
  const n = Number(query.page ?? 1) || 1;
  return items.slice((n - 1) * perPage, n * perPage);
}

/** One page of a list, with the `Link` header Octokit's paginate follows to the next page. */
export function paged<T>(items: readonly T[], query: Record<string, string>, url: string): ApiAnswer {
  const perPage = Number(query.per_page ?? 30) || 30;
  const n = Number(query.page ?? 1) || 1;
  const headers: Record<string, string> = {};
  if (n * perPage < items.length) {
    const next = new URLSearchParams({ ...query, page: String(n + 1) });
    headers.link = `<${url}?${next}>; rel="next"`;
  }
  return { status: 200, body: page(items, query), headers };
}
