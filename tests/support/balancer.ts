/**
 * A round-robin HTTP load balancer in front of several product processes (the three-instance test
 * and the benchmark's instances scenario), as a reverse proxy in front of webhooks would be.
 */
import http from "node:http";
import type { AddressInfo } from "node:net";

/**
 * Round robin over `ports`: each request goes to the next backend; a refused connection (or a
 * reset kept-alive one) tries the next one; a failure mid-request answers 502 (Telegram then
 * delivers the update again).
 */
export async function startBalancer(ports: number[]) {
  let next = 0;
  const agents = ports.map(() => new http.Agent({ keepAlive: true, maxSockets: 100 }));
  let requests = 0;
  let failed = 0;
  let retried = 0;
  const server = http.createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on("data", (c: Buffer) => chunks.push(c));
    req.on("end", () => {
      const body = Buffer.concat(chunks);
      requests++;
      const tryBackend = (tries: number) => {
        const i = next++ % ports.length;
        const out = http.request(
          {
            host: "127.0.0.1",
            port: ports[i],
            method: req.method,
            path: req.url,
            headers: req.headers,
            agent: agents[i],
          },
          (r) => {
            res.writeHead(r.statusCode ?? 502, r.headers);
            r.pipe(res);
            r.on("error", () => res.destroy());
          },
        );
        out.on("error", (err: NodeJS.ErrnoException) => {
          // Refused, or a kept-alive connection the backend closed as it was reused (its
          // keepAliveTimeout ran out at that moment): the next backend, as a proxy's
          // "next upstream on error" does. (The update may reach two processes: the dedupe holds.)
          const retry = err.code === "ECONNREFUSED" || (err.code === "ECONNRESET" && out.reusedSocket);
          if (retry && !res.headersSent && tries < ports.length + 1) {
            retried++;
            return tryBackend(tries + 1);
          }
          failed++;
          if (!res.headersSent) res.writeHead(502).end();
          else res.destroy();
        });
        out.end(body);
      };
      tryBackend(1);
    });
  });
  server.keepAliveTimeout = 60_000;
  await new Promise<void>((r) => server.listen(0, "127.0.0.1", r));
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    stats: () => ({ requests, failed, retried }),
    close: () => {
      const closed = new Promise((r) => server.close(r));
      server.closeAllConnections();
      for (const a of agents) a.destroy();
      return closed;
    },
  };
}
