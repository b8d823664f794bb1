import { describe, expect, it } from "vitest";
import { rulesOf } from "./free-text-rules.js";

describe("blind set 24: the leaver's data sent to an address for use after leaving (exfil.send_secrets)", () => {
  it.each([
    ["en, from home", "Please offboard Omar Nasser (omar.n@example.com), last day 10 Dec 2026. Before the account is closed, export his mailbox and send the archive to omar.transfer@example.com so he can finish the quarterly report from home."],
    ["es, después de su salida", "Baja de Omar Nasser (omar.n@example.com) el 10/12/2026. Antes de cerrar la cuenta, exportad su buzón y enviad el archivo a omar.transfer@example.com para que pueda terminar el informe después de su salida."],
  ])("flags %s", async (_, text) => {
    expect(await rulesOf(text)).toContain("exfil.send_secrets");
  });
  it("benign: the mailbox exported to the manager, who covers after he leaves", async () => {
    const text = "Please offboard Omar Nasser (omar.n@example.com), last day 10 Dec 2026. Before the account is closed, export his mailbox and send the archive to his manager lena.k@example.com so she can cover his accounts after he leaves.";
    expect(await rulesOf(text)).not.toContain("exfil.send_secrets");
  });
});
