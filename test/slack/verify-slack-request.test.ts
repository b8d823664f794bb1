import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { signSlackRequest, verifySlackRequest } from "../../app/slack/verify-slack-request.js";

const SECRET = "8f742231b10e8888abcd99yyyzzz85a5";
const NOW = Date.UTC(2026, 10, 25, 12, 0, 0);
const body = "payload=%7B%22type%22%3A%22block_actions%22%7D";

describe("Slack request signatures (v0)", () => {
  it("accepts a request signed with the signing secret inside five minutes", () => {
    const signed = signSlackRequest(body, SECRET, NOW / 1000 - 299);
    expect(verifySlackRequest({ ...signed, rawBody: body }, SECRET, NOW)).toMatchObject({ ok: true, timestamp: NOW / 1000 - 299 });
  });

  it("matches Slack's documented example signature", () => {
    // https://api.slack.com/authentication/verifying-requests-from-slack (secret, timestamp and body from the docs)
    const docBody = "token=xyzz0WbapA4vBCDEFasx0q6G&team_id=T1DC2JH3J&team_domain=testteamnow&channel_id=G8PSS9T3V&channel_name=foobar&user_id=U2CERLKJA&user_name=roadrunner&command=%2Fwebhook-collect&text=&response_url=https%3A%2F%2Fhooks.slack.com%2Fcommands%2FT1DC2JH3J%2F397700885554%2F96rGlfmibIGlgcZRskXaIFfN&trigger_id=398738663015.47445629121.803a0bc887a14d10d2c447fce8b6703c";
    const r = verifySlackRequest({ timestamp: "1531420618", signature: "v0=a2114d57b48eac39b9ad189dd8316235a7b4a8d21a10bd27519666489c69b503", rawBody: docBody }, SECRET, 1531420618 * 1000);
    expect(r.ok).toBe(true);
  });

  it("refuses stale and FUTURE timestamps (both directions), a bad signature, missing headers", () => {
    const stale = signSlackRequest(body, SECRET, NOW / 1000 - 301);
    expect(verifySlackRequest({ ...stale, rawBody: body }, SECRET, NOW)).toEqual({ ok: false, reason: "stale" });
    const future = signSlackRequest(body, SECRET, NOW / 1000 + 301);
    expect(verifySlackRequest({ ...future, rawBody: body }, SECRET, NOW)).toEqual({ ok: false, reason: "future" });
    const other = signSlackRequest(body, "another-secret-another-secret-00", NOW / 1000);
    expect(verifySlackRequest({ ...other, rawBody: body }, SECRET, NOW)).toEqual({ ok: false, reason: "bad_signature" });
    const good = signSlackRequest(body, SECRET, NOW / 1000);
    expect(verifySlackRequest({ ...good, rawBody: body + "&x=1" }, SECRET, NOW)).toEqual({ ok: false, reason: "bad_signature" });
    expect(verifySlackRequest({ timestamp: undefined, signature: good.signature, rawBody: body }, SECRET, NOW)).toEqual({ ok: false, reason: "missing_headers" });
    expect(verifySlackRequest({ timestamp: good.timestamp, signature: "v1=abc", rawBody: body }, SECRET, NOW)).toEqual({ ok: false, reason: "missing_headers" });
  });

  it("any change to the body, timestamp or signature is refused (property)", () => {
    fc.assert(
      fc.property(fc.string(), fc.string({ minLength: 1 }), (text, extra) => {
        const signed = signSlackRequest(text, SECRET, NOW / 1000);
        expect(verifySlackRequest({ ...signed, rawBody: text }, SECRET, NOW).ok).toBe(true);
        expect(verifySlackRequest({ ...signed, rawBody: text + extra }, SECRET, NOW).ok).toBe(false);
        expect(verifySlackRequest({ ...signed, timestamp: String(Number(signed.timestamp) + 1), rawBody: text }, SECRET, NOW).ok).toBe(false);
      }),
      { numRuns: 200 },
    );
  });
});
