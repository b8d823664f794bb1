import { runExecutorTick, startDoerService } from "../../doer/doer-service.js";
import { OffboardError } from "../../errors.js";
import type { Clock } from "../../util/clock.js";
import { EXIT, type Output } from "../output.js";
import { waitForStop } from "../wait-for-stop.js";
import { withWorkspace } from "../with-workspace.js";

export interface DoerCommandOptions {
  repo: string;
  host?: string;
  port?: number;
  /** Seconds between runs of interrupted and due phases. */
  tick?: number;
  /** Finish interrupted phases and run due hard phases, then exit (for cron). */
  once?: boolean;
}

/**
 * `offboard doer --repo DIR [--host H] [--port N] [--tick S] [--once]`: the executor as a service
 * (POST /v1/packets), with the repository's keys, ledger, connectors and leases. At start it
 * finishes what a crash interrupted; then it runs due hard phases every `--tick` seconds until
 * SIGINT/SIGTERM (or `signal`).
 */
export async function doerCommand(options: DoerCommandOptions, out: Output, clock: Clock, signal?: AbortSignal): Promise<number> {
  const port = options.port ?? 0;
  if (!Number.isInteger(port) || port < 0 || port > 65535) throw new OffboardError("CONFIG_INVALID", `--port ${port}: expected 0-65535`, { port });
  const tick = options.tick ?? 5;
  if (!(tick > 0 && tick <= 3600)) throw new OffboardError("CONFIG_INVALID", `--tick ${tick}: expected seconds from 0 to 3600`, { tick });
  return withWorkspace(options.repo, clock, out, async (ws) => {
    if (options.once) {
      await runExecutorTick(ws.doer, (line) => out.say(line));
      out.result({ once: true });
      return EXIT.ok;
    }
    const service = await startDoerService(ws.doer, { ...(options.host ? { host: options.host } : {}), port, tickMs: tick * 1000, log: (line) => out.say(line) });
    out.say(`executor for tenant ${ws.config.tenant} listening at ${service.url}/v1/packets (hard phases checked every ${tick} s)`);
    out.result({ url: `${service.url}/v1/packets` });
    await waitForStop(signal);
    await service.close();
    return EXIT.ok;
  });
}
