/**
 * The floor of the portal scenario: a bare Node http server in its own process that answers
 * every request with the same static HTML page of BENCH_BODY_BYTES bytes (no database, no
 * templates, no framework). Reports its port in the ready message.
 */
import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import { send, serve } from "./ipc.js";

const bytes = Number(process.env.BENCH_BODY_BYTES ?? "20000");
const line = "<p>Lorem ipsum dolor sit amet, consectetur adipiscing elit, sed do eiusmod tempor.</p>\n";
const body = Buffer.from(
  `<!doctype html><html lang="fi"><head><meta charset="utf-8"><title>Floor</title></head><body>\n${line.repeat(Math.ceil(bytes / line.length))}`.slice(
    0,
    Math.max(0, bytes - 15),
  ) + "</body></html>\n",
);
const server = createServer((req, res) => {
  res.writeHead(200, {
    "content-type": "text/html; charset=utf-8",
    "content-length": String(body.length),
    "cache-control": "public, max-age=60",
  });
  res.end(req.method === "HEAD" ? undefined : body);
});
server.keepAliveTimeout = 5_000;
server.listen(0, "127.0.0.1", () => {
  serve({ stop: () => new Promise<void>((r) => server.close(() => r())) });
  send({
    event: "ready",
    readyAtMs: Date.now(),
    processStartMs: performance.timeOrigin,
    port: (server.address() as AddressInfo).port,
    bytes: body.length,
  });
});
