/**
 * A separate writer process for the concurrency suite:
 *   node --import tsx test/ledger/append-worker.ts <dir> <writer> <count>
 * with LEDGER_KEY_PEM and LEDGER_KID in the environment. Appends <count> events one at a time.
 */
import { openGitLedger } from "../../app/ledger/git-ledger.js";
import { createLedgerSigner } from "../../app/ledger/signer.js";
import { systemClock } from "../../app/util/clock.js";

const [dir, writer, count] = process.argv.slice(2);
const signer = createLedgerSigner(process.env.LEDGER_KEY_PEM ?? "", process.env.LEDGER_KID ?? "");
const ledger = await openGitLedger({ dir: dir!, clock: systemClock });
for (let i = 0; i < Number(count); i++) {
  await ledger.append([{ type: "lease.issued", tenant: "acme", actor: "doer", subject: `${writer}-${i}`, data: { writer: writer!, i } }], signer);
}
