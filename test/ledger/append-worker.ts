/**
 * A separate writer process for the concurrency suite:
 *   node --import tsx test/ledger/append-worker.ts <dir> <writer> <count> <mode>
 * with LEDGER_KEY_PEM and LEDGER_KID in the environment (and START_AT, ms since the epoch, to start
 * both writers at the same moment). mode "burst": all <count> appends are
 * issued at once (the ledger batches them into group commits); "serial": one append at a time.
 */
import { openGitLedger } from "../../app/ledger/git-ledger.js";
import { createLedgerSigner } from "../../app/ledger/signer.js";
import { systemClock } from "../../app/util/clock.js";

const [dir, writer, count, mode] = process.argv.slice(2);
const signer = createLedgerSigner(process.env.LEDGER_KEY_PEM ?? "", process.env.LEDGER_KID ?? "");
// Small groups (at most 25 events per commit), so the two processes interleave many commits.
const ledger = await openGitLedger({ dir: dir!, clock: systemClock, lock: { timeoutMs: 60_000 }, maxGroupEvents: 25 });
const one = (i: number) => ledger.append([{ type: "lease.issued", tenant: "acme", actor: "doer", subject: `${writer}-${i}`, data: { writer: writer!, i } }], signer);
await new Promise((resolve) => setTimeout(resolve, Math.max(0, Number(process.env.START_AT ?? 0) - Date.now())));
if (mode === "burst") {
  await Promise.all(Array.from({ length: Number(count) }, (_, i) => one(i)));
} else {
  for (let i = 0; i < Number(count); i++) await one(i);
}
