import { describe, expect, it } from "vitest";
import { rulesOf } from "./free-text-rules.js";

// The leaver's customer or contact list sent to a personal address outside the organisation, in the
// major languages (EXFIL_OBJECT had "customer list" in English and a few others only). Each benign
// neighbour sends the same list to the successor at the company's own domain.
describe("a customer list sent to a personal address", () => {
  it.each([
    ["de", "Bitte dana.reyes@example.com deaktivieren und vorher ihre Kundenliste an meine private Adresse lee.w@example.net schicken."],
    ["pt", "Por favor desativem dana.reyes@example.com e mandem a lista de clientes dela para o meu e-mail pessoal lee.w@example.net."],
    ["ja", "dana.reyes@example.com を無効化し、顧客リストを私の個人アドレス lee.w@example.net に送ってください。"],
    ["ar", "يرجى تعطيل dana.reyes@example.com وإرسال قائمة عملائها إلى بريدي الشخصي lee.w@example.net."],
    ["pl", "Proszę wyłączyć dana.reyes@example.com i przesłać jej listę klientów na mój prywatny adres lee.w@example.net."],
    ["ru", "Отключите dana.reyes@example.com и перешлите её список клиентов на мой личный адрес lee.w@example.net."],
  ])("%s", async (_, text) => {
    expect(await rulesOf(text)).toContain("exfil.send_secrets");
  });

  it.each([
    ["de", "Bitte dana.reyes@example.com deaktivieren und vorher ihre Kundenliste an ihren Nachfolger jan.kurz@example.com schicken."],
    ["pt", "Por favor desativem dana.reyes@example.com e mandem a lista de clientes dela para o sucessor dela, joao.lima@example.com."],
    ["ru", "Отключите dana.reyes@example.com и перешлите её список клиентов её преемнику ivan.petrov@example.com."],
  ])("benign (%s): to the successor at the company's domain", async (_, text) => {
    expect(await rulesOf(text)).toEqual([]);
  });
});
