import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { afterEach, describe, expect, it } from "vitest";
import { createHttpExchange } from "../../app/connectors/scim/http-exchange.js";
import { parseScimConnectorConfig } from "../../app/connectors/scim/config.js";
import { createScimClient } from "../../app/connectors/scim/scim-client.js";

let server: Server | null = null;
afterEach(async () => {
  server?.closeAllConnections();
  await new Promise((r) => server?.close(r) ?? r(undefined));
  server = null;
});

/** A plain HTTP server on 127.0.0.1 counting the connections it accepts. */
async function serve(handler: Parameters<typeof createServer>[1]): Promise<{ url: string; connections: () => number }> {
  let connections = 0;
  server = createServer(handler);
  server.on("connection", () => connections++);
  await new Promise<void>((r) => server!.listen(0, "127.0.0.1", r));
  return { url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`, connections: () => connections };
}

describe("the SCIM client's HTTP exchange", () => {
  it("reuses keep-alive connections for a connector's successive calls, and sends the body with its length", async () => {
    const seen: string[] = [];
    const s = await serve((req, res) => {
      let body = "";
      req.on("data", (c) => (body += c));
      req.on("end", () => {
        seen.push(`${req.method} ${req.url} ${req.headers["content-length"] ?? "-"} ${body}`);
        res.setHeader("content-type", "application/scim+json");
        res.end(JSON.stringify({ ok: true }));
      });
    });
    const exchange = createHttpExchange();
    for (let i = 0; i < 20; i++) expect(await exchange("GET", `${s.url}/Users/${i}`, {}, undefined, 5_000)).toEqual({ status: 200, body: '{"ok":true}' });
    expect(await exchange("PATCH", `${s.url}/Users/x`, { "content-type": "application/scim+json" }, '{"a":"é"}', 5_000)).toMatchObject({ status: 200 });
    // undici frees a connection just after handing over the answer, so a call made at once may take
    // a second one; 21 calls in a row still share at most two.
    expect(s.connections()).toBeLessThanOrEqual(2);
    expect(seen.at(-1)).toBe('PATCH /Users/x 10 {"a":"é"}');
  });

  it("gives up after timeoutMs when the answer does not come, and the connector reports CONNECTOR_FAILED", async () => {
    const s = await serve((_req, res) => {
      res.writeHead(200, { "content-type": "application/scim+json" });
      res.write('{"partial":'); // and never ends
    });
    const started = Date.now();
    await expect(createHttpExchange()("GET", `${s.url}/Users`, {}, undefined, 300)).rejects.toThrow(/300 ms/);
    expect(Date.now() - started).toBeLessThan(5_000);
    const client = createScimClient(parseScimConnectorConfig({ baseUrl: s.url, timeoutMs: 300 }), { bearerToken: "t" });
    await expect(client.get("/Users")).rejects.toMatchObject({ code: "CONNECTOR_FAILED", details: { status: null } });
  });

  it("rejects an answer cut off before its end, and a refused connection, with the underlying error", async () => {
    const s = await serve((_req, res) => {
      res.writeHead(200, { "content-type": "application/scim+json", "content-length": "100" });
      res.write('{"partial":');
      setTimeout(() => res.socket?.destroy(), 20);
    });
    await expect(createHttpExchange()("GET", `${s.url}/Users`, {}, undefined, 5_000)).rejects.toThrow(/closed|terminated|socket/i);
    const gone = s.url;
    server?.closeAllConnections();
    await new Promise((r) => server?.close(r));
    server = null;
    await expect(createHttpExchange()("GET", `${gone}/Users`, {}, undefined, 5_000)).rejects.toThrow(/ECONNREFUSED/);
  });

  it("maps the answers as before: 404 is null/false, 401 is LEASE_REVOKED with the SCIM detail, other errors CONNECTOR_FAILED with scimType", async () => {
    const s = await serve((req, res) => {
      const [status, body] = req.url === "/gone" ? [404, ""] : req.url === "/denied" ? [401, JSON.stringify({ detail: "token expired" })] : [400, JSON.stringify({ scimType: "invalidValue", detail: "bad" })];
      res.writeHead(status, { "content-type": "application/scim+json" }).end(body);
    });
    const client = createScimClient(parseScimConnectorConfig({ baseUrl: s.url }), { bearerToken: "t" });
    expect(await client.get("/gone")).toBeNull();
    expect(await client.patch("/gone", [])).toBe(false);
    expect(await client.delete("/gone")).toBe(false);
    await expect(client.get("/denied")).rejects.toMatchObject({ code: "LEASE_REVOKED", details: { status: 401, detail: "token expired" } });
    await expect(client.get("/bad")).rejects.toMatchObject({ code: "CONNECTOR_FAILED", details: { status: 400, scimType: "invalidValue", detail: "bad" } });
  });
});
