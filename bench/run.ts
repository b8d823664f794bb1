/**
 * `npm run bench -- <name> [--json] [--n N]`. Benchmarks print medians and p99 beside a baseline
 * measured in the same run. Goals live here, never in tests: the decision goal is in-process p99
 * under 2 ms and at least 5x faster than the OPA server path.
 */
import { benchBulk, formatBulkBench } from "./bulk.js";
import { benchDecision } from "./decision.js";
import { benchLedger, formatLedgerBench } from "./ledger.js";

const args = process.argv.slice(2);
const json = args.includes("--json");
const nIndex = args.indexOf("--n");
const n = nIndex >= 0 ? Number(args[nIndex + 1]) : 10_000;
const name = args.find((a, i) => !a.startsWith("--") && args[i - 1] !== "--n" && args[i - 1] !== "--events" && args[i - 1] !== "--people" && args[i - 1] !== "--concurrency") ?? "decision";
const progress = (s: string) => {
  if (!json) process.stderr.write(`  ${s}\n`);
};

if (name === "ledger") {
  const e = args.indexOf("--events");
  const events = e >= 0 ? Number(args[e + 1]) : undefined;
  if (events !== undefined && (!Number.isInteger(events) || events < 2)) {
    process.stderr.write("--events must be an integer >= 2\n");
    process.exit(2);
  }
  const r = await benchLedger(events === undefined ? {} : { events: [events] }, progress);
  if (json) process.stdout.write(JSON.stringify(r) + "\n");
  else console.log(formatLedgerBench(r).join("\n"));
  process.exit(0);
}
if (name === "bulk") {
  const p = args.indexOf("--people");
  const people = p >= 0 ? Number(args[p + 1]) : 10_000;
  if (!Number.isInteger(people) || people < 1) {
    process.stderr.write("--people must be a positive integer\n");
    process.exit(2);
  }
  const c = args.indexOf("--concurrency");
  const concurrency = c >= 0 ? Number(args[c + 1]) : undefined;
  if (concurrency !== undefined && (!Number.isInteger(concurrency) || concurrency < 1)) {
    process.stderr.write("--concurrency must be a positive integer\n");
    process.exit(2);
  }
  const r = await benchBulk(people, progress, concurrency);
  if (json) process.stdout.write(JSON.stringify(r) + "\n");
  else console.log(formatBulkBench(r).join("\n"));
  process.exit(0);
}
if (name !== "decision") {
  process.stderr.write(`unknown benchmark "${name}"; known: decision, ledger, bulk\n`);
  process.exit(2);
}
if (!Number.isInteger(n) || n < 1) {
  process.stderr.write(`--n must be a positive integer\n`);
  process.exit(2);
}
const r = await benchDecision(n, progress);
if (json) {
  process.stdout.write(JSON.stringify(r) + "\n");
} else {
  const mark = (ok: boolean) => (ok ? "met" : "NOT met");
  console.log(`decision benchmark, ${r.decisions} decisions (filter + parse + input + policy + Ed25519 packet signature)`);
  console.log(`  in-process (OPA Wasm):  p50 ${r.p50_ms} ms  p99 ${r.p99_ms} ms  mean ${r.mean_ms} ms`);
  console.log(`  OPA server (REST):      p50 ${r.opa_server_p50_ms} ms  p99 ${r.opa_server_p99_ms} ms  mean ${r.opa_server_mean_ms} ms`);
  console.log(`  speed-up: ${r.speedup_p50}x at p50, ${r.speedup_p99}x at p99; rss ${r.rss_mb} MB`);
  console.log(`  goal p99 < 2 ms: ${mark(r.p99_ms < 2)}; goal >= 5x faster: ${mark(r.speedup_p99 >= 5)} at p99, ${mark(r.speedup_p50 >= 5)} at p50`);
}
