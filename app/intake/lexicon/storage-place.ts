/**
 * Storage a copy of the leaver's files is put into, named before the address that stands for it ("drop them in his Dropbox
 * (x@)", "upload it to the transfer space of Hartley & Marsh LLP at x@", "in ihren Dropbox-Ordner (x@) hochladen"): a cloud
 * service's account, a transfer space or data room, a folder or share. The parser takes such an address for a destination
 * (destination-address.ts), and with the leaver's data before it and an outside address after it, this is exfiltration
 * (rules/exfil-dest-rules.ts). Not a mailbox or an account as such ("put a hold on his mailbox (x@)" names the leaver).
 * Languages: en de fr es pt it nl pl ro (see override.ts for the syntax).
 */
export const STORAGE_PLACE_CONCEPTS = {
  STORAGE_PLACE: [
    "dropbox", "google drive", "icloud", "icloud drive", "wetransfer", "transfer space", "transfer site", "data room", "dataroom", "shared folder", "file share", "sftp folder", "bucket", "cloud storage",
    "dropbox ordner", "transferbereich", "datenraum", "espace de transfert", "salle de données", "espacio de transferencia", "sala de datos", "espaço de transferência", "sala de dados",
    "spazio di trasferimento", "overdrachtsruimte", "przestrzeń transferowa", "spațiul de transfer",
  ],
} as const satisfies Record<string, readonly string[]>;
