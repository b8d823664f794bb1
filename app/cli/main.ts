#!/usr/bin/env node
/**
 * The `offboard` command. This file only wires commands to their handlers (app/cli/commands/);
 * exit codes: 0 success, 1 the operation failed or was refused (verification failed, approval
 * refused, execution refused), 2 bad input or configuration (the message names what and where).
 */
import { Command, CommanderError, InvalidArgumentError, Option } from "commander";
import { systemClock } from "../util/clock.js";
import { applyCommand, DEFAULT_APPLY_CONCURRENCY } from "./commands/apply.js";
import { approveCommand } from "./commands/approve.js";
import { checkCommand } from "./commands/check.js";
import { demoCommand } from "./commands/demo.js";
import { initCommand } from "./commands/init.js";
import { reinstateCommand } from "./commands/reinstate.js";
import { scanCommand } from "./commands/scan.js";
import { doerCommand } from "./commands/doer.js";
import { githubAppCommand } from "./commands/github-app.js";
import { serveLedgerCommand } from "./commands/serve-ledger.js";
import { verifyCommand } from "./commands/verify.js";
import { createOutput, EXIT, reportError } from "./output.js";

const int = (v: string) => {
  const n = Number(v);
  if (!Number.isInteger(n) || n < 0) throw new InvalidArgumentError("must be a whole number of seconds");
  return n;
};

const positive = (v: string) => {
  const n = Number(v);
  if (!Number.isInteger(n) || n < 1) throw new InvalidArgumentError("must be a whole number of at least 1");
  return n;
};

