import fc from "fast-check";
import type { PolicyInput } from "../../app/policy/types.js";
import { NOW, WINDOW } from "./policy-fixtures.js";

/** true with probability 1/(1+odds). */
const rarely = (odds = 4) =>
  fc.oneof({ arbitrary: fc.constant(false), weight: odds }, { arbitrary: fc.constant(true), weight: 1 });

/** Values at and around a boundary half of the time, anything in range otherwise. */
const around = (boundaries: number[], min: number, max: number) =>
  fc.oneof(fc.constantFrom(...boundaries.flatMap((b) => [b - 1, b, b + 1])), fc.integer({ min, max }));

/**
 * offboard.input/v1 documents biased towards the shipped policy's boundaries: confidence around
 * min_confidence (70) and the injection clamp (40), escalations around the 30-day window edge
 * and in the future, notice around 1 day, group counts around 25, and factor mixes whose risk
 * lands near the threshold (50). Most triggers are rare so every outcome is well represented.
 */
export const policyInputArbitrary: fc.Arbitrary<PolicyInput> = fc.record({
  version: fc.constant("offboard.input/v1" as const),
  now: fc.constant(NOW),
  tenant: fc.constantFrom("acme", "globex"),
  request: fc.record({
    id: fc.constantFrom("req-1", "req-2"),
    kind: fc.constantFrom("resignation", "termination", "contract_end", "retirement"),
    requester: fc.oneof(
      { arbitrary: fc.constantFrom("hr.ops@example.com", "hr-automation@example.org"), weight: 8 },
      { arbitrary: fc.constantFrom("mallory@evil.example", "a@hr.example.com", "x@y@example.com", "example.com"), weight: 1 },
    ),
    target_email: fc.oneof(
      { arbitrary: fc.constant("dana.reyes@example.com"), weight: 6 },
      { arbitrary: fc.constant(null), weight: 2 },
      { arbitrary: fc.constant("Break-Glass@example.com"), weight: 1 },
    ),
    target_key: fc.constantFrom("key-a", "key-b"),
    effective_date: fc.constant("2025-07-01"),
    days_until_effective: around([0, 1], -10, 60),
  }),
  intake: fc.record({
    source: fc.constantFrom("request_file", "issue_form", "free_text"),
    confidence: fc.oneof({ arbitrary: fc.constant(100), weight: 3 }, { arbitrary: around([40, 70], 0, 100), weight: 2 }),
    prompt_injection_suspected: rarely(6),
    finding_rules: fc.constantFrom([], ["override.instructions"]),
  }),
  target: fc.record({
    resolved: fc.oneof({ arbitrary: fc.constant(true), weight: 12 }, { arbitrary: fc.constant(false), weight: 1 }),
    account_type: fc.oneof(
      { arbitrary: fc.constant("human" as const), weight: 12 },
      { arbitrary: fc.constantFrom("service" as const, "break_glass" as const, "unknown" as const), weight: 1 },
    ),
    privileged: rarely(5),
    production_owner: rarely(5),
    roles: fc.constantFrom([], ["admin"], ["engineer", "oncall"]),
    group_count: around([25], 0, 200),
    escalations: fc.array(
      fc.oneof(
        fc.constantFrom(-WINDOW - 1, -WINDOW, -WINDOW + 1, 60).map((offset) => NOW + offset),
        fc.integer({ min: NOW - 3 * WINDOW, max: NOW - WINDOW - 2 }),
      ),
      { maxLength: 3 },
    ),
  }),
  hris: fc.oneof(
    { arbitrary: fc.constant({ found: true, status: "terminating" as const, agrees: true }), weight: 6 },
    {
      arbitrary: fc.record({
        found: fc.boolean(),
        status: fc.constantFrom("active", "terminating", "terminated", "unknown"),
        agrees: fc.boolean(),
      }),
      weight: 1,
    },
  ),
  open_requests: fc.oneof(
    { arbitrary: fc.constant<PolicyInput["open_requests"]>([]), weight: 8 },
    {
      arbitrary: fc.array(fc.record({ id: fc.constantFrom("req-1", "req-2"), target_key: fc.constantFrom("key-a", "key-b") }), {
        minLength: 1,
        maxLength: 2,
      }),
      weight: 1,
    },
  ),
});
