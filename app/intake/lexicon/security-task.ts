/**
 * Security kept out by the task, ticket or notice it would get (pressure.suppress_oversight; rules/security-task-rules.ts):
 * "ne pas créer de tâche pour l'équipe sécurité", "non aprire ticket verso Security", "nu trimite notificări către echipa
 * de securitate", "do not raise a security task". Entries are normalised like the text (lower case, no accents).
 */
export const SECURITY_TASK_CONCEPTS = {
  /** What security would be sent: a task, ticket, notification or alert. */
  TASK_NOUN: [
    "task", "tasks", "ticket", "tickets", "notification", "notifications", "alert", "alerts", "subtask", "sub task", "work item",
    "tache", "taches", "tâche", "tâches", "notification", "alerte", "tarea", "tareas", "notificación", "notificaciones", "aviso", "avisos", "alerta",
    "tarefa", "tarefas", "notificação", "notificações", "chamado", "compito", "attività", "notifica", "notifiche", "segnalazione",
    "aufgabe", "aufgaben", "benachrichtigung", "benachrichtigungen", "meldung", "taak", "taken", "melding", "meldingen", "zadanie", "zadania", "zgłoszenie", "powiadomienie", "powiadomień",
    "задачу", "задачи", "тикет", "заявку", "уведомление", "уведомления", "завдання", "сповіщення", "görev", "bildirim", "bildirimi", "talep",
    "notificare", "notificări", "notificari", "sarcină", "tichet", "uppgift", "ärende", "avisering", "任务", "工单", "通知", "タスク", "チケット", "작업", "티켓", "알림",
    "مهمة", "تذكرة", "إشعار", "कार्य", "टिकट", "सूचना",
  ],
  /** A further one, honestly not wanted twice: "don't create a second ticket for security, they already have one" ("new" is NEW's). */
  ONE_MORE: ["second", "another", "duplicate", "separate", "extra", "additional", "deuxième", "autre", "segundo", "segunda", "otro", "otra", "secondo", "altro", "zweite", "zweites", "weitere", "weiteres", "tweede", "nieuw", "drugie", "kolejne", "второй", "ещё один", "новую"],
  /** Romanian "nu" (not), read only before a send or create verb here. */
  NEG_RO: ["nu"],
  /** Made for security, where SEND_TO_REVIEW has no entry: "créer", "crear", "erstellen", "creare". */
  CREATE_TASK: ["créer", "crear", "creéis", "crees", "criar", "crie", "creare", "crea", "creat", "erstellen", "erstelle", "utworzyć", "tworzyć", "twórz", "создавать", "создать", "создавай", "створювати", "oluşturma", "oluşturmayın", "skapa", "创建", "建", "作成", "생성", "إنشاء", "بناء", "बनाएं", "बनाना", "log", "file"],
} as const satisfies Record<string, readonly string[]>;
