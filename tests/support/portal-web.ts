/**
 * The portal's web handler on its own node:http server on a free port, over a fresh database
 * with the portal story (or what `seed` writes instead, at the clock's `now`).
 */
import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import { createPortalHandler } from "../../src/http/portal/handler.js";
import { createPortalSearch } from "../../src/core/features/portal/search.js";
import type { Db } from "../../src/db/client.js";
import type { PublicReport } from "../../src/core/features/report/public.js";
import { testClock, testCore } from "./core.js";
import { seedPortalStory } from "./portal-seed.js";

export async function startPortalWeb(
  options: {
    now?: string;
    seed?: (db: Db, now: Date) => Promise<unknown>;
    achieved?: (deps: Awaited<ReturnType<typeof testCore>>["deps"]) => PublicReport;
    env?: Record<string, string>;
  } = {},
) {
  const t = await testCore({
    ...(options.now ? { clock: testClock(options.now) } : {}),
    ...(options.env ? { env: options.env } : {}),
  });
  await (options.seed ?? seedPortalStory)(t.db, t.clock.now());
  const handler = createPortalHandler({
    deps: t.deps,
    search: createPortalSearch(),
    ...(options.achieved ? { achieved: options.achieved(t.deps) } : {}),
  });
  const server = createServer((req, res) => {
    void handler(req, res).then(
      (taken) => {
        if (!taken) {
          res.writeHead(404, { "content-type": "text/plain" });
          res.end("not ours\n");
        }
      },
      (err: Error) => {
        res.writeHead(500);
        res.end(String(err.message));
      },
    );
  });
  await new Promise<void>((r) => server.listen(0, "127.0.0.1", r));
  const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    ...t,
    base,
    get: (path: string, headers: Record<string, string> = {}, method = "GET") =>
      fetch(`${base}${path}`, { headers, method }),
    close: () => new Promise<void>((r) => server.close(() => r())),
  };
}
