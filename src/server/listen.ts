/** Binding the server's port, and saying where it is bound and what it runs. */
import { readFileSync } from "node:fs";
import type { Server } from "node:http";
import type { AddressInfo } from "node:net";
import { join } from "node:path";
import { templatesDir } from "../templates-folder.ts";
import { ServerConfigError } from "./settings.ts";

export function listen(server: Server, port: number, host: string | undefined): Promise<void> {
  return new Promise((resolve, reject) => {
    server.once("error", (error: NodeJS.ErrnoException) => {
      const where = host ? `${host}:${port}` : `port ${port}`;
      reject(
        error.code === "EADDRINUSE"
          ? new ServerConfigError(`Port ${port} is already in use: set PORT to a free port.`)
          : error.code === "EADDRNOTAVAIL" || error.code === "ENOTFOUND"
            ? new ServerConfigError(
                `Cannot listen on ${where}: HOST '${host}' is not an address of this machine. Unset HOST to listen on all of them.`,
              )
            : error,
      );
    });
    server.listen({ port, host }, resolve);
  });
}

/**
 * Where the server is bound, as a URL: the address itself, `[::]` or `0.0.0.0` when it listens on every interface
 * (HOST unset), never a name that may resolve elsewhere. `local` is a URL this machine can use to reach it.
 */
export function boundAddress(server: Server): { url: string; local: string; everywhere: boolean } {
  const address = server.address() as AddressInfo;
  const everywhere = address.address === "::" || address.address === "0.0.0.0";
  const show = (host: string) => (host.includes(":") ? `[${host}]` : host);
  const url = `http://${show(address.address)}:${address.port}`;
  const loopback = address.family === "IPv6" ? "::1" : "127.0.0.1";
  return {
    url,
    local: `http://${show(everywhere ? loopback : address.address)}:${address.port}`,
    everywhere,
  };
}

/** Name and version, for the health endpoint and the log: read from package.json, which sits beside templates/. */
export function packageInfo(): { name: string; version: string } {
  try {
    const pkg = JSON.parse(readFileSync(join(templatesDir(), "..", "package.json"), "utf8")) as {
      name?: string;
      version?: string;
    };
    return { name: pkg.name ?? "wgbot", version: pkg.version ?? "unknown" };
  } catch {
    return { name: "wgbot", version: "unknown" };
  }
}
