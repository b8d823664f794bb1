import { createPrivateKey, createPublicKey, generateKeyPairSync, sign, verify, type KeyObject } from "node:crypto";
import { describe, expect, it } from "vitest";
import { formatCheckpointBody, parseCheckpointBody } from "../../app/ledger/checkpoint-body.js";
import { checkCosignature, cosignatureLine, cosignedMessage } from "../../app/ledger/cosignature.js";
import { generateLedgerKey } from "../../app/ledger/generate-ledger-key.js";
import { NOTE_COSIGNATURE_V1, NOTE_ED25519, noteKeyId, rawEd25519 } from "../../app/ledger/note-key-id.js";
import { signCheckpoint } from "../../app/ledger/sign-checkpoint.js";
import { parseSignedNote, signatureLine } from "../../app/ledger/signed-note.js";
import { createLedgerSigner } from "../../app/ledger/signer.js";
import { verifyNoteSignatures } from "../../app/ledger/verify-note-signatures.js";

// Source: golang.org/x/mod/sumdb/note, the reference implementation of signed notes (package
// documentation and note_test.go): the PeterNeumann signer key (base64 of 0x01 ‖ Ed25519 seed), its
// verifier key, the text and the exact signed note; the EnochRoot verifier key and second signature.
const PETER_SKEY = "AYEKFALVFGyNhPJEMzD1QIDr+Y7hfZx09iUvxdXHKDFz";
const PETER_VKEY = "ARpc2QcUPDhMQegwxbzhKqiBfsVkmqq/LDE4izWy10TW";
const ENOCH_VKEY = "ATtqJ7zOtqQtYqOo0CpvDXNlMhV3HeJDpjrASKGLWdop";
const TEXT = "If you think cryptography is the answer to your problem,\nthen you don't know what your problem is.\n";
const PETER_SIG = "— PeterNeumann x08go/ZJkuBS9UG/SffcvIAQxVBtiFupLLr8pAcElZInNIuGUgYN1FFYC2pZSNXgKvqfqdngotpRZb6KE6RyyBwJnAM=\n";
const ENOCH_SIG = "— EnochRoot rwz+eBzmZa0SO3NbfRGzPCpDckykFXSdeX+MNtCOXm2/5n2tiOHp+vAF1aGrQ5ovTG01oOTGwnWLox33WWd1RvMc+QQ=\n";
// Source: transparency-dev/formats note/note_cosigv1_test.go TestCoSigV1Timestamp: a cosignature/v1
// signature (key ID ‖ 8-byte big-endian timestamp ‖ Ed25519 signature) whose timestamp is 1727964367.
const COSIG_V1 = "ZGhGuQAAAABm/qTPeyKXD+R2rzyQsxPiP8mXum7qq/iF0u4vanlqJyocWODBt97w9uL+8qT7S5gxEHWWOworDcFiEBYJXORmnFBOBA==";

const pkcs8 = (seed: Buffer) => createPrivateKey({ key: Buffer.concat([Buffer.from("302e020100300506032b657004220420", "hex"), seed]), format: "der", type: "pkcs8" });
const spki = (raw: Buffer) => createPublicKey({ key: Buffer.concat([Buffer.from("302a300506032b6570032100", "hex"), raw]), format: "der", type: "spki" });
const decode = (b64: string) => {
  const bytes = Buffer.from(b64, "base64");
  expect(bytes[0]).toBe(NOTE_ED25519); // the key encodings start with the signature type
  return bytes.subarray(1);
};

