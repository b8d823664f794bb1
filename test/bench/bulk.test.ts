import { describe, expect, it } from "vitest";
import { benchBulk, formatBulkBench } from "../../bench/bulk.js";

/** The bulk benchmark at a small size: every person offboarded through the real pipeline, and a report that adds up. */
describe("npm run bench -- bulk", () => {
  it("offboards every person, with fifteen ledger events each, and reports time by thread", async () => {
    const lines: string[] = [];
    const r = await benchBulk(12, (line) => lines.push(line), 4);
    expect(r).toMatchObject({ people: 12, concurrency: 4 });
    // Three events of the ledger's own (genesis, two keys), then fifteen per person.
    expect(r.ledger_events).toBe(3 + 12 * 15);
    expect(r.ledger_commits).toBeGreaterThan(0);
    expect(r.ledger_commits).toBeLessThanOrEqual(r.ledger_events);
    expect(r.people_per_s).toBeCloseTo(12 / r.seconds, 1);
    expect(r.threads.executor_ms_per_person).toBeGreaterThan(0);
    expect(r.threads.directory_ms_per_person).toBeGreaterThan(0);
    if (process.platform === "linux") {
      expect(r.threads.executor_cpu_ms_per_person).toBeGreaterThan(0);
      expect(r.threads.executor_cpu_ms_per_person! * 12).toBeLessThanOrEqual(r.threads.cpu_s * 1000 + 10);
    } else expect(r.threads.executor_cpu_ms_per_person).toBeNull();
    for (const share of [r.threads.executor_share, r.threads.directory_share]) {
      expect(share).toBeGreaterThan(0);
      expect(share).toBeLessThanOrEqual(1.05);
    }
    expect(lines.at(-1)).toMatch(/^12\/12 people offboarded/);
    expect(formatBulkBench(r).join("\n")).toMatch(/where the time goes, by thread: executor [\d.]+ ms a person/);
  });
});
