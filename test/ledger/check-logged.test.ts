/**
 * Log before acting: checkLogged against a real witnessed ledger, asked repeatedly as the executor
 * asks it (one packet after another against the same checkpoint). A verdict on a checkpoint's
 * signatures is remembered only for that exact note under those exact keys.
 */
import { createPublicKey, type KeyObject } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { checkLogged, type LedgerTrust } from "../../app/ledger/check-logged.js";
import { openGitLedger, type GitLedger } from "../../app/ledger/git-ledger.js";
import type { LedgerRecord, ProvableLedger } from "../../app/ledger/types.js";
import { manualClock } from "../../app/util/clock.js";
import { draft, makeRepo, newKey, signerOf, tempDirs, witnessOf } from "./helpers.js";

const dirs = tempDirs();
const gatekeeper = newKey("gatekeeper");
const witness = newKey("witness");
const key = (k: { publicKeyPem: string }) => createPublicKey(k.publicKeyPem);
let ledger: GitLedger;
let records: LedgerRecord[];

beforeAll(async () => {
  const dir = await makeRepo(await dirs.make(), [gatekeeper, witness]);
  const clock = manualClock(Date.UTC(2026, 3, 1));
  ledger = await openGitLedger({ dir, clock, witnesses: [witnessOf(witness, await dirs.make(), [gatekeeper], clock)] });
  records = await ledger.append(Array.from({ length: 5 }, (_, i) => draft(i)), signerOf(gatekeeper));
});
afterAll(() => dirs.cleanup());

/** The ledger with its newest checkpoint note rewritten by `edit` (a store that lies). */
const lyingAbout = (edit: (note: string) => string): ProvableLedger => ({ ...ledger, latestCheckpoint: async (o) => edit((await ledger.latestCheckpoint(o))!) });

/** Flips one character of the signature on the line signed by `kid`. */
const breakSignature = (kid: string) => (note: string) =>
  note.replace(new RegExp(`(— ${kid} \\S{8})(\\S)`), (_all, head: string, c: string) => head + (c === "A" ? "B" : "A"));

describe("checkLogged", () => {
  it("proves each event, again and again, under the trusted keys", async () => {
    const trust: LedgerTrust = { keys: new Map([[gatekeeper.kid, key(gatekeeper)], [witness.kid, key(witness)]]), quorum: 1 };
    for (let round = 0; round < 3; round++) {
      for (const r of records) expect(await checkLogged(ledger, r.event.seq, r.hash, trust)).toEqual({ ok: true, size: 7 /* genesis and key events, then the five */, cosigners: [witness.kid] });
    }
  });

  it("never reuses a verdict for other keys: the same kids bound to other keys, or the map changed in place", async () => {
    const trusted = new Map<string, KeyObject>([[gatekeeper.kid, key(gatekeeper)], [witness.kid, key(witness)]]);
    const trust: LedgerTrust = { keys: trusted, quorum: 1 };
    const [r] = records;
    expect((await checkLogged(ledger, r!.event.seq, r!.hash, trust)).ok).toBe(true);
    const otherWriter = { keys: new Map([[gatekeeper.kid, key(newKey("gatekeeper"))], [witness.kid, key(witness)]]), quorum: 1 };
    expect(await checkLogged(ledger, r!.event.seq, r!.hash, otherWriter)).toEqual({ ok: false, reason: "checkpoint not signed by a trusted writer key" });
    trusted.set(witness.kid, key(newKey("witness")));
    expect(await checkLogged(ledger, r!.event.seq, r!.hash, trust)).toEqual({ ok: false, reason: "checkpoint has 0 of 1 witness cosignatures" });
    trusted.set(witness.kid, key(witness));
    expect((await checkLogged(ledger, r!.event.seq, r!.hash, trust)).ok).toBe(true);
  });

  it("never reuses a verdict for another note: a broken writer signature or cosignature is refused right after the genuine note passed", async () => {
    const trust: LedgerTrust = { keys: new Map([[gatekeeper.kid, key(gatekeeper)], [witness.kid, key(witness)]]), quorum: 1 };
    const [r] = records;
    for (const kid of [gatekeeper.kid, witness.kid]) {
      expect((await checkLogged(ledger, r!.event.seq, r!.hash, trust)).ok).toBe(true);
      const lying = lyingAbout(breakSignature(kid));
      expect(await lying.latestCheckpoint({ witnessed: true })).not.toBe(await ledger.latestCheckpoint({ witnessed: true }));
      expect(await checkLogged(lying, r!.event.seq, r!.hash, trust)).toEqual({ ok: false, reason: "checkpoint not signed by a trusted writer key" });
    }
  });
});
