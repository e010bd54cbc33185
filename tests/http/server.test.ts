/**
 * One HTTP server per process: an ordered list of handlers, the Telegram webhook and Slack's HTTP
 * mode side by side on one port, /healthz for a load balancer, and a shutdown that turns
 * readiness off before it stops taking requests.
 */
import { afterAll, describe, expect, it } from "vitest";
import { createHttpServer, healthHandler, type HttpHandler } from "../../src/http/server.js";
import { cleanupDatabases } from "../support/db.js";
import { testLogger } from "../support/core.js";
import { startHarness } from "../support/harness.js";

afterAll(cleanupDatabases);

describe("the shared HTTP server", () => {
  it("asks its handlers in order, the first to take a request answers it; nobody: 404; a failing handler: 500", async () => {
    const asked: string[] = [];
    const handler =
      (name: string, takes: (url: string) => boolean): HttpHandler =>
      async (req, res) => {
        asked.push(name);
        if (!takes(req.url ?? "")) return false;
        if (name === "broken") throw new Error("boom");
        if (name === "second") res.writeHead(200, { "content-security-policy": "default-src 'self'" }).end(name);
        else res.writeHead(200).end(name);
        return true;
      };
    const server = createHttpServer(
      [
        handler("first", (u) => u === "/a"),
        handler("second", (u) => u.startsWith("/a") || u === "/b"),
        handler("broken", (u) => u === "/c"),
      ],
      { port: 0, host: "127.0.0.1", log: testLogger() },
    );
    await server.listen();
    const base = `http://127.0.0.1:${server.port}`;
    try {
      expect(await (await fetch(`${base}/a`)).text()).toBe("first");
      expect(asked.splice(0)).toEqual(["first"]);
      expect(await (await fetch(`${base}/b`)).text()).toBe("second");
      expect(asked.splice(0)).toEqual(["first", "second"]);
      expect((await fetch(`${base}/nothing`)).status).toBe(404);
      expect(asked.splice(0)).toEqual(["first", "second", "broken"]);
      expect((await fetch(`${base}/c`)).status).toBe(500);
      // Every response carries the security headers: the generic 404 and 500, any method, odd
      // paths; a handler's own header of the same name (the portal's CSP) replaces the default.
      for (const [path, method] of [
        ["/nothing", "GET"],
        ["/c", "GET"],
        ["/a", "GET"],
        ["/%ff", "GET"],
        ["/nope", "DELETE"],
        ["/x/../package.json", "GET"],
      ] as const) {
        const res = await fetch(`${base}${path}`, { method });
        expect(res.headers.get("content-security-policy"), path).toContain("default-src 'none'");
        expect(res.headers.get("content-security-policy"), path).toContain("frame-ancestors 'none'");
        expect(res.headers.get("x-content-type-options"), path).toBe("nosniff");
        expect(res.headers.get("x-frame-options"), path).toBe("DENY");
        expect(res.headers.get("referrer-policy"), path).toBe("no-referrer");
      }
      const own = await fetch(`${base}/b`);
      expect(own.headers.get("content-security-policy")).toBe("default-src 'self'");
      expect(own.headers.get("x-content-type-options")).toBe("nosniff");
    } finally {
      await server.close();
    }
  });

  it("/healthz: 200 with its checks, 503 when one fails, 503 while draining; then the port is closed", async () => {
    let dbOk = true;
    let server!: ReturnType<typeof createHttpServer>;
    server = createHttpServer(
      [
        healthHandler({
          isReady: () => server.ready,
          check: async () => ({ ok: dbOk, checks: { database: { ok: dbOk } } }),
        }),
      ],
      { port: 0, host: "127.0.0.1", log: testLogger() },
    );
    await server.listen();
    const url = `http://127.0.0.1:${server.port}/healthz`;
    const ok = await fetch(url);
    expect(ok.status).toBe(200);
    expect(ok.headers.get("content-security-policy")).toContain("default-src 'none'");
    expect(ok.headers.get("x-content-type-options")).toBe("nosniff");
    expect((await fetch(`${url}/`)).headers.get("x-frame-options")).toBe("DENY");
    expect(await ok.json()).toEqual({ status: "ok", database: { ok: true } });
    dbOk = false;
    expect((await fetch(url)).status).toBe(503);
    dbOk = true;
    await server.drain();
    const draining = await fetch(url);
    expect(draining.status).toBe(503);
    expect(await draining.json()).toMatchObject({ status: "unavailable", ready: { ok: false } });
    await server.close();
    await expect(fetch(url)).rejects.toThrow();
  });

  it("the Telegram webhook and Slack's HTTP mode share one port with /healthz; at shutdown the balancer sees 503 first", async () => {
    const h = await startHarness({ telegramMode: "webhook", slackMode: "http" });
    try {
      const base = `http://127.0.0.1:${h.port}`;
      const anna = h.telegramUser(5101, "Anna");
      const reply = await h.tgSay(anna, "/start");
      expect(reply.text).toContain("Anna");
      h.slackUser("U0HTTP1", "Kaisa", { staff: true });
      const answer = await h.slack("U0HTTP1", "ohje");
      expect(answer.text).toContain("Mahdollisuudet käyttöön! -botti");
      const health = await fetch(`${base}/healthz`);
      expect(health.status).toBe(200);
      expect(await health.json()).toEqual({
        status: "ok",
        database: { ok: true },
        migrations: { ok: true },
        telegram: { ok: true },
        slack: { ok: true },
      });
      expect((await fetch(`${base}/telegram`)).status).toBe(404); // GET: not the webhook
      await h.app.http!.drain();
      expect((await fetch(`${base}/healthz`)).status).toBe(503);
    } finally {
      await h.stop();
    }
    await expect(fetch(`http://127.0.0.1:${h.port}/healthz`)).rejects.toThrow();
  });
});
