import { createHash } from "node:crypto";
import { describe, expect, it } from "vitest";
import { canonicalJson } from "../../app/ledger/canonical-json.js";
import { canonicalHash, eventHash, GENESIS_PREV } from "../../app/ledger/event-hash.js";
import { leafHashOfText } from "../../app/ledger/leaf-hash.js";
import type { LedgerEvent } from "../../app/ledger/types.js";

describe("eventHash", () => {
  it("SHA-256 known answers (FIPS 180-2 Appendix B.1 'abc'; empty string)", () => {
    expect(createHash("sha256").update("abc").digest("hex")).toBe("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
    // canonicalHash hashes the canonical form: the JSON string "abc" is the 5 bytes "abc" with quotes.
    expect(canonicalHash("abc")).toBe(createHash("sha256").update('"abc"').digest("hex"));
    expect(canonicalHash("abc")).not.toBe("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
  });

  it("GENESIS_PREV is 64 zeros", () => {
    expect(GENESIS_PREV).toBe("0".repeat(64));
  });

  it("is the RFC 6962 leaf hash SHA-256(0x00 ‖ canonical event) (this project's vector, cross-checked with { printf '\\0'; jq -cjS .event; } | sha256sum)", () => {
    const event: LedgerEvent = {
      v: 1,
      seq: 0,
      prev: GENESIS_PREV,
      time: "2026-01-31T12:00:00.000Z",
      type: "request.received",
      tenant: "acme",
      actor: "gatekeeper",
      subject: "req-1",
      data: { name: "Zoë", risk: 40 },
    };
    const canonical =
      '{"actor":"gatekeeper","data":{"name":"Zoë","risk":40},"prev":"0000000000000000000000000000000000000000000000000000000000000000",' +
      '"seq":0,"subject":"req-1","tenant":"acme","time":"2026-01-31T12:00:00.000Z","type":"request.received","v":1}';
    expect(canonicalJson(event)).toBe(canonical);
    // { printf '\0'; printf '%s' "$canonical"; } | sha256sum
    expect(eventHash(event)).toBe("ef001aa9061798f666b4d7488ced288e1efccc3f6f927591b1eecb68b9993896");
    expect(leafHashOfText(canonical)).toBe(eventHash(event));
  });

  it("leaf hash of the empty string is the RFC 6962 root of one empty leaf (transparency-dev/merkle testonly vectors)", () => {
    expect(leafHashOfText("")).toBe("6e340b9cffb37a989ca544e6bb780a2c78901d3fb33738768511a30617afa01d");
  });

  it("does not depend on field order", () => {
    const a = { v: 1, seq: 1, prev: GENESIS_PREV, time: "2026-01-31T12:00:00.000Z", type: "lease.issued", tenant: "t", actor: "doer", subject: "s", data: { b: 1, a: 2 } } as const;
    const b = { data: { a: 2, b: 1 }, subject: "s", actor: "doer", tenant: "t", type: "lease.issued", time: a.time, prev: a.prev, seq: 1, v: 1 } as const;
    expect(eventHash(b as unknown as LedgerEvent)).toBe(eventHash(a as unknown as LedgerEvent));
  });
});