describe("signed notes (c2sp.org/signed-note): known answers", () => {
  const peterPrivate = pkcs8(decode(PETER_SKEY));
  const peter = spki(decode(PETER_VKEY));
  const enoch = spki(decode(ENOCH_VKEY));

  it("the key ID is SHA-256(name ‖ \\n ‖ 0x01 ‖ public key)[:4] (c74f20a3, af0cfe78)", () => {
    expect(rawEd25519(createPublicKey(peterPrivate)).equals(rawEd25519(peter))).toBe(true);
    expect(noteKeyId("PeterNeumann", NOTE_ED25519, peter)).toBe("c74f20a3");
    expect(noteKeyId("EnochRoot", NOTE_ED25519, enoch)).toBe("af0cfe78");
  });

  it("signing the text reproduces the reference note byte for byte (Ed25519 is deterministic)", () => {
    const line = signatureLine("PeterNeumann", noteKeyId("PeterNeumann", NOTE_ED25519, peter), sign(null, Buffer.from(TEXT), peterPrivate));
    expect(`${TEXT}\n${line}`).toBe(`${TEXT}\n${PETER_SIG}`);
  });

  it("verifies a known key's signature, ignores unknown keys, refuses a bad known signature", () => {
    const parsed = parseSignedNote(`${TEXT}\n${PETER_SIG}${ENOCH_SIG}`);
    expect(parsed.ok).toBe(true);
    if (!parsed.ok) return;
    expect(parsed.note.text).toBe(TEXT);
    expect(parsed.note.signatures.map((s) => [s.name, s.keyId])).toEqual([["PeterNeumann", "c74f20a3"], ["EnochRoot", "af0cfe78"]]);
    expect(verifyNoteSignatures(parsed.note, new Map([["PeterNeumann", peter]]), new Map())).toMatchObject({ ok: true, logSigners: ["PeterNeumann"] });
    expect(verifyNoteSignatures(parsed.note, new Map([["PeterNeumann", peter], ["EnochRoot", enoch]]), new Map())).toMatchObject({ ok: true, logSigners: ["PeterNeumann", "EnochRoot"] });
    expect(verifyNoteSignatures(parsed.note, new Map(), new Map())).toMatchObject({ ok: true, logSigners: [] });
    // The same name with another key (so another key ID) is just unknown.
    expect(verifyNoteSignatures(parsed.note, new Map([["PeterNeumann", enoch]]), new Map())).toMatchObject({ ok: true, logSigners: [] });
    const tampered = parseSignedNote(`${TEXT.replace("answer", "answers")}\n${PETER_SIG}`);
    expect(tampered.ok && verifyNoteSignatures(tampered.note, new Map([["PeterNeumann", peter]]), new Map())).toMatchObject({ ok: false, code: "LEDGER_SIGNATURE_INVALID" });
  });

  it.each([
    ["no blank line", `${TEXT}${PETER_SIG}`],
    ["a control character", `${TEXT.replace("answer", "ans\u0001wer")}\n${PETER_SIG}`],
    ["a carriage return", `${TEXT}\n${PETER_SIG.replace("\n", "\r\n")}`],
    ["no final newline", `${TEXT}\n${PETER_SIG.trimEnd()}`],
    ["an ASCII hyphen for the em dash", `${TEXT}\n${PETER_SIG.replace("—", "-")}`],
    ["a key name with a plus", `${TEXT}\n${PETER_SIG.replace("PeterNeumann", "Peter+Neumann")}`],
    ["non-canonical base64", `${TEXT}\n${PETER_SIG.replace("AM=", "AN=")}`],
    ["a too short signature", `${TEXT}\n— PeterNeumann AAAA\n`],
  ])("refuses a note with %s", (_name, note) => {
    expect(parseSignedNote(note).ok).toBe(false);
  });
});

