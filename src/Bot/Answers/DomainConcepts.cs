namespace CoopAssistant.Bot.Answers;

/// <summary>
/// The words that make a question a co-op question. An answer needs at least one of them among the
/// question words its passage matches: "who is the partner of the year" shares "partner" and "year"
/// with the articles but none of these, so it gets "I don't know" instead of the retention rule.
/// Read through the question analyzer, so the synonym tables apply ("mala direta" is the direct-mail
/// concept, "deadlne" a near spelling of "deadline"); an entry that does not read as one token
/// ("partner center") adds nothing, so that its everyday words ("partner") do not count. Everyday words that articles also use (keep,
/// time, year, print, document, send) are deliberately not here.
/// </summary>
internal static class DomainConcepts
{
    private static readonly string[] English =
    [
        "claim", "claims", "coop", "co-op", "partner center", "incentive", "incentives", "funds", "reimbursement", "reimburse",
        "proof", "poe", "proof of execution", "evidence", "invoice", "invoices", "receipt", "receipts", "vendor", "vendors", "agency", "third-party",
        "csr", "certification statement", "certification", "inhouse", "in-house", "cost basis",
        "deadline", "due", "late", "45 days", "usage period", "earning period", "h1", "h2", "expire", "expired",
        "payment", "payout", "threshold", "bank", "tax", "dispute", "rejected", "rejection", "declined", "denied",
        "additional documentation", "reviewer", "cpor", "association", "tenant", "sow",
        "role", "roles", "permission", "permissions", "incentives administrator", "incentives user", "global admin",
        "program", "programs", "osa", "isv", "dynamics", "guidebook", "preapproval", "approval", "approved",
        "activity", "activities", "campaign", "campaigns", "ad", "ads", "advertising", "marketing",
        "email", "seminar", "webinar", "event", "events", "tradeshow", "booth", "telemarketing", "directmail", "direct mail",
        "digital ad", "print ad", "sms", "website", "seo", "syndicated content", "spiff", "customer offer", "onsite champ",
        "readiness", "exam", "tuition", "course", "training", "conference", "attendees", "demo unit", "tv", "radio", "cap", "limit",
        "retention", "originals", "audit", "currency", "status", "statuses", "editing", "partner action required", "history",
        "core requirements", "corerequirements", "cost", "costs", "period", "date of execution", "partner action required", "archive", "retain", "execution", "screenshot", "clickthrough",
        "bot", "coopassistant", "assistant", "help", "remind", "reminder", "reminders", "outlook", "sharepoint", "onedrive", "commands",
    ];

    private static readonly string[] Portuguese =
    [
        "reivindicação", "reivindicações", "reivindicar", "coop", "co-op", "partner center", "incentivo", "incentivos", "fundos", "verba", "reembolso",
        "prova", "comprovante", "comprovação", "comprovação de execução", "poe", "evidência", "evidências", "fatura", "faturas", "nota fiscal",
        "recibo", "recibos", "fornecedor", "fornecedores", "terceirizado", "agência",
        "sac", "declaração e relatório de certificação", "certificação", "interno", "internamente", "base de custo",
        "prazo", "vence", "vencimento", "atraso", "45 dias", "período de uso", "período de acúmulo", "h1", "h2", "semestre", "expira", "expirou",
        "pagamento", "valor mínimo", "banco", "bancário", "fiscal", "contestar", "contestação", "rejeitada", "rejeição", "recusada", "negada",
        "documentação adicional", "revisor", "documentação", "cpor", "associação", "associar", "associo", "locatário", "tenant", "sow",
        "função", "funções", "permissão", "permissões", "administrador de incentivos", "usuário de incentivos", "administrador global",
        "programa", "programas", "osa", "isv", "dynamics", "guia", "preaprovação", "aprovação", "aprovada",
        "atividade", "atividades", "campanha", "campanhas", "anúncio", "anúncios", "marketing",
        "email", "seminário", "webinar", "evento", "eventos", "feira", "estande", "telemarketing", "mala direta",
        "anúncio digital", "anúncio impresso", "sms", "site", "seo", "conteúdo distribuído", "spiff", "oferta ao cliente", "champ",
        "capacitação", "exame", "curso", "treinamento", "conferência", "participantes", "unidade de demonstração", "tv", "rádio", "teto", "limite",
        "retenção", "originais", "auditoria", "moeda", "status", "edição", "ação do parceiro", "histórico",
        "requisitos básicos", "custo", "custos", "período", "data de execução", "ação do parceiro", "arquivar", "execução", "captura de tela", "clickthrough",
        "bot", "coopassistant", "assistente", "ajuda", "lembrete", "lembretes", "lembra", "lembrar", "outlook", "sharepoint", "onedrive", "comandos",
    ];

    public static IReadOnlyList<string> For(KnowledgeLanguage language) =>
        language == KnowledgeLanguage.Portuguese ? Portuguese : English;
}
