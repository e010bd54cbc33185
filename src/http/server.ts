/**
 * The one HTTP server of a process, on PORT. It serves an explicit, ordered list of handlers:
 * each gets the request in turn and answers true when it took it; nobody taking it is a 404.
 * The Telegram webhook, Slack's HTTP mode, `GET /healthz` and the public pages are handlers.
 *
 * Shutdown in two steps, so a load balancer stops sending before the process stops taking
 * requests: `drain()` turns readiness off (the health handler answers 503) and waits a moment;
 * `close()` then stops accepting connections and waits for the requests in flight.
 */
import { safeError } from "../core/privacy/logs.js";
import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import type { Logger } from "../core/app/contract.js";

/** Takes a request (true) or passes it on to the next handler (false). */
export type HttpHandler = (req: IncomingMessage, res: ServerResponse) => Promise<boolean>;

export interface HttpServer {
  readonly server: Server;
  /** The port actually listened on (PORT=0 picks a free one). */
  readonly port: number;
  /** False from `drain()` on: the health endpoint answers 503. */
  readonly ready: boolean;
  listen(): Promise<void>;
  /** Readiness off; waits `graceMs` for the load balancer to notice. */
  drain(graceMs?: number): Promise<void>;
  /** Stops accepting connections; waits (bounded) for requests in flight, then closes idle keep-alive connections. */
  close(timeoutMs?: number): Promise<void>;
}

export interface HttpServerOptions {
  port: number;
  host?: string;
  log: Logger;
}

/**
 * Sent with every response of the server (its own 404 and 500, /healthz, webhooks); a handler's
 * own headers of the same name (the portal's CSP that allows its stylesheet) replace these.
 */
export const BASE_SECURITY_HEADERS: Readonly<Record<string, string>> = {
  "content-security-policy": "default-src 'none'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'",
  "x-content-type-options": "nosniff",
  "referrer-policy": "no-referrer",
  "x-frame-options": "DENY",
  "cross-origin-resource-policy": "same-site",
};

export function createHttpServer(handlers: readonly HttpHandler[], options: HttpServerOptions): HttpServer {
  let ready = true;
  let listening = false;
  const server = createServer((req, res) => {
    for (const [name, value] of Object.entries(BASE_SECURITY_HEADERS)) res.setHeader(name, value);
    void (async () => {
      try {
        for (const handle of handlers) if (await handle(req, res)) return;
        if (!res.headersSent) res.writeHead(404, { "content-type": "text/plain; charset=utf-8" });
        if (!res.writableEnded) res.end("Not found\n");
      } catch (err) {
        options.log.error({ err: safeError(err), url: req.url?.split("?")[0] }, "http handler failed");
        if (!res.headersSent) res.writeHead(500, { "content-type": "text/plain; charset=utf-8" });
        if (!res.writableEnded) res.end("Internal error\n");
      }
    })();
  });
  // A keep-alive connection from a load balancer must not hold the process open at shutdown.
  server.keepAliveTimeout = 5_000;

  return {
    server,
    get port() {
      const a = server.address() as AddressInfo | null;
      return a?.port ?? options.port;
    },
    get ready() {
      return ready;
    },
    async listen() {
      await new Promise<void>((resolve, reject) => {
        server.once("error", reject);
        server.listen(options.port, options.host, () => {
          server.off("error", reject);
          resolve();
        });
      });
      listening = true;
      options.log.info({ port: (server.address() as AddressInfo).port }, "http server listening");
    },
    async drain(graceMs = 0) {
      ready = false;
      if (graceMs > 0) await new Promise((r) => setTimeout(r, graceMs).unref());
    },
    async close(timeoutMs = 10_000) {
      ready = false;
      if (!listening) return;
      listening = false;
      const closed = new Promise<void>((r) => server.close(() => r()));
      server.closeIdleConnections();
      const timer = setTimeout(() => server.closeAllConnections(), timeoutMs);
      timer.unref();
      await closed;
      clearTimeout(timer);
    },
  };
}

/** The path of a request, without its query. */
export function pathOf(req: IncomingMessage): string {
  return (req.url ?? "/").split("?")[0]!;
}

export interface HealthReport {
  ok: boolean;
  checks: Record<string, { ok: boolean; detail?: string }>;
}

/**
 * `GET /healthz` (and HEAD): 200 with the checks when everything is fine and the process is
 * ready, 503 otherwise (also while shutting down, so the load balancer stops sending).
 */
export function healthHandler(options: { isReady: () => boolean; check: () => Promise<HealthReport> }): HttpHandler {
  return async (req, res) => {
    if (pathOf(req) !== "/healthz" || (req.method !== "GET" && req.method !== "HEAD")) return false;
    let report: HealthReport;
    if (!options.isReady()) {
      report = { ok: false, checks: { ready: { ok: false, detail: "shutting down" } } };
    } else {
      try {
        report = await options.check();
      } catch (err) {
        report = { ok: false, checks: { health: { ok: false, detail: (err as Error).message } } };
      }
    }
    const body = JSON.stringify({ status: report.ok ? "ok" : "unavailable", ...report.checks });
    res.writeHead(report.ok ? 200 : 503, {
      "content-type": "application/json; charset=utf-8",
      "cache-control": "no-store",
    });
    res.end(req.method === "HEAD" ? undefined : `${body}\n`);
    return true;
  };
}
