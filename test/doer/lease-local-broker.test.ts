import { describe, expect, test } from "vitest";
import { createLocalBroker, MAX_LEASE_TTL_SECONDS } from "../../app/doer/lease/local-broker.js";
import { manualClock } from "../../app/util/clock.js";

const T0 = Date.UTC(2025, 5, 2, 9, 0, 0);

describe("local lease broker", () => {
  test("mints a random 32-byte token, a separate non-secret accessor and a TTL of 60 s", async () => {
    const broker = createLocalBroker({ clock: manualClock(T0) });
    const lease = await broker.acquire("acme");
    expect(broker.source).toBe("local-broker");
    expect(lease).toMatchObject({ tenant: "acme", ttlSeconds: 60, issuedAt: T0, expiresAt: T0 + 60_000 });
    expect(Buffer.from(lease.credentials.bearerToken, "base64url")).toHaveLength(32);
    expect(lease.accessor).not.toContain(lease.credentials.bearerToken);
    const other = await broker.acquire("acme");
    expect(other.credentials.bearerToken).not.toBe(lease.credentials.bearerToken);
    expect(other.accessor).not.toBe(lease.accessor);
  });

  test("refuses a TTL above 60 s, zero, negative or fractional", () => {
    const clock = manualClock(T0);
    for (const ttlSeconds of [MAX_LEASE_TTL_SECONDS + 1, 3600, 0, -1, 1.5]) {
      expect(() => createLocalBroker({ clock, ttlSeconds })).toThrow(expect.objectContaining({ code: "CONFIG_INVALID" }));
    }
  });

  test("a lower TTL is honoured", async () => {
    const clock = manualClock(T0);
    const broker = createLocalBroker({ clock, ttlSeconds: 5 });
    const lease = await broker.acquire("acme");
    expect(lease.ttlSeconds).toBe(5);
    clock.advance(4_999);
    expect(broker.validate(lease.credentials.bearerToken)).toEqual({ tenant: "acme" });
    clock.advance(1);
    expect(broker.validate(lease.credentials.bearerToken)).toBeNull();
  });

  test("a token is valid until the injected clock reaches expiry, then never again", async () => {
    const clock = manualClock(T0);
    const broker = createLocalBroker({ clock });
    const { credentials } = await broker.acquire("acme");
    expect(broker.validate(credentials.bearerToken)).toEqual({ tenant: "acme" });
    clock.advance(59_999);
    expect(broker.validate(credentials.bearerToken)).toEqual({ tenant: "acme" });
    clock.advance(1);
    expect(broker.validate(credentials.bearerToken)).toBeNull();
    clock.set(T0 + 1_000);
    expect(broker.validate(credentials.bearerToken)).toBeNull();
  });

  test("a clock that moved back before the issue time is not trusted", async () => {
    const clock = manualClock(T0);
    const broker = createLocalBroker({ clock });
    const { credentials } = await broker.acquire("acme");
    clock.set(T0 - 1);
    expect(broker.validate(credentials.bearerToken)).toBeNull();
  });

  test("revoke ends a lease at once, only that lease, and is idempotent", async () => {
    const clock = manualClock(T0);
    const broker = createLocalBroker({ clock });
    const a = await broker.acquire("acme");
    const b = await broker.acquire("globex");
    await broker.revoke(a);
    expect(broker.validate(a.credentials.bearerToken)).toBeNull();
    expect(broker.validate(b.credentials.bearerToken)).toEqual({ tenant: "globex" });
    await expect(broker.revoke(a)).resolves.toBeUndefined();
    clock.advance(120_000);
    await expect(broker.revoke(b)).resolves.toBeUndefined();
  });

  test("unknown and malformed tokens are refused", async () => {
    const broker = createLocalBroker({ clock: manualClock(T0) });
    const { credentials } = await broker.acquire("acme");
    expect(broker.validate("")).toBeNull();
    expect(broker.validate(credentials.bearerToken.slice(0, -1))).toBeNull();
    expect(broker.validate(`${credentials.bearerToken}x`)).toBeNull();
  });

  test("another broker's token is refused (state belongs to the instance)", async () => {
    const clock = manualClock(T0);
    const lease = await createLocalBroker({ clock }).acquire("acme");
    expect(createLocalBroker({ clock }).validate(lease.credentials.bearerToken)).toBeNull();
  });

  test("refuses a tenant id that is not a plain identifier", async () => {
    const broker = createLocalBroker({ clock: manualClock(T0) });
    for (const tenant of ["", "../etc", "a b", "x".repeat(64)]) {
      await expect(broker.acquire(tenant)).rejects.toMatchObject({ code: "LEASE_FAILED" });
    }
  });
});
