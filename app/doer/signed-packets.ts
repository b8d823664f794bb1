import type { LedgerFolder } from "../ledger/types.js";

/**
 * For each packet id (jti) with a `packet.signed` event, the seq of its latest one: "the packet's
 * signing is logged after its decision" is then one look-up instead of a scan of the ledger.
 */
export const signedPacketsFolder: LedgerFolder<Map<string, number>> = {
  init: () => new Map(),
  step(view, { event }) {
    if (event.type === "packet.signed") view.set(String(event.data.jti), event.seq);
  },
};
