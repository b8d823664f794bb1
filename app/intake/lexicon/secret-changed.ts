/**
 * A secret said to have been changed (rules/exfil-rules.ts): "please reply to confirm the passwords she held were changed",
 * "responda confirmando que as senhas dela foram trocadas", "rispondete per confermare che le sue password sono state
 * cambiate", "sobald ihre Passwörter geändert wurden" ask whether the change is done, not for the secret. A passive
 * (auxiliary and participle) in the Romance languages and English, where a bare "reset" or "change" can be an order; the
 * participle alone in German and Dutch. Entries are normalised like the text (lower case, no accents); see override.ts.
 */
const EN_AUX = ["were", "was", "are", "is", "have been", "has been", "had been", "got", "have all been", "were all"];
const EN_PARTS = ["changed", "reset", "rotated", "revoked", "updated", "replaced", "invalidated", "expired", "renewed"];
const FR_AUX = ["ont été", "a été", "ont bien été", "a bien été", "sont", "soient"];
const FR_PARTS = ["réinitialisé*", "changé*", "modifié*", "révoqué*", "renouvelé*"];
const ES_AUX = ["fueron", "han sido", "ha sido", "se han", "se ha", "ya se han"];
const ES_PARTS = ["cambiad*", "restablecid*", "reseteado*", "reseteada*", "rotad*", "revocad*", "renovad*", "cambiado", "restablecido", "revocado"];
const PT_AUX = ["foram", "foi", "já foram", "já foi", "estão", "tinham sido", "foram todas", "foram todos"];
const PT_PARTS = ["trocad*", "alterad*", "redefinid*", "resetad*", "revogad*", "renovad*", "mudad*"];
const IT_AUX = ["sono state", "sono stati", "è stata", "è stato", "siano state", "siano stati"];
const IT_PARTS = ["cambiat*", "reimpostat*", "modificat*", "revocat*", "resettat*", "rinnovat*"];
const cross = (aux: readonly string[], parts: readonly string[]) => aux.flatMap((a) => parts.map((p) => `${a} ${p}`));

export const SECRET_CHANGED_CONCEPTS = {
  SECRET_CHANGED: [
    ...cross(EN_AUX, EN_PARTS),
    ...cross(FR_AUX, FR_PARTS),
    ...cross(ES_AUX, ES_PARTS),
    "se cambiaron", "se restablecieron", "se resetearon", "se rotaron", "se revocaron", "se renovaron",
    ...cross(PT_AUX, PT_PARTS),
    ...cross(IT_AUX, IT_PARTS),
    // de nl: the participle, verb last ("sobald ihre Passwörter geändert wurden", "zodra haar wachtwoorden gewijzigd zijn")
    "geändert", "zurückgesetzt", "rotiert", "widerrufen", "erneuert", "ausgetauscht", "gewijzigd", "gereset", "ingetrokken", "vernieuwd",
  ],
} as const;
