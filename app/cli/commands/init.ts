import { resolve } from "node:path";
import { scaffoldRepo } from "../../workspace/scaffold-repo.js";
import { EXIT, type Output } from "../output.js";

export interface InitOptions {
  tenant: string;
  securityTeam: string;
  window?: number;
  remote?: string;
}

/** `offboard init DIR`: scaffold a new policy repository with fresh keys. */
export async function initCommand(dir: string, options: InitOptions, out: Output): Promise<number> {
  const target = resolve(dir);
  const config = scaffoldRepo({
    dir: target,
    tenant: options.tenant,
    securityTeam: options.securityTeam.split(",").map((s) => s.trim()).filter(Boolean),
    ...(options.window !== undefined ? { windowSeconds: options.window } : {}),
    ...(options.remote ? { remote: resolve(options.remote) } : {}),
  });
  out.result({ dir: target, tenant: config.tenant, packet_kid: config.packet.kid });
  out.say(`created policy repository ${target} for tenant ${config.tenant}`);
  out.say(`  private keys: ${target}/.offboard/keys (gitignored); trust roots: ledger/keys/`);
  out.say(`  next: add requests/<id>.yaml, then \`offboard check requests/<id>.yaml --repo ${dir}\``);
  return EXIT.ok;
}
