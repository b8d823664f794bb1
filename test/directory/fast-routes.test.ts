import { request } from "node:http";
import express from "express";
import fc from "fast-check";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import type { EmbeddedDirectory } from "../../app/directory/start-embedded-directory.js";
import { seedDirectoryState } from "../../app/directory/seed.js";
import { OFFBOARD_USER_EXTENSION as EXT, type DirectoryState } from "../../app/directory/state.js";
import { edgeUsers, startDirectoryPair, TOKEN, type DirectoryPair } from "./directory-pair.js";
import { NOW } from "./embedded-directory-harness.js";

// Fixed by default so a run is reproducible; set FC_SEED to explore other samples.
const SEED = Number(process.env.FC_SEED ?? 20261129);
const RUNS = Number(process.env.FC_RUNS ?? 500);
const PATCH_OP = "urn:ietf:params:scim:api:messages:2.0:PatchOp";
const message = (...operations: unknown[]) => JSON.stringify({ schemas: [PATCH_OP], Operations: operations });

interface Req {
  method: string;
  /** Path below the SCIM root, sent as it is (no encoding here). */
  path: string;
  headers?: Record<string, string>;
  body?: string;
}

/** The answer as the wire carries it: status line, every header in order and spelling but Date, body bytes. */
interface Raw {
  status: number;
  message: string;
  headers: string[];
  body: string;
}

function send(directory: EmbeddedDirectory, r: Req): Promise<Raw> {
  return new Promise((resolve, reject) => {
    const headers = { authorization: `Bearer ${TOKEN}`, ...(r.body !== undefined ? { "content-type": "application/scim+json", "content-length": String(Buffer.byteLength(r.body)) } : {}), ...r.headers };
    for (const [k, v] of Object.entries(headers)) if (v === "") delete (headers as Record<string, string>)[k];
    const req = request(`${directory.url}${r.path}`, { method: r.method, headers }, (res) => {
      const chunks: Buffer[] = [];
      res.on("data", (c: Buffer) => chunks.push(c));
      res.on("end", () => {
        const raw = res.rawHeaders;
        const kept: string[] = [];
        for (let i = 0; i < raw.length; i += 2) if (raw[i]!.toLowerCase() !== "date") kept.push(raw[i]!, raw[i + 1]!);
        resolve({ status: res.statusCode!, message: res.statusMessage!, headers: kept, body: Buffer.concat(chunks).toString("latin1") });
      });
    });
    req.on("error", reject);
    req.end(r.body);
  });
}

function seed(): DirectoryState {
  const state = seedDirectoryState(NOW);
  return { ...state, users: [...state.users, ...edgeUsers(NOW)] };
}

