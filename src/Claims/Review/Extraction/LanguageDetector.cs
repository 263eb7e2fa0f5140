namespace CoopAssistant.Claims.Review.Extraction;

/// <summary>Portuguese or English, by counting common words of each (folded) in the first words of the text.</summary>
internal static class LanguageDetector
{
    private const int WordsRead = 4_000;

    private static readonly HashSet<string> Portuguese =
    [
        "de", "da", "do", "das", "dos", "nota", "valor", "servicos", "servico", "data", "emissao", "fatura", "para", "com",
        "nao", "uma", "pelo", "pela", "prestador", "tomador", "razao", "social", "municipio", "endereco", "descricao",
        "vencimento", "quantidade", "em", "no", "na", "os", "as", "evento", "convite", "declaracao", "que",
    ];

    private static readonly HashSet<string> English =
    [
        "the", "of", "and", "invoice", "date", "amount", "due", "for", "to", "with", "bill", "from", "description",
        "quantity", "price", "payment", "terms", "address", "company", "customer", "event", "invitation", "statement",
        "this", "that", "is", "on", "by", "we", "our", "your",
    ];

    public static DocumentLanguage Detect(DocumentLines lines)
    {
        int pt = 0, en = 0, words = 0;
        foreach (var line in lines.Folded)
        {
            var start = -1;
            for (var i = 0; i <= line.Length && words < WordsRead; i++)
            {
                var letter = i < line.Length && char.IsLetter(line[i]);
                if (letter && start < 0)
                {
                    start = i;
                }
                else if (!letter && start >= 0)
                {
                    var word = line[start..i];
                    pt += Portuguese.Contains(word) ? 1 : 0;
                    en += English.Contains(word) ? 1 : 0;
                    words++;
                    start = -1;
                }
            }

            if (words >= WordsRead)
            {
                break;
            }
        }

        return pt == en ? DocumentLanguage.Unknown : pt > en ? DocumentLanguage.Portuguese : DocumentLanguage.English;
    }
}