describe("checkpoints (c2sp.org/tlog-checkpoint) and cosignatures (c2sp.org/tlog-cosignature)", () => {
  const root = "5dc9da79a70659a9ad559cb701ded9a2ab9d823aad2f4960cfe370eff4604328";

  it("the body is origin, decimal size and base64 root, each ending in a newline", () => {
    const body = formatCheckpointBody({ origin: "example.com/ledger", size: 8, root });
    expect(body).toBe("example.com/ledger\n8\nXcnaeacGWamtVZy3Ad7ZoqudgjqtL0lgz+Nw7/RgQyg=\n");
    expect(parseCheckpointBody(body)).toEqual({ ok: true, head: { origin: "example.com/ledger", size: 8, root } });
  });

  it.each([
    ["a leading zero", "o\n08\nXcnaeacGWamtVZy3Ad7ZoqudgjqtL0lgz+Nw7/RgQyg=\n"],
    ["an extension line", "o\n8\nXcnaeacGWamtVZy3Ad7ZoqudgjqtL0lgz+Nw7/RgQyg=\next\n"],
    ["a short root", "o\n8\nAAAA\n"],
    ["an origin with a space", "o o\n8\nXcnaeacGWamtVZy3Ad7ZoqudgjqtL0lgz+Nw7/RgQyg=\n"],
    ["no final newline", "o\n8\nXcnaeacGWamtVZy3Ad7ZoqudgjqtL0lgz+Nw7/RgQyg="],
  ])("refuses a checkpoint body with %s", (_name, body) => {
    expect(parseCheckpointBody(body).ok).toBe(false);
  });

  it("decodes the reference cosignature/v1 timestamp (1727964367)", () => {
    const bytes = Buffer.from(COSIG_V1, "base64");
    const { publicKey } = generateKeyPairSync("ed25519");
    expect(checkCosignature("o\n1\n" + "A".repeat(43) + "=\n", bytes.subarray(4), publicKey)).toEqual({ ok: false, timestamp: 1727964367 });
  });

  it("a writer signs the note text (type 0x01); a witness cosigns 'cosignature/v1\\ntime T\\n' ‖ text (type 0x04)", () => {
    const writer = generateLedgerKey("gatekeeper");
    const signer = createLedgerSigner(writer.privateKeyPem, writer.kid);
    const note = signCheckpoint({ origin: "example.com/ledger", size: 8, root }, signer);
    const witness = generateKeyPairSync("ed25519");
    const name = "witness-0123456789abcdef";
    const line = cosignatureLine(name, witness.privateKey, witness.publicKey, formatCheckpointBody({ origin: "example.com/ledger", size: 8, root }), 1_800_000_000);
    const parsed = parseSignedNote(note + line);
    expect(parsed.ok).toBe(true);
    if (!parsed.ok) return;
    const [log, cosig] = parsed.note.signatures as unknown as [{ keyId: string; signature: Uint8Array }, { keyId: string; signature: Uint8Array }];
    expect(log.keyId).toBe(noteKeyId(writer.kid, NOTE_ED25519, signer.publicKey));
    expect(cosig.keyId).toBe(noteKeyId(name, NOTE_COSIGNATURE_V1, witness.publicKey));
    expect(cosig.keyId).not.toBe(noteKeyId(name, NOTE_ED25519, witness.publicKey));
    expect(Buffer.from(cosig.signature.subarray(0, 8)).readBigUInt64BE()).toBe(1_800_000_000n);
    expect(cosignedMessage(parsed.note.text, 1_800_000_000).toString()).toBe(`cosignature/v1\ntime 1800000000\n${parsed.note.text}`);
    expect(verify(null, cosignedMessage(parsed.note.text, 1_800_000_000), witness.publicKey, cosig.signature.subarray(8))).toBe(true);
    const keys = (k: KeyObject) => new Map([[name, k]]);
    expect(verifyNoteSignatures(parsed.note, new Map([[writer.kid, signer.publicKey]]), keys(witness.publicKey))).toEqual({
      ok: true,
      logSigners: [writer.kid],
      cosigners: [{ kid: name, timestamp: 1_800_000_000 }],
    });
    // A witness key is never a log key: its cosignature does not count as a checkpoint signature.
    expect(verifyNoteSignatures(parsed.note, keys(witness.publicKey), new Map())).toMatchObject({ ok: true, logSigners: [] });
    const bytes = Buffer.from(line.split(" ")[2]!, "base64");
    bytes[bytes.length - 1]! ^= 1;
    const forged = parseSignedNote(`${note}— ${name} ${bytes.toString("base64")}\n`);
    expect(forged.ok && verifyNoteSignatures(forged.note, new Map(), keys(witness.publicKey))).toMatchObject({ ok: false, code: "LEDGER_SIGNATURE_INVALID" });
  });
});
