import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import { resolve } from "node:path";
import { OffboardError } from "../../errors.js";
import { openGitLedger } from "../../ledger/git-ledger.js";
import { createLedgerHttpHandler } from "../../ledger/ledger-http-handler.js";
import type { Clock } from "../../util/clock.js";
import { EXIT, type Output } from "../output.js";
import { waitForStop } from "../wait-for-stop.js";

export interface ServeLedgerOptions {
  repo: string;
  /** Default 127.0.0.1: exposing it further is a deliberate choice. */
  host?: string;
  /** Default 0 (any free port). */
  port?: number;
}

/**
 * `offboard ledger-serve --repo DIR [--host H] [--port N]`: serves the auditor's read-only endpoints
 * (GET /ledger/checkpoint, /ledger/proof/inclusion, /ledger/proof/consistency; ledger/SPEC.md §10)
 * for the ledger branch of DIR until `signal` aborts (Ctrl-C on the command line). Nothing served
 * needs trusting: every answer verifies against signed, witnessed checkpoints.
 */
export async function serveLedgerCommand(options: ServeLedgerOptions, out: Output, clock: Clock, signal?: AbortSignal): Promise<number> {
  const port = options.port ?? 0;
  if (!Number.isInteger(port) || port < 0 || port > 65535) throw new OffboardError("CONFIG_INVALID", `--port ${port}: expected 0-65535`, { port });
  const ledger = await openGitLedger({ dir: resolve(options.repo), clock });
  const server = createServer(createLedgerHttpHandler(ledger));
  await new Promise<void>((done, fail) => server.once("error", fail).listen(port, options.host ?? "127.0.0.1", done));
  const { address, port: bound } = server.address() as AddressInfo;
  const url = `http://${address.includes(":") ? `[${address}]` : address}:${bound}/ledger`;
  out.say(`serving the ledger of ${options.repo} at ${url}/checkpoint, ${url}/proof/inclusion?seq=N, ${url}/proof/consistency?from=M&to=N`);
  out.result({ url });
  await waitForStop(signal);
  await new Promise<void>((done) => server.close(() => done()));
  return EXIT.ok;
}