export function buildProgram(run: (json: boolean, fn: () => Promise<number>) => void): Command {
  const program = new Command("offboard")
    .description("GitOps offboarding under policy: decide (OPA), approve (security team), execute in two phases, verify the signed ledger")
    .showHelpAfterError()
    .exitOverride();
  const repo = () => new Option("--repo <dir>", "policy repository").default(process.cwd(), "current directory");
  const json = () => new Option("--json", "print machine-readable JSON");

  program.command("init <dir>").description("scaffold a new policy repository (policies, config, keys, git) in DIR")
    .option("--tenant <id>", "tenant id", "acme")
    .option("--security-team <emails>", "comma-separated approvers", "alice.nguyen@example.com,ben.kowalski@example.com")
    .option("--window <seconds>", "reinstate window written into the policy data", int)
    .option("--remote <path>", "create a bare git remote at PATH and push to it")
    .addOption(json())
    .action((dir, o) => run(o.json, () => initCommand(dir, o, createOutput(o.json))));

  program.command("check <file>").description("filter, parse and decide one request file; records the decision on the ledger")
    .addOption(repo()).option("--dry-run", "decide without recording", false).addOption(json())
    .action((file, o) => run(o.json, () => checkCommand(file, o, createOutput(o.json), systemClock)));

  program.command("approve <id>").description("record an approval of request ID by a security team member")
    .requiredOption("--as <email>", "who approves").option("--confirm-target <email>", "who is meant, when intake scrubbed the target")
    .addOption(repo()).addOption(json())
    .action((id, o) => run(o.json, () => approveCommand(id, o, createOutput(o.json), systemClock)));

  program.command("apply").description("execute committed requests that policy and approvals allow, then run due hard phases")
    .addOption(repo()).option("--wait", "wait for pending hard phases and run them", false)
    .option("--concurrency <n>", "requests carried out at once", positive, DEFAULT_APPLY_CONCURRENCY).addOption(json())
    .action((o) => run(o.json, () => applyCommand(o, createOutput(o.json), systemClock)));

  program.command("reinstate <id>").description("undo the soft phase of request ID inside its window")
    .option("--as <name>", "who reinstates", process.env.USER ?? "operator").addOption(repo()).addOption(json())
    .action((id, o) => run(o.json, () => reinstateCommand(id, o, createOutput(o.json), systemClock)));

  program.command("scan [file]").description("run the intake filter on one text (FILE, or - for stdin) or, with --jsonl FILE, on one {\"id\",\"text\"} per line; no model, no ledger")
    .option("--jsonl <file>", "batch: one JSON object per line in, one result per line out")
    .option("--requester <email>", "who sent the text (an identity it may name)")
    .option("--as <source>", "auto | request_file | issue_form | free_text", "auto")
    .addOption(json())
    .action((file, o) => run(o.json, () => scanCommand(file, o, createOutput(o.json), systemClock)));

  const collect = (v: string, prev: string[] = []) => [...prev, v];
  const count = (v: string) => {
    const n = Number(v);
    if (!Number.isInteger(n) || n < 0) throw new InvalidArgumentError("must be a whole number");
    return n;
  };
  program.command("verify").description("verify the ledger branch: events, signatures, Merkle checkpoint, history, witnessed checkpoints (exit 1 names the first bad event)")
    .requiredOption("--repo <dir|url>", "repository path or git URL holding the ledger branch")
    .option("--keys <dir>", "trusted public keys (default: ledger/keys on the default branch)")
    .option("--checkpoint <file>", "a checkpoint note pinned earlier; the ledger must extend it (repeatable)", collect, [])
    .option("--checkpoints-from <dir|url>", "also check the ledger-checkpoint tags of this repository (a protected second remote)")
    .option("--witness-quorum <n>", "witness cosignatures each published checkpoint needs (default 1 when witness keys are trusted)", count)
    .addOption(json())
    .action((o) => run(o.json, () => verifyCommand(o, createOutput(o.json))));

  program.command("ledger-serve").description("serve the ledger's checkpoint and inclusion/consistency proofs over HTTP (read-only)")
    .addOption(repo()).option("--host <host>", "address to listen on", "127.0.0.1").option("--port <port>", "port (0: any free port)", count, 0).addOption(json())
    .action((o) => run(o.json, () => serveLedgerCommand(o, createOutput(o.json), systemClock)));

  program.command("doer").description("run the executor as a service: POST /v1/packets, resumes interrupted phases at start, runs due hard phases")
    .addOption(repo()).option("--host <host>", "address to listen on", "127.0.0.1").option("--port <port>", "port (0: any free port)", count, 8790)
    .option("--tick <seconds>", "seconds between checks for due hard phases and interrupted phases", int, 5)
    .option("--once", "finish interrupted phases and run due hard phases, then exit (for cron)").addOption(json())
    .action((o) => run(o.json, () => doerCommand(o, createOutput(o.json), systemClock)));

  program.command("github-app").description("serve the GitHub App's webhooks (environment: APP_ID, PRIVATE_KEY[_PATH], WEBHOOK_SECRET, OFFBOARD_KEYS_DIR; see .env.example)")
    .addOption(json())
    .action((o) => run(o.json, () => githubAppCommand(createOutput(o.json), systemClock)));

  program.command("demo").description("run the whole pipeline on embedded defaults in a temporary policy repository")
    .option("--dir <dir>", "leave the demo's policy repository at DIR").option("--window <seconds>", "reinstate window for the demo", int, 8)
    .addOption(json())
    .action((o) => run(o.json, () => demoCommand(o, createOutput(o.json))));
  return program;
}

async function main(argv: string[]): Promise<number> {
  let pending: Promise<number> | undefined;
  const program = buildProgram((json, fn) => {
    pending = fn().catch((e: unknown) => reportError(e, json));
  });
  try {
    await program.parseAsync(argv);
  } catch (e) {
    if (e instanceof CommanderError) return e.exitCode === 0 ? EXIT.ok : EXIT.usage;
    throw e;
  }
  if (!pending) {
    program.outputHelp();
    return EXIT.usage;
  }
  return pending;
}

main(process.argv).then(
  (code) => {
    process.exitCode = code;
  },
  (e: unknown) => {
    process.exitCode = reportError(e, false);
  },
);
