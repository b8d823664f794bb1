import { generateKeyPairSync, randomBytes } from "node:crypto";
import { appendFileSync, mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { SignJWT } from "jose";
import { describe, expect, it } from "vitest";
import { PACKET_TYP, type PacketBody } from "../../app/packet/packet-schema.js";
import { memoryReplayStore, openReplayStore } from "../../app/packet/replay-store.js";
import { signPacket } from "../../app/packet/sign-packet.js";
import { signingKeyFrom, verifyKeyFrom, type TenantVerifyKeys } from "../../app/packet/tenant-keys.js";
import { verifyPacket } from "../../app/packet/verify-packet.js";
import { manualClock } from "../../app/util/clock.js";

const T0 = Date.UTC(2026, 10, 25, 12, 0, 0);
const AUD = "offboard-doer";
const hex = (c: string) => c.repeat(64);

const body: PacketBody = {
  v: 1,
  request_id: "r-0001",
  request_digest: hex("a"),
  decision_event: hex("b"),
  outcome: "allow",
  target: { email: "dana.reyes@example.com", key: hex("c"), source: "request" },
  phases: { soft: true, hard: { delay_seconds: 300 } },
  approvals: [],
  policy: { policy_hash: hex("d"), wasm_sha256: hex("e"), policy_commit: null, opa_version: "1.22.3" },
};

function ed25519(tenant: string, kid: string) {
  const { privateKey, publicKey } = generateKeyPairSync("ed25519");
  const priv = privateKey.export({ type: "pkcs8", format: "pem" }).toString();
  const pub = publicKey.export({ type: "spki", format: "pem" }).toString();
  return { signing: signingKeyFrom(tenant, "EdDSA", kid, priv, "test"), pub, publicKey };
}

function tenants(...entries: TenantVerifyKeys[]) {
  return new Map(entries.map((e) => [e.tenant, e]));
}

describe("verifyPacket", () => {
  const acme = ed25519("acme", "acme-1");
  const globex = ed25519("globex", "globex-1");
  const trust = tenants(
    { tenant: "acme", alg: "EdDSA", keys: new Map([["acme-1", acme.publicKey]]) },
    { tenant: "globex", alg: "EdDSA", keys: new Map([["globex-1", globex.publicKey]]) },
  );

  it("accepts a fresh packet signed by the tenant's pinned key", async () => {
    const clock = manualClock(T0);
    const signed = await signPacket(body, acme.signing, { clock, audience: AUD });
    const v = await verifyPacket(signed.jws, { tenants: trust, audience: AUD, clock, replay: memoryReplayStore() });
    expect(v).toMatchObject({ tenant: "acme", kid: "acme-1", jti: signed.jti, body });
  });

  it("refuses a replayed packet, also after a restart of a file-backed store", async () => {
    const clock = manualClock(T0);
    const path = join(mkdtempSync(join(tmpdir(), "replay-")), "replay.jsonl");
    const signed = await signPacket(body, acme.signing, { clock, audience: AUD });
    await verifyPacket(signed.jws, { tenants: trust, audience: AUD, clock, replay: openReplayStore(path, clock) });
    await expect(verifyPacket(signed.jws, { tenants: trust, audience: AUD, clock, replay: openReplayStore(path, clock) })).rejects.toMatchObject({ code: "PACKET_REPLAYED" });
  });

  it("a torn last line left by a crash mid-append does not swallow the next claim", async () => {
    const clock = manualClock(T0);
    const path = join(mkdtempSync(join(tmpdir(), "replay-")), "replay.jsonl");
    const exp = Math.floor(T0 / 1000) + 300;
    expect(await openReplayStore(path, clock).claim("first", exp)).toBe(true);
    appendFileSync(path, '{"jti":"torn","ex');
    expect(await openReplayStore(path, clock).claim("second", exp)).toBe(true);
    const restarted = openReplayStore(path, clock);
    expect(await restarted.claim("second", exp)).toBe(false);
    expect(await restarted.claim("first", exp)).toBe(false);
    expect(await restarted.claim("torn", exp)).toBe(true);
  });

  it("refuses a packet whose signature was forged with another key under the tenant's kid", async () => {
    const clock = manualClock(T0);
    const mallory = ed25519("acme", "acme-1");
    const signed = await signPacket(body, mallory.signing, { clock, audience: AUD });
    await expect(verifyPacket(signed.jws, { tenants: trust, audience: AUD, clock, replay: memoryReplayStore() })).rejects.toMatchObject({ code: "PACKET_SIGNATURE" });
  });

  it("refuses a packet whose payload was altered after signing", async () => {
    const clock = manualClock(T0);
    const signed = await signPacket(body, acme.signing, { clock, audience: AUD });
    const [h, p, s] = signed.jws.split(".");
    const claims = JSON.parse(Buffer.from(p!, "base64url").toString());
    claims.pkt.target.email = "ceo@example.com";
    const tampered = [h, Buffer.from(JSON.stringify(claims)).toString("base64url"), s].join(".");
    await expect(verifyPacket(tampered, { tenants: trust, audience: AUD, clock, replay: memoryReplayStore() })).rejects.toMatchObject({ code: "PACKET_SIGNATURE" });
  });

  it("refuses one tenant's key for another tenant (kid not in that tenant's set)", async () => {
    const clock = manualClock(T0);
    const crossed = signingKeyFrom("acme", "EdDSA", "globex-1", globex.signing.key.export({ type: "pkcs8", format: "pem" }).toString(), "test");
    const signed = await signPacket(body, crossed, { clock, audience: AUD });
    await expect(verifyPacket(signed.jws, { tenants: trust, audience: AUD, clock, replay: memoryReplayStore() })).rejects.toMatchObject({ code: "PACKET_SIGNATURE" });
  });

  it("refuses algorithm confusion: HS256 keyed with the tenant's public key", async () => {
    const clock = manualClock(T0);
    const jws = await new SignJWT({ tenant: "acme", pkt: body })
      .setProtectedHeader({ alg: "HS256", kid: "acme-1", typ: PACKET_TYP })
      .setIssuer("offboard-gatekeeper").setAudience(AUD).setSubject(body.request_id).setJti("x1")
      .setIssuedAt(T0 / 1000).setNotBefore(T0 / 1000).setExpirationTime(T0 / 1000 + 60)
      .sign(new TextEncoder().encode(acme.pub));
    await expect(verifyPacket(jws, { tenants: trust, audience: AUD, clock, replay: memoryReplayStore() })).rejects.toMatchObject({ code: "PACKET_SIGNATURE" });
  });

  it("refuses an unsigned packet (alg none)", async () => {
    const clock = manualClock(T0);
    const enc = (o: object) => Buffer.from(JSON.stringify(o)).toString("base64url");
    const jws = `${enc({ alg: "none", kid: "acme-1", typ: PACKET_TYP })}.${enc({ tenant: "acme", pkt: body, aud: AUD, iss: "offboard-gatekeeper", sub: "r-0001", jti: "n", iat: T0 / 1000, nbf: T0 / 1000, exp: T0 / 1000 + 60 })}.`;
    await expect(verifyPacket(jws, { tenants: trust, audience: AUD, clock, replay: memoryReplayStore() })).rejects.toMatchObject({ code: "PACKET_SIGNATURE" });
  });

  it("refuses garbage and unknown tenants", async () => {
    const clock = manualClock(T0);
    await expect(verifyPacket("not-a-jws", { tenants: trust, audience: AUD, clock, replay: memoryReplayStore() })).rejects.toMatchObject({ code: "PACKET_INVALID" });
    const other = ed25519("initech", "i-1");
    const signed = await signPacket(body, other.signing, { clock, audience: AUD });
    await expect(verifyPacket(signed.jws, { tenants: trust, audience: AUD, clock, replay: memoryReplayStore() })).rejects.toMatchObject({ code: "PACKET_TENANT" });
  });

  it("checks expiry and not-before with bounded skew in both directions", async () => {
    const signedAt = manualClock(T0);
    const signed = await signPacket(body, acme.signing, { clock: signedAt, audience: AUD, ttlSeconds: 120 });
    const opts = (ms: number) => ({ tenants: trust, audience: AUD, clock: manualClock(ms), replay: memoryReplayStore(), maxSkewSeconds: 30 });
    await expect(verifyPacket(signed.jws, opts(T0 + 149_000))).resolves.toBeDefined(); // RFC 7519: refused at exp (+ skew) and after
    await expect(verifyPacket(signed.jws, opts(T0 + 150_000))).rejects.toMatchObject({ code: "PACKET_EXPIRED" });
    await expect(verifyPacket(signed.jws, opts(T0 - 30_000))).resolves.toBeDefined();
    await expect(verifyPacket(signed.jws, opts(T0 - 31_000))).rejects.toMatchObject({ code: "PACKET_NOT_YET_VALID" });
  });

  it("refuses a packet for another audience and one with an overlong lifetime", async () => {
    const clock = manualClock(T0);
    const other = await signPacket(body, acme.signing, { clock, audience: "someone-else" });
    await expect(verifyPacket(other.jws, { tenants: trust, audience: AUD, clock, replay: memoryReplayStore() })).rejects.toMatchObject({ code: "PACKET_AUDIENCE" });
    const long = await signPacket(body, acme.signing, { clock, audience: AUD, ttlSeconds: 3600 });
    await expect(verifyPacket(long.jws, { tenants: trust, audience: AUD, clock, replay: memoryReplayStore() })).rejects.toMatchObject({ code: "PACKET_EXPIRED" });
  });

  it("supports HMAC-SHA256 where a tenant pins it, and refuses EdDSA for that tenant", async () => {
    const clock = manualClock(T0);
    const secret = randomBytes(32).toString("base64url");
    const hmacTrust = tenants({ tenant: "hooli", alg: "HS256", keys: new Map([["h-1", verifyKeyFrom("HS256", secret, "test")]]) });
    const signed = await signPacket(body, signingKeyFrom("hooli", "HS256", "h-1", secret, "test"), { clock, audience: AUD });
    await expect(verifyPacket(signed.jws, { tenants: hmacTrust, audience: AUD, clock, replay: memoryReplayStore() })).resolves.toMatchObject({ tenant: "hooli" });
    const ed = ed25519("hooli", "h-1");
    const edSigned = await signPacket(body, ed.signing, { clock, audience: AUD });
    await expect(verifyPacket(edSigned.jws, { tenants: hmacTrust, audience: AUD, clock, replay: memoryReplayStore() })).rejects.toMatchObject({ code: "PACKET_SIGNATURE" });
  });

  it("refuses short HMAC secrets and non-Ed25519 keys at load (fail closed)", () => {
    expect(() => signingKeyFrom("t", "HS256", "k", "c2hvcnQ", "OFFBOARD_PACKET_SECRET")).toThrow(expect.objectContaining({ code: "KEY_INVALID" }));
    const rsa = generateKeyPairSync("rsa", { modulusLength: 2048 }).privateKey.export({ type: "pkcs8", format: "pem" }).toString();
    expect(() => signingKeyFrom("t", "EdDSA", "k", rsa, "keys/packet.pem")).toThrow(expect.objectContaining({ code: "KEY_INVALID" }));
  });
});

