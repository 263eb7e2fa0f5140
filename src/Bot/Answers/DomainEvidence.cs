namespace CoopAssistant.Bot.Answers;

/// <summary>How strongly a question reads as a co-op claims question, before any passage is scored.</summary>
internal enum QuestionDomain
{
    /// <summary>No clear sign either way: words no article knows count against the answer (<see cref="KnowledgeBaseOptions.UnknownTermWeight"/>).</summary>
    Unclear,

    /// <summary>
    /// The question names a co-op anchor ("claim", "POE", "deadline", "cap", "attach"…), or an activity type
    /// and asks for an amount, a duration or a role: words no article knows ("eDM", "showroom", "brinde")
    /// are everyday detail and weigh only <see cref="KnowledgeBaseOptions.NeutralUnknownWeight"/>.
    /// </summary>
    CoopQuestion,

    /// <summary>The question asks for something outside co-op claims ("exchange rate", "password", "the next conference") and names no anchor: "I don't know".</summary>
    OffTopic,
}

/// <summary>
/// Positive evidence that a question is about co-op claims, and an explicit check for questions about
/// something else. <see cref="Anchors"/> are words that on their own make a question a claims question;
/// <see cref="Activities"/> are the activity types of <c>Claims.Rules.ActivityTypeCatalog</c> (canonical tokens of
/// <see cref="DomainSynonyms.Concepts"/>); <see cref="OffTopic"/> are folded word sequences of the requests people also
/// type into a bot (help desk, travel and HR, tax, recommendations, writing, weather, schedules). Anchors and
/// activities are read through the question analyzer (synonyms apply); off-topic cues match the question's folded words.
/// </summary>
internal static class DomainEvidence
{
    // Strong anchors are words only co-op claims use; weak anchors are business words that in this bot mean co-op
    // ("claim", "deadline", "cap") but also belong to other requests ("claim my travel expenses", "deadline for my tax return").
    private static readonly string[] EnglishStrongAnchors =
    [
        "coop", "poe", "proof of execution", "csr", "incentive", "incentives", "usage period", "earning period", "h1", "h2", "cpor",
        "additional documentation", "preapproval", "cost basis", "partner action required", "spiff", "osa", "guidebook", "bot",
    ];

    private static readonly string[] EnglishWeakAnchors =
    [
        "claim", "claims", "proof", "evidence", "reimbursement", "deadline", "dispute", "cap", "capped", "limit", "maximum", "max",
        "attach", "upload", "sow", "threshold", "originals", "retention",
    ];

    private static readonly string[] PortugueseStrongAnchors =
    [
        "coop", "poe", "comprovação de execução", "sac", "incentivo", "incentivos", "período de uso", "período de acúmulo", "h1", "h2",
        "cpor", "documentação adicional", "preaprovação", "base de custo", "spiff", "osa", "bot",
    ];

    private static readonly string[] PortugueseWeakAnchors =
    [
        "reivindicação", "claim", "comprovante", "comprovação", "evidência", "evidências", "verba", "prazo", "contestar", "teto",
        "limite", "máximo", "anexar", "anexo", "anexos", "anexa", "sow", "guia", "valor mínimo", "originais", "retenção",
    ];

    // One entry per activity type (one line of the proof-of-execution article): its words, "|" apart.
    private static readonly string[] EnglishActivities =
    [
        "email|directmail|sms", "seminar", "tradeshow", "telemarketing", "digitalad", "printad", "website|seo",
        "syndicatedcontent", "spiff|customeroffer", "onsitechamp", "exam|training|course|tuition|readiness",
        "msconference|conference", "demounit", "tv|radio",
    ];

    private static readonly string[] PortugueseActivities =
    [
        "email|maladireta|sms", "seminário", "feira", "telemarketing", "anunciodigital", "anuncioimpresso", "site|seo",
        "conteudodistribuido", "spiff|ofertacliente", "champ", "exame|treinamento|curso|capacitação",
        "conferenciams|conferência", "unidadedemo", "tv|radio",
    ];

    /// <summary>Folded word sequences of other domains (help desk, travel and HR, tax, accounts payable, small talk, an event's dates and city).</summary>
    private static readonly string[] EnglishOffTopic =
    [
        "password", "vpn", "wifi", "excel", "powerpoint", "signature", "font", "crm", "license", "licence",
        "support ticket", "share my screen", "azure region", "email client", "email app",
        "vacation", "holiday", "holidays", "timesheet", "payroll", "salary", "travel expenses",
        "dress code", "meeting room", "cancel a meeting", "tax return", "income tax", "vat", "exchange rate", "stock price",
        "weather", "joke", "recipe", "movie", "calories", "pizza", "cook", "capital of", "world cup", "won the",
        "unsubscribe", "subscribe", "home office", "partner of the year", "quarterly", "fiscal year", "pay an invoice",
        "pay the invoice", "pay a vendor", "expense report", "refund",
        "dates and city", "date and city", "dates and venue", "date and venue", "dates and location", "which city", "what city", "agenda and speakers",
    ];

    /// <summary>Folded word sequences of requests the bot does not serve (recommend, write, design, schedule, convert, "the next …").</summary>
    private static readonly string[] EnglishRequests =
    [
        "install", "app", "convert", "a good", "recommend", "cheapest", "the next", "write a", "write me", "write an", "translate",
        "proofread", "draft a", "can you design", "design a", "can you schedule", "schedule a", "book a", "usually cost",
        "typically cost", "cost on average",
    ];

