import { createPublicKey, generateKeyPairSync, sign, verify } from "node:crypto";
import { mkdir, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { generateLedgerKey } from "../../app/ledger/generate-ledger-key.js";
import { KID_PATTERN, ledgerKeyId } from "../../app/ledger/key-id.js";
import { loadTrustedKeys } from "../../app/ledger/load-trusted-keys.js";
import { createLedgerSigner } from "../../app/ledger/signer.js";
import { tempDirs } from "./helpers.js";

// RFC 8032 §7.1 TEST 1 key pair (secret 9d61b1…7f60, public d75a98…511a), as PKCS#8 / SPKI PEM.
const RFC8032_PRIVATE_PEM = "-----BEGIN PRIVATE KEY-----\nMC4CAQAwBQYDK2VwBCIEIJ1hsZ3v/VpguoRK9JLsLMREScVpezJpGXA7rAMcrn9g\n-----END PRIVATE KEY-----\n";
const RFC8032_PUBLIC_PEM = "-----BEGIN PUBLIC KEY-----\nMCowBQYDK2VwAyEA11qYAYKxCrfVS/7TyWQHOg7hcvPapiMlrwIaaPcHURo=\n-----END PUBLIC KEY-----\n";
// `openssl pkey -pubin -in pub.pem -outform DER | sha256sum | cut -c1-16`
const RFC8032_KID = "rfc8032-06e3fd8fda29bb60";
// SHA-256("abc"), FIPS 180-2 Appendix B.1
const ABC = Buffer.from("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad", "hex");

const dirs = tempDirs();
afterAll(() => dirs.cleanup());

describe("ledger keys and signer: known answers", () => {
  it("the RFC 8032 TEST 1 key is what the PEMs hold (empty-message signature from the RFC)", () => {
    const spki = createPublicKey(RFC8032_PUBLIC_PEM).export({ type: "spki", format: "der" });
    expect(spki.subarray(-32).toString("hex")).toBe("d75a980182b10ab7d54bfed3c964073a0ee172f3daa62325af021a68f707511a");
    const rfcSignature =
      "e5564300c360ac729086e2cc806e828a84877f1eb8e5d974d873e065224901555fb8821590a33bacc61e39701cf9b46bd25bf5f0595bbe24655141438e7a100b";
    expect(sign(null, Buffer.alloc(0), RFC8032_PRIVATE_PEM).toString("hex")).toBe(rfcSignature);
  });

  it("kid = <name>-<first 16 hex of sha256(SPKI DER)> (expected value computed with openssl and sha256sum)", () => {
    expect(ledgerKeyId("rfc8032", createPublicKey(RFC8032_PUBLIC_PEM))).toBe(RFC8032_KID);
  });

  it("signs the 32 raw hash bytes with Ed25519 (expected value from `openssl pkeyutl -sign -rawin`)", () => {
    const signer = createLedgerSigner(RFC8032_PRIVATE_PEM, RFC8032_KID);
    expect(signer.kid).toBe(RFC8032_KID);
    expect(Buffer.from(signer.sign(ABC)).toString("hex")).toBe(
      "096f5569d807ee8ac7b1913da70cf0aab335c258f4b94c8f210dd141e9743927c8d1a6b378872a72c9446c1f75e6dc7b2def98bd0c214be6706d48791f57680a",
    );
  });
});

describe("generateLedgerKey", () => {
  it("returns a matching Ed25519 pair whose kid follows the pattern", () => {
    const key = generateLedgerKey("doer");
    expect(key.kid).toMatch(KID_PATTERN);
    expect(key.kid.startsWith("doer-")).toBe(true);
    const signer = createLedgerSigner(key.privateKeyPem, key.kid);
    expect(verify(null, ABC, key.publicKeyPem, signer.sign(ABC))).toBe(true);
  });

  it.each(["", "Gatekeeper", "-x", "x-", "a_b", "x".repeat(33)])("refuses key name %j", (name) => {
    expect(() => generateLedgerKey(name)).toThrow(expect.objectContaining({ code: "KEY_INVALID" }));
  });
});

describe("createLedgerSigner fails closed", () => {
  const key = generateLedgerKey("gatekeeper");
  it("empty PEM", () => expect(() => createLedgerSigner("", key.kid)).toThrow(expect.objectContaining({ code: "KEY_MISSING" })));
  it("garbage PEM", () => expect(() => createLedgerSigner("-----BEGIN PRIVATE KEY-----\nAAAA\n-----END PRIVATE KEY-----\n", key.kid)).toThrow(expect.objectContaining({ code: "KEY_INVALID" })));
  it("kid of another key", () => expect(() => createLedgerSigner(key.privateKeyPem, generateLedgerKey("gatekeeper").kid)).toThrow(expect.objectContaining({ code: "KEY_INVALID" })));
  it("malformed kid", () => expect(() => createLedgerSigner(key.privateKeyPem, "gatekeeper")).toThrow(expect.objectContaining({ code: "KEY_INVALID" })));
  it("an RSA key", () => {
    const rsa = generateKeyPairSync("rsa", { modulusLength: 2048 }).privateKey.export({ type: "pkcs8", format: "pem" }).toString();
    expect(() => createLedgerSigner(rsa, key.kid)).toThrow(expect.objectContaining({ code: "KEY_INVALID" }));
  });
  it("signing anything but a 32-byte event hash or a checkpoint text (not a signing oracle)", () => {
    const signer = createLedgerSigner(key.privateKeyPem, key.kid);
    expect(() => signer.sign(new Uint8Array(31))).toThrow(expect.objectContaining({ code: "LEDGER_EVENT_INVALID" }));
    expect(() => signer.sign(Buffer.from("cosignature/v1\ntime 1\nexample.com/log\n1\n"))).toThrow(expect.objectContaining({ code: "LEDGER_EVENT_INVALID" }));
    expect(signer.sign(Buffer.from(`example.com/log\n1\n${"A".repeat(43)}=\n`))).toHaveLength(64);
  });
});

describe("loadTrustedKeys", () => {
  const a = generateLedgerKey("gatekeeper");
  const b = generateLedgerKey("doer");

  async function keysDir(files: Record<string, string>): Promise<string> {
    const dir = join(await dirs.make(), "keys");
    await mkdir(dir);
    for (const [name, content] of Object.entries(files)) await writeFile(join(dir, name), content);
    return dir;
  }

  it("reads every <kid>.pem and ignores other files", async () => {
    const dir = await keysDir({ [`${a.kid}.pem`]: a.publicKeyPem, [`${b.kid}.pem`]: b.publicKeyPem, "README.md": "trust roots\n" });
    const keys = await loadTrustedKeys(dir);
    expect([...keys.keys()].sort()).toEqual([a.kid, b.kid].sort());
  });

  it("missing directory → KEY_MISSING", async () => {
    await expect(loadTrustedKeys(join(await dirs.make(), "nope"))).rejects.toMatchObject({ code: "KEY_MISSING" });
  });

  it("no key files → KEY_MISSING", async () => {
    await expect(loadTrustedKeys(await keysDir({ ".gitkeep": "" }))).rejects.toMatchObject({ code: "KEY_MISSING" });
  });

  it("file name that is not the key's kid → KEY_INVALID naming the file", async () => {
    const dir = await keysDir({ [`${b.kid}.pem`]: a.publicKeyPem });
    await expect(loadTrustedKeys(dir)).rejects.toMatchObject({ code: "KEY_INVALID", details: { source: join(dir, `${b.kid}.pem`) } });
  });

  it("a private key in the trust directory → KEY_INVALID", async () => {
    await expect(loadTrustedKeys(await keysDir({ [`${a.kid}.pem`]: a.privateKeyPem }))).rejects.toMatchObject({ code: "KEY_INVALID" });
  });

  it("not a PEM → KEY_INVALID", async () => {
    await expect(loadTrustedKeys(await keysDir({ [`${a.kid}.pem`]: "hello" }))).rejects.toMatchObject({ code: "KEY_INVALID" });
  });

  it("a non-Ed25519 public key → KEY_INVALID", async () => {
    const ec = generateKeyPairSync("ec", { namedCurve: "P-256" }).publicKey.export({ type: "spki", format: "pem" }).toString();
    await expect(loadTrustedKeys(await keysDir({ [`${a.kid}.pem`]: ec }))).rejects.toMatchObject({ code: "KEY_INVALID" });
  });
});
