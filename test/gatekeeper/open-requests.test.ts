import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { decideRequest } from "../../app/gatekeeper/decide-request.js";
import { testWorkspace, type TestWorkspace } from "../helpers/workspace.js";

/** `open_requests` in the policy input (docs/POLICY_INPUT.md): the other open requests for the same person, only. */
describe("policy input open_requests", () => {
  let t: TestWorkspace;
  beforeAll(async () => {
    t = await testWorkspace(300);
  });
  afterAll(async () => {
    await t.ws.close();
  });

  it("holds the same target's other open requests and none of anyone else's, so its size does not grow with a layoff", async () => {
    const first = t.request("o-dana-1", "dana.reyes@example.com");
    const dana = await decideRequest(t.ws.gatekeeper, first.text, first.file);
    const other = t.request("o-lena", "lena.fischer@example.com");
    const lena = await decideRequest(t.ws.gatekeeper, other.text, other.file);
    expect(lena.input.open_requests).toEqual([]);
    expect(lena.evaluated.decision.reasons.map((r) => r.code)).not.toContain("conflicting_open_request");
    const again = t.request("o-dana-2", "dana.reyes@example.com");
    const second = await decideRequest(t.ws.gatekeeper, again.text, again.file);
    expect(second.input.open_requests).toEqual([{ id: "o-dana-1", target_key: dana.intake.targetKey }]);
    expect(second.evaluated.decision.outcome).toBe("block");
    expect(second.evaluated.decision.reasons.map((r) => r.code)).toContain("conflicting_open_request");
  });
});
