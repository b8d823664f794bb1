import { createServer, request, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { afterEach, beforeEach, describe, expect, test } from "vitest";
import { createScimConnector } from "../../app/connectors/scim/scim-connector.js";
import type { Connector, ConnectorCredentials, TargetRef } from "../../app/connectors/types.js";
import { startHarness, type Harness } from "../directory/embedded-directory-harness.js";

const dana: TargetRef = { email: "dana.reyes@example.com" };
let h: Harness;
let scimc: Connector;
let creds: ConnectorCredentials;
let requests: string[];
let proxy: Server;
/** When set, the proxy answers every successful PATCH with 204 and no body (RFC 7644 §3.5.2 allows it). */
let patchAs204: boolean;

/**
 * The connector talks to the directory through this recording proxy on 127.0.0.1: every request
 * it sends is recorded on the wire (method, path under /scim/v2, whether it has a query).
 */
async function startRecordingProxy(target: URL): Promise<Server> {
  const server = createServer((req, res) => {
    const url = new URL(req.url!, "http://proxy");
    requests.push(`${req.method ?? "GET"} ${url.pathname.replace(/.*\/scim\/v2/, "")}${url.search ? "?" : ""}`);
    const upstream = request({ host: target.hostname, port: target.port, method: req.method, path: req.url, headers: req.headers }, (answer) => {
      if (req.method === "PATCH" && patchAs204 && (answer.statusCode ?? 0) < 300) {
        answer.resume();
        answer.on("end", () => res.writeHead(204).end());
        return;
      }
      res.writeHead(answer.statusCode ?? 502, answer.headers);
      answer.pipe(res);
    });
    req.pipe(upstream);
  });
  await new Promise<void>((r) => server.listen(0, "127.0.0.1", r));
  return server;
}

beforeEach(async () => {
  h = await startHarness();
  requests = [];
  patchAs204 = false;
  const target = new URL(h.directory.url);
  proxy = await startRecordingProxy(target);
  scimc = createScimConnector({ baseUrl: `http://127.0.0.1:${(proxy.address() as AddressInfo).port}${target.pathname}` });
  creds = await h.creds();
});
afterEach(async () => {
  proxy.closeAllConnections();
  await new Promise((r) => proxy.close(r));
  await h.stop();
});

describe("reads shared under one lease's readScope", () => {
  test("describe, snapshot and plan before any change read the account once", async () => {
    const scoped = { ...creds, readScope: {} };
    const described = await scimc.describe(dana, scoped);
    const snapshot = await scimc.snapshot(dana, scoped);
    const steps = await scimc.plan("soft", dana, scoped);
    expect(requests).toEqual(["GET /Users?"]);
    expect(snapshot.accountId).toBe(described.accountId);
    expect(steps.every((s) => s.accountId === described.accountId)).toBe(true);
  });

  test("a change forgets the shared read: the next step and the evidence read the server again", async () => {
    const scoped = { ...creds, readScope: {} };
    const [deactivate, revoke] = await scimc.plan("soft", dana, scoped);
    await scimc.apply(deactivate!, scoped);
    // deactivate's existence check was answered by the plan's read; its PATCH is the only new request.
    expect(requests).toEqual(["GET /Users?", `PATCH /Users/${deactivate!.accountId}`]);
    // revoke_sessions reads the account the server returned in answer to that PATCH (RFC 7644 §3.5.2).
    expect(await scimc.apply(revoke!, scoped)).toMatchObject({ alreadyDone: false });
    expect(requests.slice(2)).toEqual([`PATCH /Users/${revoke!.accountId}`]);
    expect(await scimc.describe(dana, scoped)).toMatchObject({ active: false, sessions: 0 });
    expect(requests.slice(3)).toEqual(["GET /Users?"]);
    // Applied again on a fresh lease: both steps read the server and find nothing left to do.
    const again = { ...creds, readScope: {} };
    expect(await scimc.apply(deactivate!, again)).toMatchObject({ alreadyDone: true });
    expect(await scimc.apply(revoke!, again)).toMatchObject({ alreadyDone: true });
  });

  test("a PATCH answered with 204 (no resource) leaves the next step to read the server", async () => {
    patchAs204 = true;
    const scoped = { ...creds, readScope: {} };
    const [deactivate, revoke] = await scimc.plan("soft", dana, scoped);
    await scimc.apply(deactivate!, scoped);
    expect(await scimc.apply(revoke!, scoped)).toMatchObject({ alreadyDone: false });
    expect(requests).toEqual(["GET /Users?", `PATCH /Users/${deactivate!.accountId}`, `GET /Users/${revoke!.accountId}`, `PATCH /Users/${revoke!.accountId}`]);
    expect(await scimc.verify("soft", dana, scoped)).toMatchObject({ ok: false, checks: { active: false, sessions: 0 } });
  });

  test("verify always reads afresh, even with nothing changed", async () => {
    const scoped = { ...creds, readScope: {} };
    await scimc.describe(dana, scoped);
    await scimc.verify("soft", dana, scoped);
    expect(requests).toEqual(["GET /Users?", "GET /Users?"]);
  });

  test("a change made elsewhere is seen by the next lease (another scope) and without a scope", async () => {
    const first = { ...creds, readScope: {} };
    expect(await scimc.describe(dana, first)).toMatchObject({ active: true });
    const [deactivate] = await scimc.plan("soft", dana, creds);
    await scimc.apply(deactivate!, { ...creds, readScope: {} });
    expect(await scimc.describe(dana, { ...creds, readScope: {} })).toMatchObject({ active: false });
    expect(await scimc.describe(dana, creds)).toMatchObject({ active: false });
  });

  test("without a readScope every call reads", async () => {
    await scimc.describe(dana, creds);
    await scimc.snapshot(dana, creds);
    await scimc.plan("soft", dana, creds);
    expect(requests).toEqual(["GET /Users?", "GET /Users?", "GET /Users?"]);
  });
});
