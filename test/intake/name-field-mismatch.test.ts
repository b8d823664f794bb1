import { describe, expect, it } from "vitest";
import { rulesOf } from "./free-text-rules.js";

// A request record whose name field and address field name two people (detect-name-mismatch.ts,
// NAME_FIELD in lexicon/swap-fields.ts): "leaver_name: Emily Carter ... email: daniel.hoffmann@",
// with no cue at all. The key is read only where it opens its line, right before its ':'; the
// benign neighbours are records whose address is the named person's own, or whose other address
// is a manager's under its own key, and "name" used as a word in prose.
describe("target.name_mismatch: a record's name field and address field name two people", () => {
  it.each([
    ["a snake_case leaver_name key", "leaver_name: Nora Quint\nemployee_id: KX-440217\nemail: p.lindqvist@example.com\nlast_day: 2027-01-08"],
    ["a bare name key", "name: Nora Quint\nemployee_id: KX-440217\nemail: tariq.bashir@example.com\nsite: Leeds\nreason: end of contract"],
    ["a German key", "Name: Nora Quint\nE-Mail: tariq.bashir@example.com\nLetzter Arbeitstag: 08.01.2027"],
    ["a name before a colon in prose is still a name", "W sprawie zgłoszenia odejścia – Marta Kowalska: jej konta są zarejestrowane na login współpracownika, p.kowalczyk@example.com. Proszę wyłączyć p.kowalczyk@example.com."],
  ])("%s", async (_, text) => {
    expect(await rulesOf(text)).toContain("target.name_mismatch");
  });

  it.each([
    ["the record's own address", "leaver_name: Nora Quint\nemployee_id: KX-440217\nemail: nora.quint@example.com\nlast_day: 2027-01-08"],
    ["an initial and the surname", "name: Nora Quint\nemail: n.quint@example.com\nlast_day: 2027-01-08"],
    ["the manager's address under its own key", "name: Nora Quint\nemployee_id: KX-440217\nmanager_email: tariq.bashir@example.com\nlast_day: 2027-01-08"],
    ["bilingual labels, the leaver cue ending the line above", "Typ / Type: Odchod / Leaver\nJméno / Name: Vít Kadlec\nE-mail: vit.kadlec@example.com\nPoslední den / Last day: 2025-06-13"],
    ["bilingual labels after 'Offboarding'", "Ticket — Baja / Offboarding\nEmployee / Empleado: Carolina Méndez — carolina.mendez@example.com\nLast day / Último día: 20/06/2025"],
    ["'name' in prose, not a key", "Please offboard Nora Quint on Friday; her manager's name: Tariq Bashir, tariq.bashir@example.com, will collect the laptop."],
  ])("benign: %s", async (_, text) => {
    expect(await rulesOf(text)).not.toContain("target.name_mismatch");
  });
});
