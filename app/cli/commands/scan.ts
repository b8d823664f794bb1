import { createReadStream, existsSync, readFileSync } from "node:fs";
import { createInterface } from "node:readline";
import { z } from "zod";
import { OffboardError } from "../../errors.js";
import { loadIssueForm } from "../../intake/load-issue-form.js";
import { scanText, type ScanReport } from "../../intake/scan-text.js";
import type { Clock } from "../../util/clock.js";
import { EXIT, type Output } from "../output.js";

export interface ScanOptions {
  /** Batch mode: a JSONL file (or "-"), one {"id","text"} per line. */
  jsonl?: string;
  requester?: string;
  as?: string;
}

const SOURCES = ["auto", "request_file", "issue_form", "free_text"] as const;
const LineSchema = z.object({ id: z.union([z.string().min(1), z.number().int()]), text: z.string() }).passthrough();

/**
 * `offboard scan [FILE|-]`: the intake filter and deterministic parser on one text (no model, no
 * ledger). Exit 0 when nothing was found, 1 when injection is suspected, 2 for unreadable input.
 * `offboard scan --jsonl FILE`: one result line per input line
 * (`{"id","prompt_injection_suspected","confidence","findings"}`); exit 0, or 2 if any line was invalid.
 */
export async function scanCommand(path: string | undefined, options: ScanOptions, out: Output, clock: Clock): Promise<number> {
  const as = SOURCES.find((s) => s === (options.as ?? "auto"));
  if (!as) throw new OffboardError("SCAN_INPUT_INVALID", `--as must be one of ${SOURCES.join(", ")}`, { as: options.as });
  const form = tryLoadForm();
  if (options.jsonl !== undefined) return scanBatch(options.jsonl, as, options.requester ?? null, clock, form);
  if (path === undefined && process.stdin.isTTY) throw new OffboardError("SCAN_INPUT_INVALID", "give a FILE, or - to read the text from standard input", {});
  const where = path === undefined || path === "-" ? "stdin" : path;
  const text = path === undefined || path === "-" ? readFileSync(0, "utf8") : readText(path);
  const r = await scanText(text, { as, requester: options.requester ?? null, now: clock(), where, form });
  out.result(r);
  for (const line of describeScan(r, where, out)) out.say(line);
  return r.prompt_injection_suspected ? EXIT.failed : EXIT.ok;
}

async function scanBatch(path: string, as: (typeof SOURCES)[number], requester: string | null, clock: Clock, form: ReturnType<typeof tryLoadForm>): Promise<number> {
  if (path !== "-" && !existsSync(path)) throw new OffboardError("REQUEST_NOT_FOUND", `file ${path} not found`, { path });
  const lines = createInterface({ input: path === "-" ? process.stdin : createReadStream(path, "utf8"), crlfDelay: Infinity });
  let n = 0;
  let flagged = 0;
  let invalid = 0;
  for await (const line of lines) {
    n++;
    if (line.trim() === "") continue;
    let item: z.infer<typeof LineSchema>;
    try {
      item = LineSchema.parse(JSON.parse(line));
    } catch {
      invalid++;
      process.stdout.write(JSON.stringify({ id: null, error: { code: "SCAN_INPUT_INVALID", message: `${path}:${n}: each line must be a JSON object with "id" and "text"` } }) + "\n");
      continue;
    }
    const r = await scanText(item.text, { as, requester, now: clock(), where: `${path}:${n}`, form });
    if (r.prompt_injection_suspected) flagged++;
    process.stdout.write(JSON.stringify({ id: item.id, prompt_injection_suspected: r.prompt_injection_suspected, confidence: r.confidence, findings: r.findings }) + "\n");
  }
  process.stderr.write(`scanned ${n - invalid} text(s): ${flagged} flagged${invalid > 0 ? `, ${invalid} invalid line(s)` : ""}\n`);
  return invalid > 0 ? EXIT.usage : EXIT.ok;
}

function readText(path: string): string {
  try {
    return readFileSync(path, "utf8");
  } catch {
    throw new OffboardError("REQUEST_NOT_FOUND", `file ${path} not found`, { path });
  }
}

/** The packaged issue form, to recognise issue-form bodies; scanning works without it. */
function tryLoadForm() {
  try {
    return loadIssueForm();
  } catch {
    return null;
  }
}

export function describeScan(r: ScanReport, where: string, out: Output): string[] {
  const lines: string[] = [];
  if (r.note) lines.push(out.color("dim", `${where}: ${r.note}`));
  if (!r.prompt_injection_suspected) {
    lines.push(`${where}: ${out.color("green", "no injection markers")} (${r.source}, confidence ${r.confidence}%)`);
    // A near miss of the learned weights is no finding, but it is why the confidence is low: say so.
    for (const b of r.confidence_basis) if (b.startsWith("near miss")) lines.push(`  ${out.color("yellow", b)}: a human reads it`);
    return lines;
  }
  lines.push(`${where}: ${out.color("red", "injection suspected")}: ${r.findings.length} finding(s), confidence clamped to ${r.confidence}% (${r.source})`);
  for (const e of r.explanation) lines.push(`  ${e}`);
  return lines;
}
