/**
 * Concepts for the leaver's things opened to an outside address by a role or an upload (exfil.send_secrets,
 * rules/exfil-share-rules.ts): an owner's or editor's role given to the address ("add x@ as owner on her SharePoint
 * site", "com permissão de edição"), and an upload verb that sends the data to a link ("nahrajte ji na úložiště ...
 * https://", "hochladen"), the link marked as where it goes ("to", "na", "إلى"). Languages: en de fr es pt it nl pl cs tr id ja zh ko (see override.ts for the syntax).
 */
export const OUTSIDE_GRANT_CONCEPTS = {
  /** The role or right that lets its holder read and take everything: "as owner", "as an editor", "with edit permission". */
  OWNER_ROLE: [
    "as owner", "as an owner", "as owners", "an owner", "an editor", "co owner", "as co owner", "as a co owner", "as site owner", "as site owners", "as site admin", "as an editor", "as editor", "as editors",
    "owner rights", "owner access", "owner permissions", "ownership rights", "full control", "edit access", "edit rights", "editing rights", "edit permission", "edit permissions", "editor access", "editor rights",
    "als besitzer", "als eigentümer", "als inhaber", "als mitbesitzer", "bearbeitungsrecht*", "schreibrecht*", "vollzugriff",
    "comme propriétaire", "en tant que propriétaire", "comme copropriétaire", "droits de modification", "droits d édition", "contrôle total",
    "como propietario", "como propietaria", "como propietarios", "como editor", "como editora", "permisos de edición", "permiso de edición", "control total",
    "como proprietário", "como proprietária", "como dono", "como dona", "permissão de edição", "permissões de edição", "controle total", "controlo total",
    "come proprietario", "come proprietaria", "come editor", "permessi di modifica", "diritti di modifica", "controllo completo",
    "als eigenaar", "als eigenaren", "als mede eigenaar", "bewerkrechten", "bewerkingsrechten", "volledige controle",
    "jako właściciel", "jako właściciela", "uprawnienia do edycji", "prawa do edycji", "pełną kontrolę", "jako vlastník", "jako vlastníka", "práva k úpravám",
    "sahibi olarak", "düzenleme yetkisi", "sebagai pemilik", "akses edit", "hak edit", "所有者として", "オーナーとして", "編集権限", "作为所有者", "编辑权限", "소유자로", "편집 권한",
  ],
  /** Verbs that give a role to someone, beside ADD_TO, GRANT_VERB and MARK: "make x@ an owner", "assign x@ as editor". */
  ROLE_VERB: [
    "make", "appoint", "assign", "nominate", "register", "macht", "ernennt", "ernennen", "nommez", "désignez", "nombrad", "designad", "nomeiem", "designem", "nominate", "nominare", "benoem", "maak", "mianujcie", "wyznaczcie", "atayın", "jadikan",
  ],
  /** Upload verbs the send verbs lack (SEND has "upload"): with the leaver's data and a link, a send out of the organisation. */
  UPLOAD_VERB: [
    "uploaden", "upload them", "upload it", "hochladen", "hochgeladen", "lade hoch", "téléversez", "téléverser", "subid", "subir", "suban", "suba",
    "carregue", "carreguem", "carregar", "caricate", "caricare", "carica", "wgraj", "wgrajcie", "wrzuć", "wrzućcie", "nahrajte", "nahrát", "nahraj", "загрузите", "загрузить", "yükleyin", "yükle",
    "unggah", "unggahkan", "アップロード", "上传", "上傳", "업로드", "ارفع", "ارفعوا", "رفع", "अपलोड",
  ],
  /**
   * The marker that makes a link the place the data goes, a few words before it: "to our intake endpoint https://…", "na úložiště
   * našeho poradce: https://…", "إلى الرابط التالي: https://…" (not "documented at https://…", "as described in https://…": a link read).
   */
  LINK_TO: [
    "to", "onto", "into", "an", "auf", "à", "vers", "sur", "al", "para", "pro", "pra", "verso", "su", "naar", "op", "na", "do", "till", "til", "ke", "kepada", "إلى", "الى", "到", "至", "へ", "에", "로", "으로",
  ],
} as const satisfies Record<string, readonly string[]>;
