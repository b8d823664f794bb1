/**
 * Concepts for the leaver staying and someone else put in their place (detect-stays-named.ts): "in their place" said with
 * a possessive, which SWAP ("instead", "en lugar", "à la place") leaves out. Entry syntax as in override.ts.
 */
export const STAYS_NAMED_CONCEPTS = {
  /** "In his/her place": the other person acted on where the leaver was. */
  IN_THEIR_PLACE: [
    "in her place", "in his place", "in their place", "en su lugar", "en lugar suyo", "à sa place", "em seu lugar", "no seu lugar", "no lugar dela", "no lugar dele", "al suo posto", "an ihrer stelle", "an seiner stelle",
    "in haar plaats", "in zijn plaats", "na jej miejsce", "na jego miejsce", "вместо неё", "вместо него", "замість неї", "замість нього", "onun yerine", "i hennes ställe", "i hans ställe",
  ],
  /** The leaver's own account or record kept open: "Jessica's is being kept open", "the Otieno record needs to stay open". */
  KEPT_OPEN: [
    "kept open", "stay open", "stays open", "remain open", "remains open", "left open", "kept active", "stay active", "remain active", "kept live", "stay live",
    "sigue abierta", "sigue abierto", "seguir abierta", "seguir abierto", "queda abierta", "queda abierto", "mantenerse abierta", "mantenerse abierto", "permanece abierta", "permanece abierto",
    "fica aberta", "fica aberto", "continua aberta", "continua aberto", "permanece aberta", "permanece aberto", "reste ouvert", "reste ouverte", "rester ouvert", "rester ouverte",
    "rimane aperto", "rimane aperta", "restare aperto", "restare aperta", "bleibt offen", "offen bleiben", "bleibt aktiv", "aktiv bleiben", "blijft open", "open blijven", "blijft actief", "actief blijven",
    "pozostaje otwarte", "pozostaje aktywne", "ma pozostać otwarte", "ma pozostać aktywne", "остается открытой", "остаётся открытой", "остается активной", "остаётся активной", "залишається відкритим", "залишається активним",
    "açık kalmalı", "açık kalacak", "aktif kalmalı", "aktif kalacak", "förblir öppet", "ska vara kvar", "保持开启", "保持开通", "有効のまま", "활성 상태로 유지", "تبقى مفتوحة", "يبقى مفعلا", "खुला रहेगा", "चालू रहेगा",
  ],
} as const satisfies Record<string, readonly string[]>;
