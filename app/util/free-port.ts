import { createServer } from "node:net";

/** A free TCP port on 127.0.0.1, found by binding port 0 and closing again (for servers we start: opa, Vault, slapd). */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.unref();
    probe.on("error", reject);
    probe.listen(0, "127.0.0.1", () => {
      const address = probe.address();
      probe.close(() => (typeof address === "object" && address ? resolve(address.port) : reject(new Error("no free port on 127.0.0.1"))));
    });
  });
}