    private static readonly string[] PortugueseOffTopic =
    [
        "senha", "vpn", "wifi", "excel", "powerpoint", "assinatura", "crm", "licenca",
        "chamado", "compartilho a tela", "regiao do azure", "cliente de e mail", "cliente de email",
        "ferias", "feriado", "folha de pagamento", "salario", "despesas da viagem",
        "refeitorio", "sala de reuniao", "cancelo uma reuniao", "imposto de renda", "icms", "aliquota", "cotacao",
        "previsao do tempo", "chover", "chuva", "piada", "receita de", "filme", "calorias", "pizza", "pizzaria", "arroz", "capital da",
        "copa do mundo", "ganhou o", "cancelo a inscricao", "descadastrar", "emito", "emitir", "parceiro do ano", "uber",
        "trimestral", "ano fiscal", "pago a fatura", "pagar a fatura", "pagar o boleto", "boleto", "reembolso de", "relatorio de despesas",
        "datas e cidade", "data e cidade", "datas e local", "data e local", "qual cidade", "que cidade", "agenda e palestrantes",
    ];

    private static readonly string[] PortugueseRequests =
    [
        "instalar", "aplicativo", "app", "converter", "converte", "uma boa", "um bom", "me indica", "mais barata", "mais barato",
        "o proximo", "a proxima", "escreve", "escrever", "traduz", "traduzir", "revisa", "cria um", "cria uma", "criar um folheto",
        "agenda uma", "agendar", "marca uma", "custa em media", "custa normalmente",
    ];

    /// <summary>
    /// Travel words: off topic on their own ("book a flight"), but a claim anchor beside an activity type outweighs them, since
    /// attending a Microsoft-hosted conference is an activity with a per-person cap ("can we claim the flight to Ignite").
    /// </summary>
    public static IReadOnlyList<string[]> Travel(KnowledgeLanguage language) =>
        [.. (language == KnowledgeLanguage.Portuguese ? PortugueseTravel : EnglishTravel).Select(FactKinds.Words).Select(w => w.ToArray())];

    private static readonly string[] EnglishTravel = ["business trip", "flight", "flights", "passport", "airport", "hotel"];

    private static readonly string[] PortugueseTravel = ["viagem a trabalho", "voo", "voos", "passagem", "passagens", "passaporte", "aeroporto", "hotel"];

    /// <summary>The words that on their own make a question a co-op question (<paramref name="strong"/>: even beside another topic's words).</summary>
    public static IReadOnlyList<string> Anchors(KnowledgeLanguage language, bool strong) => (language, strong) switch
    {
        (KnowledgeLanguage.Portuguese, true) => PortugueseStrongAnchors,
        (KnowledgeLanguage.Portuguese, false) => PortugueseWeakAnchors,
        (_, true) => EnglishStrongAnchors,
        _ => EnglishWeakAnchors,
    };

    /// <summary>
    /// The anchors that say what to do with evidence ("attach", "upload") rather than which fact is asked: they mark a co-op
    /// question, and a passage that lacks them may still answer it ("exam fees, what do we upload as POE?").
    /// </summary>
    public static IReadOnlyList<string> Actions(KnowledgeLanguage language) =>
        language == KnowledgeLanguage.Portuguese ? ["anexar", "anexo", "anexos", "anexa", "subir", "enviar"] : ["attach", "upload", "submit", "send"];

    /// <summary>The activity types of <paramref name="language"/>, each as the words that name it.</summary>
    public static IReadOnlyList<string[]> Activities(KnowledgeLanguage language) =>
        [.. (language == KnowledgeLanguage.Portuguese ? PortugueseActivities : EnglishActivities).Select(a => a.Split('|'))];

    /// <summary>
    /// The off-topic cues of <paramref name="language"/> as word sequences: another domain's words (<paramref name="requests"/>
    /// false: off topic unless a strong anchor is named) or a request the bot does not serve (true: unless any anchor is named).
    /// </summary>
    public static IReadOnlyList<string[]> OffTopic(KnowledgeLanguage language, bool requests = false) =>
        [.. ((language, requests) switch
        {
            (KnowledgeLanguage.Portuguese, false) => PortugueseOffTopic,
            (KnowledgeLanguage.Portuguese, true) => PortugueseRequests,
            (_, false) => EnglishOffTopic,
            _ => EnglishRequests,
        }).Select(FactKinds.Words).Select(w => w.ToArray())];

    /// <summary>Whether the folded words of a question hold one of the word sequences.</summary>
    public static bool HoldsAny(List<string> words, IReadOnlyList<string[]> sequences)
    {
        ArgumentNullException.ThrowIfNull(words);
        ArgumentNullException.ThrowIfNull(sequences);
        foreach (var sequence in sequences)
        {
            for (var start = 0; start + sequence.Length <= words.Count; start++)
            {
                var n = 0;
                while (n < sequence.Length && words[start + n] == sequence[n])
                {
                    n++;
                }

                if (n == sequence.Length)
                {
                    return true;
                }
            }
        }

        return false;
    }
}
