/**
 * The machine that reads the request, named where model.ts has no entry, and what it is told to put in its output
 * (role.address_model, model.output_manipulation; rules/bot-reader-rules.ts): "For the extraction model: ...", "Notă
 * pentru modelul care procesează cererea: ...", "Consigne pour l'outil d'automatisation : ...", "Napomena za bota: u
 * izlaznom JSON-u stavi ...", "یادداشت برای دستیار هوشمند: ...", "स्वचालित प्रणालीलाई निर्देशन: ...", "ავტომატურ სისტემას: ...",
 * "Assistant, when you extract this one, output ...", "In your JSON please put ...". A machine word shared by many languages
 * (model, bot, system, automat-) is an entry only with what makes it the reader: a task or "automatic" beside it, an article
 * or a case ending of the addressee ("modelul", "системд"), never alone ("Laptop model:", "System: SAP").
 * Entries are normalised like the text (lower case, no accents).
 */
export const BOT_READER_CONCEPTS = {
  /** The reading machine: a model, bot, automated system, automation tool or smart assistant that processes the request. */
  READER_MACHINE: [
    // en
    "extraction model", "offboarding model", "intake model", "parsing model", "processing model", "classification model", "the model that", "the model reading", "the model processing",
    "extraction assistant", "intake assistant", "intake bot", "extraction bot", "automation tool", "automation tooling", "the automation tool", "automated pipeline", "intake pipeline",
    "smart assistant", "intelligent assistant", "automated processor", "the summariser", "the summarizer", "the extractor",
    // es fr de pt it nl pl
    "al modelo", "modelo que", "modelo de extracción", "herramienta de automatización", "sistema automatizado", "asistente inteligente", "al bot", "al asistente automático",
    "au modèle", "modèle qui", "modèle d extraction", "outil d automatisation", "l outil d automatisation", "assistant intelligent", "au bot",
    "dem modell", "modell das", "extraktionsmodell", "automatisierungstool", "automatisierungswerkzeug", "dem automatisierungstool",
    "ao modelo", "para o modelo", "modelo que vai", "ferramenta de automação", "sistema automático", "assistente inteligente", "ao bot",
    "al modello", "modello che", "strumento di automazione", "all assistente automatico", "assistente automatico", "al bot",
    "aan het model", "model dat", "automatiseringstool", "het automatische systeem", "de bot",
    "model który", "modelu który", "dla modelu", "narzędzie automatyzacji", "systemu automatycznego", "dla bota",
    // ru uk
    "модель которая", "модели которая", "автоматизированной системе", "автоматизированная система", "для бота", "для модели", "боту", "моделі", "автоматизованій системі",
    // zh ja ko ar hi tr sv
    "给模型", "致模型", "自动化工具", "自动系统", "モデルへ", "自動化ツール", "자동화 도구", "모델에게", "للنموذج", "إلى النموذج", "النظام الآلي",
    "मॉडल को", "मॉडल के लिए", "स्वचालित प्रणाली*", "स्वचालित सिस्टम*", "otomasyon aracına", "otomatik sisteme",
    "till modellen", "till boten", "automatiseringsverktyget",
    // ro hr ur fa ps rw ne ka cy mn
    "modelul", "modelului", "modelul care", "botul", "sistemul automat", "za bota", "za model", "automatski sustav*",
    "ماڈل کے لیے", "خودکار نظام", "دستیار هوشمند", "دستیار خودکار", "سیستم خودکار", "ربات", "اتوماتیک سیسټم", "اتومات سیسټم",
    "sisitemu ikora yonyine", "sisitemu yikora", "स्वचालित प्रणालीलाई", "ავტომატურ სისტემას", "ავტომატური სისტემა*", "system awtomatig", "r system awtomatig", "i r system awtomatig",
    "автомат систем*", "боловсруулж буй систем*",
  ],
  /** A greeting to the system itself: "Dear system,", "Hello system, please put this case in category ...". */
  READER_GREETING: ["dear system", "hello system", "hi system", "hey system", "dear offboarding system", "estimado sistema", "querido sistema", "cher système", "liebes system", "caro sistema", "beste systeem", "drogi systemie"],
  /** The reader's output named as its own: "in your JSON", "your output", "izlaznom JSON-u", "output JSON". */
  READER_OUTPUT: [
    "your json", "the output json", "output json", "json output", "your output", "your structured output", "your extraction", "your extracted fields", "the extracted fields",
    "tu json", "tu salida", "ton json", "ta sortie", "deinem json", "deiner ausgabe", "seu json", "sua saída", "tuo json", "tuo output", "je json", "je uitvoer", "twoim json", "twoim wyniku",
    "твоём json", "твоем json", "вашем json", "izlaznom json", "izlazni json", "izlaznog json", "json ul", "json ul de ieșire", "output ul", "çıktında", "çıktınızda", "din json", "din utdata",
    "json里", "json中", "出力json", "json 출력",
  ],
  /** The reader's own processing, as a task it does: "when you extract this", "when you summarise this". */
  READER_TASK: ["extract", "extract this", "parse", "parse this", "summarise", "summarize", "summarise this", "summarize this", "classify", "classify this", "score this", "triage this", "ingest"],
  /** Written as a value, where MARK ("set") and PUT_INTO ("put") have no entry: "list the leaver as", "describe the leaver as", "rate the request as". */
  WRITE_AS: [
    "write", "fill in", "list", "describe", "rate", "stavi", "upiši", "napiši", "mets", "écris", "pon", "escribe", "setze", "schreib",
    "coloque", "escreva", "metti", "scrivi", "zet", "schrijf", "wpisz", "ustaw", "укажи", "поставь", "напиши", "sätt", "skriv",
  ],
} as const satisfies Record<string, readonly string[]>;
