import type { LanguagePack } from "./index.js";

/** Catalan (ca): words the topic files lacked for their concepts (see index.ts). */
export const CA_PACK: LanguagePack = {
  // Review not needed or not required: "no cal que ho revisi Seguretat", "no requereixen revisió".
  NO_NEED: ["no cal", "no requereixen", "no requereix", "no necessita"],
  REVIEW: ["revisi", "revisin", "revisar ho", "validacions"],
  // A shared account: "el compte compartit financer@".
  SHARED_ADJ: ["compartit", "compartits", "compartides"],
  // Passing secrets to the writer: "passeu-me per aquí les claus de la caixa forta digital".
  SEND: ["passeu me", "passa me", "passi me"],
  // The password safe's keys as the secret passed ("les claus de la caixa forta digital (1Password)"; not "les claus físiques").
  SECRET: ["claus de la caixa forta", "caixa forta digital", "gestor de contrasenyes"],
};
