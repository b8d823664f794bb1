import { once } from "node:events";
import { request as httpRequest, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import express, { type NextFunction, type Request, type Response } from "express";
import { afterEach, describe, expect, it } from "vitest";
import { durableWrites, lastResort } from "../../app/directory/durable-writes.js";

/** One HTTP exchange on a fresh connection: status and body as the client sees them. */
async function exchange(server: Server, method: string): Promise<{ status: number; body: string }> {
  const { port } = server.address() as AddressInfo;
  return new Promise((resolve, reject) => {
    const req = httpRequest({ host: "127.0.0.1", port, method, path: "/x", agent: false }, (res) => {
      let body = "";
      res.setEncoding("utf8");
      res.on("data", (c: string) => (body += c));
      res.on("end", () => resolve({ status: res.statusCode ?? 0, body }));
    });
    req.on("error", reject);
    req.end();
  });
}

let server: Server | null = null;
afterEach(async () => {
  server?.close();
  server = null;
});

async function serve(durable: () => Promise<void>, handler: (req: Request, res: Response, next: NextFunction) => void): Promise<Server> {
  const app = express();
  app.use(durableWrites(durable), handler);
  app.use(lastResort);
  server = app.listen(0, "127.0.0.1");
  await once(server, "listening");
  return server;
}

describe("durableWrites and the last-resort handler", () => {
  it("send a handler's answer once, after the journal, even when the handler then passes an error on (as scimmy-routers does after a 5xx)", async () => {
    let release!: () => void;
    const journal = new Promise<void>((r) => (release = r));
    let durableCalls = 0;
    const s = await serve(
      () => {
        durableCalls++;
        return journal;
      },
      (_req, res, next) => {
        res.status(503).setHeader("content-type", "application/scim+json");
        res.end('{"status":"503"}');
        next(new Error("handler failed after answering"));
      },
    );
    const answer = exchange(s, "PATCH");
    setTimeout(release, 20);
    const got = await answer;
    expect(got.status).toBe(503);
    expect(got.body).toBe('{"status":"503"}');
    expect(durableCalls).toBe(1);
  });

  it("answer 500 when the change cannot be made durable", async () => {
    const s = await serve(() => Promise.reject(new Error("disk full")), (_req, res) => void res.status(200).end("ok"));
    const got = await exchange(s, "POST");
    expect(got.status).toBe(500);
    expect(JSON.parse(got.body)).toMatchObject({ status: "500", detail: "disk full" });
  });

  it("answer 500 for an error nothing answered, and leave reads alone", async () => {
    const s = await serve(() => Promise.resolve(), (req, res, next) => (req.method === "GET" ? void res.status(200).end("read") : next(new Error("boom"))));
    expect(await exchange(s, "DELETE")).toMatchObject({ status: 500 });
    expect(JSON.parse((await exchange(s, "DELETE")).body)).toEqual({ status: "500", detail: "Error: boom" });
    expect(await exchange(s, "GET")).toMatchObject({ status: 200, body: "read" });
  });
});