describe("differential: the fast lane (fast-routes.ts, render-user.ts) vs express + scimmy-routers + SCIMMY, raw HTTP", () => {
  let pair: DirectoryPair;
  let ids: string[];
  let names: string[];
  // A pass-through spy (it changes nothing): counts the requests that reached an express app.
  const handle = vi.spyOn(express.application as unknown as { handle: (...a: unknown[]) => unknown }, "handle");

  beforeAll(async () => {
    pair = await startDirectoryPair(seed());
    const users = pair.reference.snapshotState().users;
    ids = users.map((u) => u.id);
    names = users.map((u) => u.userName);
  });
  afterAll(async () => {
    handle.mockRestore();
    await pair.stop();
  });

  /** Both directories, the fast one first; whether the fast one answered without express; what differs, if anything. */
  async function both(r: Req) {
    const before = handle.mock.calls.length;
    const fast = await send(pair.fast, r);
    const laned = handle.mock.calls.length === before;
    const reference = await send(pair.reference, r);
    const mismatch =
      JSON.stringify(fast) !== JSON.stringify(reference) ? { fast, reference }
      : JSON.stringify(pair.fast.snapshotState()) !== JSON.stringify(pair.reference.snapshotState()) ? "stored state differs"
      : pair.journal("fast") !== pair.journal("reference") ? "journal differs"
      : null;
    return { fast, laned, mismatch };
  }

  it("answers the connectors' requests and their edges byte for byte as the express stack, serving the hot ones itself", async () => {
    const dana = ids[names.indexOf("dana.reyes@example.com")]!;
    const typed = ids[names.indexOf("edge.typed-role@example.com")]!;
    const byName = (name: string) => `/Users?filter=${encodeURIComponent(`userName eq "${name}"`)}&count=10`;
    const table: Array<{ r: Req; laned: boolean }> = [
      // find-user.ts, get-user.ts, apply-step.ts
      { r: { method: "GET", path: byName("dana.reyes@example.com") }, laned: true },
      { r: { method: "GET", path: byName("DANA.Reyes@Example.com") }, laned: true },
      { r: { method: "GET", path: byName("nobody@example.com") }, laned: true },
      { r: { method: "GET", path: byName("edge.typed-role@example.com") }, laned: true }, // SCIMMY refuses to render: its error
      { r: { method: "GET", path: `/Users/${dana}` }, laned: true },
      { r: { method: "GET", path: `/Users/${typed}` }, laned: true },
      { r: { method: "GET", path: "/Users/no-such-user" }, laned: true },
      { r: { method: "PATCH", path: `/Users/${dana}`, body: message({ op: "replace", path: "active", value: false }) }, laned: true },
      { r: { method: "PATCH", path: `/Users/${dana}`, body: message({ op: "replace", path: `${EXT}:sessions`, value: 0 }) }, laned: true },
      { r: { method: "PATCH", path: `/Users/${dana}`, body: message({ op: "replace", path: "active", value: false }) }, laned: true }, // 204
      { r: { method: "PATCH", path: `/Users/${dana}`, body: message({ op: "remove", path: 'entitlements[value eq "zoom"]' }) }, laned: true },
      { r: { method: "PATCH", path: `/Users/${typed}`, body: message({ op: "replace", path: "active", value: false }) }, laned: true },
      { r: { method: "PATCH", path: "/Users/no-such-user", body: message({ op: "replace", path: "active", value: false }) }, laned: true },
      // other queries on the lane: SCIMMY's own read
      { r: { method: "GET", path: `/Users?filter=${encodeURIComponent("active eq true")}&startIndex=2&count=3` }, laned: true },
      { r: { method: "GET", path: `/Users?filter=${encodeURIComponent('userName sw "d"')}&sortBy=userName&attributes=userName` }, laned: true },
      { r: { method: "GET", path: `/Users/${dana}?excludedAttributes=emails` }, laned: true },
      { r: { method: "GET", path: `/Users?filter=${encodeURIComponent("userName eq")}` }, laned: true }, // 400 invalidFilter
      { r: { method: "GET", path: "/Users?filter=a&filter=b" }, laned: true },
      { r: { method: "GET", path: "/Users" }, laned: true },
      // bodies: the same parser, its errors as scimmy-routers sends them
      { r: { method: "PATCH", path: `/Users/${dana}`, body: "not json" }, laned: true },
      { r: { method: "PATCH", path: `/Users/${dana}`, body: '{"schemas": [' }, laned: true },
      { r: { method: "PATCH", path: `/Users/${dana}`, body: '"x"' }, laned: true },
      { r: { method: "PATCH", path: `/Users/${dana}`, body: "[]" }, laned: true },
      { r: { method: "PATCH", path: `/Users/${dana}`, body: "" }, laned: true },
      { r: { method: "PATCH", path: `/Users/${dana}`, body: `\ufeff${message({ op: "replace", path: "active", value: true })}` }, laned: true },
      { r: { method: "PATCH", path: `/Users/${dana}`, body: message({ op: "replace", path: "title", value: "x".repeat(1_100_000) }) }, laned: true }, // 413
      { r: { method: "PATCH", path: `/Users/${dana}`, headers: { "content-type": "application/json" }, body: message({ op: "replace", path: "active", value: false }) }, laned: true },
      { r: { method: "PATCH", path: `/Users/${dana}`, headers: { "content-type": "application/json; charset=utf-8" }, body: message({ op: "replace", path: "active", value: true }) }, laned: true },
      { r: { method: "PATCH", path: `/Users/${dana}?attributes=userName`, body: message({ op: "replace", path: "active", value: false }) }, laned: true },
      // a refused token: the lane's own 401, after asking the validator
      { r: { method: "GET", path: byName("dana.reyes@example.com"), headers: { authorization: "Bearer nope" } }, laned: true },
      { r: { method: "PATCH", path: `/Users/${dana}`, headers: { authorization: "Bearer nope" }, body: message({ op: "replace", path: "active", value: true }) }, laned: true },
      // everything else: express, as before
      { r: { method: "GET", path: byName("dana.reyes@example.com"), headers: { authorization: "" } }, laned: false },
      { r: { method: "GET", path: byName("dana.reyes@example.com"), headers: { authorization: "Basic abc" } }, laned: false },
      { r: { method: "PATCH", path: `/Users/${dana}`, headers: { "content-type": "text/plain" }, body: message({ op: "replace", path: "active", value: true }) }, laned: false },
      { r: { method: "PATCH", path: `/Users/${dana}`, headers: { "content-type": "application/scim+json; charset=latin1" }, body: message({ op: "replace", path: "active", value: true }) }, laned: false },
      { r: { method: "PATCH", path: "/Users", body: message({ op: "replace", path: "active", value: true }) }, laned: false },
      { r: { method: "GET", path: `/Users/${dana}`, headers: { "if-none-match": "*" } }, laned: false },
      { r: { method: "GET", path: `/Users/${dana}`, headers: { "content-type": "application/json" }, body: "{}" }, laned: false },
      { r: { method: "HEAD", path: `/Users/${dana}` }, laned: false },
      { r: { method: "GET", path: `/users/${dana}` }, laned: false },
      { r: { method: "GET", path: `/Users/${dana}/` }, laned: false },
      { r: { method: "GET", path: "/Users/" }, laned: false },
      { r: { method: "GET", path: "/Users/.search" }, laned: false },
      { r: { method: "GET", path: "/Users/no%2Dsuch" }, laned: false },
      { r: { method: "GET", path: "/UsersX" }, laned: false },
      { r: { method: "GET", path: "/Groups" }, laned: false },
      { r: { method: "GET", path: "/Me" }, laned: false },
      { r: { method: "PUT", path: `/Users/${dana}`, body: JSON.stringify({ schemas: ["urn:ietf:params:scim:schemas:core:2.0:User"], userName: "dana.reyes@example.com" }) }, laned: false },
      { r: { method: "DELETE", path: `/Users/${ids[names.indexOf("edge.bare@example.com")]!}` }, laned: false },
      { r: { method: "GET", path: `/Users/${ids[names.indexOf("edge.bare@example.com")]!}` }, laned: true },
    ];
    const mismatches: unknown[] = [];
    for (const { r, laned } of table) {
      pair.clock.advance(1000);
      const result = await both(r);
      if (result.mismatch) mismatches.push({ r: { ...r, body: r.body?.slice(0, 200) }, mismatch: result.mismatch });
      expect(result.laned, `${r.method} ${r.path.slice(0, 120)}`).toBe(laned);
    }
    expect(mismatches).toEqual([]);
  });

  it(`answers ${RUNS} generated requests on the hot routes byte for byte as the express stack (seed ${SEED})`, async () => {
    const user = fc.nat({ max: 50 }).map((i) => (i < ids.length ? ids[i]! : "no-such-user"));
    const name = fc.nat({ max: 50 }).map((i) => (i < names.length ? names[i]! : "nobody@example.com"));
    const value = fc.oneof(fc.boolean(), fc.constantFrom(0, 1, 3, -1, "x", "", null, "Employee", "Contractor"));
    const path = fc.constantFrom("active", "displayName", "title", "userType", `${EXT}:sessions`, `${EXT}:productionOwner`, "Active", "userName", "roles", 'entitlements[value eq "zoom"]', "name.givenName");
    const op = fc.record({ op: fc.constantFrom("replace", "add", "remove", "Replace"), path, value }, { requiredKeys: ["op", "path"] });
    // Mostly what the connectors send (well-typed), so 200s and 204s are well represented.
    const typed = fc.oneof(
      fc.record({ op: fc.constant("replace"), path: fc.constant("active"), value: fc.boolean() }),
      fc.record({ op: fc.constant("replace"), path: fc.constant(`${EXT}:sessions`), value: fc.constant(0) }),
      fc.record({ op: fc.constantFrom("replace", "add"), path: fc.constantFrom("title", "displayName"), value: fc.constantFrom("T", "Dana", "") }),
    );
    const body = fc.oneof(
      { weight: 8, arbitrary: fc.array(typed, { minLength: 1, maxLength: 2 }).map((ops) => message(...ops)) },
      { weight: 4, arbitrary: fc.array(op, { minLength: 1, maxLength: 3 }).map((ops) => message(...ops)) },
      { weight: 1, arbitrary: fc.constantFrom("", "not json", "[]", "{}", '{"Operations":[]}', `{"schemas":["${PATCH_OP}"],"Operations":[{"op":"replace","path":"active","value":false}]`) },
    );
    const query = fc.constantFrom("", "", "", "?attributes=userName", `?excludedAttributes=${EXT}`, "?count=1", "?x=%ZZ");
    const token = fc.constantFrom(TOKEN, TOKEN, TOKEN, TOKEN, TOKEN, TOKEN, TOKEN, TOKEN, "nope");
    const req: fc.Arbitrary<Req | "tick"> = fc.oneof(
      { weight: 4, arbitrary: fc.record({ name, count: fc.constantFrom("&count=10", "", "&startIndex=1&count=10", "&count=0"), token }).map(({ name: n, count, token: t }) => ({ method: "GET", path: `/Users?filter=${encodeURIComponent(`userName eq "${n}"`)}${count}`, headers: { authorization: `Bearer ${t}` } })) },
      { weight: 2, arbitrary: fc.record({ user, query, token }).map(({ user: u, query: q, token: t }) => ({ method: "GET", path: `/Users/${u}${q}`, headers: { authorization: `Bearer ${t}` } })) },
      { weight: 4, arbitrary: fc.record({ user, query, body, token }).map(({ user: u, query: q, body: b, token: t }) => ({ method: "PATCH", path: `/Users/${u}${q}`, body: b, headers: { authorization: `Bearer ${t}` } })) },
      { weight: 1, arbitrary: fc.constant("tick" as const) },
    );
    const statuses = new Map<string, number>();
    for (const [index, r] of fc.sample(req, { numRuns: RUNS, seed: SEED }).entries()) {
      if (r === "tick") {
        pair.clock.advance(1000);
        continue;
      }
      const result = await both(r);
      if (result.mismatch) expect.fail(`request ${index} ${JSON.stringify({ ...r, body: r.body?.slice(0, 300) })} (seed ${SEED}): ${JSON.stringify(result.mismatch, null, 1)}`);
      expect(result.laned, `request ${index}`).toBe(true);
      const key = `${r.method} ${result.fast.status}`;
      statuses.set(key, (statuses.get(key) ?? 0) + 1);
    }
    // The sample must cover every kind of answer on both methods, or the comparison proves little.
    for (const key of ["GET 200", "GET 401", "GET 404", "PATCH 200", "PATCH 204", "PATCH 400", "PATCH 401", "PATCH 404"]) {
      expect(statuses.get(key) ?? 0, key).toBeGreaterThanOrEqual(3);
    }
  });
});
