import fc from "fast-check";
import type { Json } from "../../app/util/json.js";

/** Object keys for property tests: any strings, graphemes, and the ones that trip naive code (prototype names, empty, astral, CR). */
export const jsonKey = fc.oneof(fc.string(), fc.string({ unit: "grapheme" }), fc.constantFrom("__proto__", "constructor", "", "\ufb33", "\ud83d\ude00", "\u20ac", "\r"));

/** Any value of the ledger's JSON subset: null, booleans, safe integers (no -0), well-formed strings, arrays and objects, 4 levels deep. */
export const ledgerJson: fc.Arbitrary<Json> = fc.letrec<{ value: Json }>((tie) => ({
  value: fc.oneof(
    { depthSize: "small", maxDepth: 4 },
    fc.constant(null),
    fc.boolean(),
    fc.maxSafeInteger().filter((n) => !Object.is(n, -0)),
    fc.string({ unit: "grapheme" }),
    fc.string({ unit: "binary" }).filter((s) => !/[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/.test(s)),
    fc.array(tie("value"), { maxLength: 5 }),
    fc.dictionary(jsonKey, tie("value"), { maxKeys: 5 }),
  ),
})).value;
