/**
 * A request that got no answer reads as a network failure, "cannot reach <origin>", and a real answer never does:
 * Octokit gives both status 500, and only a real answer carries a response.
 */
import { createServer } from "node:net";
import { describe, expect, it } from "vitest";
import { createGitHub, unreachable } from "../../src/github/client.ts";

const request = {
  method: "GET" as const,
  url: "https://api.github.com/repos/psf/governance/issues/1",
  headers: {},
};

/** Shaped as Octokit's RequestError: a status, the request, and a response only when one came. */
function requestError(message: string, status: number, response?: unknown) {
  return Object.assign(new Error(message), { name: "HttpError", status, request, response });
}

/** A loopback port nothing listens on (fetch refuses well-known ports such as 1 outright). */
function closedPort(): Promise<number> {
  return new Promise((resolve) => {
    const probe = createServer().listen(0, "127.0.0.1", () => {
      const { port } = probe.address() as { port: number };
      probe.close(() => resolve(port));
    });
  });
}

describe("unreachable", () => {
  it("names the origin and the cause of a request that got no answer", () => {
    const error = requestError("getaddrinfo ENOTFOUND api.github.com", 500);
    expect(unreachable(error)).toBe(
      "cannot reach https://api.github.com: getaddrinfo ENOTFOUND api.github.com",
    );
  });

  it("leaves alone a 500 that GitHub answered", () => {
    const response = { status: 500, url: request.url, headers: {}, data: { message: "Server Error" } };
    expect(unreachable(requestError("Server Error", 500, response))).toBeUndefined();
  });

  it("leaves alone other statuses and other errors", () => {
    expect(unreachable(requestError("Not Found", 404))).toBeUndefined();
    expect(unreachable(new Error("boom"))).toBeUndefined();
    expect(unreachable(undefined)).toBeUndefined();
  });

  it("reads the failure the real client raises when nothing listens", async () => {
    const port = await closedPort();
    const github = createGitHub({
      token: "t",
      baseUrl: `http://127.0.0.1:${port}`,
      timing: { secondMs: 1, requestTimeoutMs: 2_000 },
      throttleId: "unreachable-test",
    });
    const error = await github.rest.issues
      .get({ owner: "psf", repo: "governance", issue_number: 1 })
      .catch((e) => e);
    expect(unreachable(error)).toBe(
      `cannot reach http://127.0.0.1:${port}: connect ECONNREFUSED 127.0.0.1:${port}`,
    );
  });
});
