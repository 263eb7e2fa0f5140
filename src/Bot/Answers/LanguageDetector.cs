namespace CoopAssistant.Bot.Answers;

/// <summary>
/// Chooses the answer language: the activity locale, unless the text clearly reads as the other
/// supported language (function words and domain words that belong to only one of them, accents).
/// Words both languages write ("as", "e" of "e mail") are no marker: "photos from our expo booth,
/// enough as POE?" is English.
/// </summary>
internal static class LanguageDetector
{
    private static readonly HashSet<string> PortugueseMarkers = new(StringComparer.Ordinal)
    {
        "que", "o", "os", "da", "das", "dos", "para", "pra", "como", "qual", "quais", "quando", "onde",
        "minha", "meu", "minhas", "meus", "nao", "preciso", "precisa", "tem", "tenho", "um", "uma", "com",
        "por", "eu", "posso", "pode", "se", "na", "em", "sao", "vc", "voce", "quanto", "quantos", "dias", "prazo",
        "reivindicacao", "reivindicacoes", "fatura", "faturas", "anexar", "comprovante", "feira", "guardar",
        "pagamento", "pago", "quem", "funcao", "ajuda", "fazer", "enviar", "depois", "ate", "tempo", "ao",
        "sobre", "ja", "mais", "documentos", "nota", "fiscal", "declaracao", "cliente", "periodo", "uso",
    };

    private static readonly HashSet<string> EnglishMarkers = new(StringComparer.Ordinal)
    {
        "the", "what", "whats", "is", "my", "how", "when", "i", "to", "of", "for", "can", "does", "which",
        "where", "who", "need", "should", "it", "in", "on", "with", "are", "did", "have", "has", "will",
        "many", "much", "long", "get", "paid", "claim", "claims", "deadline", "invoice", "invoices", "proof",
        "keep", "due", "you", "your", "and", "be", "an", "about", "days", "after", "file", "submit",
        "we", "our", "us", "from", "this", "that", "if", "or", "at", "by", "any", "all", "was", "were", "would",
        "could", "must", "enough", "there", "they", "their", "photos", "attach", "upload", "ran", "made",
    };

    public static KnowledgeLanguage Detect(string text, KnowledgeLanguage fallback)
    {
        var pt = 0;
        var en = 0;
        foreach (var c in text)
        {
            if ("ãõçáéíóúâêô".Contains(char.ToLowerInvariant(c), StringComparison.Ordinal))
            {
                pt++;
            }
        }

        foreach (var word in TextFolding.Fold(text).Split(Separators, StringSplitOptions.RemoveEmptyEntries))
        {
            if (PortugueseMarkers.Contains(word))
            {
                pt++;
            }

            if (EnglishMarkers.Contains(word))
            {
                en++;
            }
        }

        return pt == en ? fallback : pt > en ? KnowledgeLanguage.Portuguese : KnowledgeLanguage.English;
    }

    private static readonly char[] Separators = [' ', '\t', '\n', '\r', ',', '.', ';', ':', '?', '!', '"', '\'', '(', ')', '/', '-'];
}
