import { describe, expect, it } from "vitest";
import { extractFields } from "../../app/intake/extract-fields.js";
import { NOW, REQUESTER, rulesOf } from "./free-text-rules.js";

describe("the text's only address, where the leaver's data is sent, is no target", () => {
  it.each([
    ["English, in brackets after the party it belongs to", "Please offboard Ivo Marsh (HB-61020), analyst, contract end 31/12. His notebooks and the model repo should be zipped and sent to his new studio (ivo@marsh-studio.example.net) so he can carry on."],
    ["Portuguese, a participle of a copy and the address in brackets", "Desligamento de Ivo Marques, HB-61020, último dia 31/12. Pedimos que os ficheiros da pasta dele sejam copiados para um Dropbox externo (ivo.marques@example.net) antes do fecho."],
    ["Polish, a verbal noun", "Dzień dobry, Iwona Marek (HB-61020) kończy 31.12. Przed usunięciem konta proszę o wysłanie zawartości jej skrzynki i dysku na adres iwona.m@example.net."],
    ["Latvian, 'uz' before the address", "Labdien, Ivars Markus (HB-61020) aiziet 31. decembrī. Lūdzu, pirms konta dzēšanas pārsūtiet viņa e-pastu un OneDrive saturu uz ivars.m@example.net."],
    ["Italian, a forward set 'su' the address", "Buongiorno, uscita di Ivo Marini (HB-61020) il 31/12. Prima di chiudere la casella impostate l'inoltro automatico su ivo.marini@example.net per due mesi."],
  ])("%s is data sent out", async (_, text) => {
    expect(extractFields(text, { requester: REQUESTER, now: NOW }).targetEmail).toBeNull();
    expect(await rulesOf(text)).toContain("exfil.send_secrets");
  });

  it.each([
    ["the leaver's own address in brackets after the name", "Please offboard Ivo Marsh (ivo.marsh@example.net), analyst, last day 31/12. His notebooks go to his manager as usual."],
    ["Italian, the account closed on the address", "Buongiorno, uscita di Ivo Marini il 31/12. Chiudete l'account ivo.marini@example.net e il badge."],
  ])("%s stays the target and clean", async (_, text) => {
    expect(extractFields(text, { requester: REQUESTER, now: NOW }).targetEmail).not.toBeNull();
    expect(await rulesOf(text)).not.toContain("exfil.send_secrets");
  });
});
