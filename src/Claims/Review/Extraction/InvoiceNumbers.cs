namespace CoopAssistant.Claims.Review.Extraction;

/// <summary>The invoice number: the token after the best-ranked label (Número da NFS-e, Invoice #, Invoice No., Fatura nº,
/// Nº...). The token holds a digit and is not a date or an amount.</summary>
internal static class InvoiceNumbers
{
    private static readonly LabelSet<int> Labels = new(
    [
        new("numero da nfs-e", 10), new("numero da nfse", 10), new("numero da nota", 10), new("numero da nota fiscal", 10),
        new("nfs-e no", 9), new("nfs-e numero", 9), new("nfse no", 9), new("nf-e no", 9), new("nota fiscal no", 9), new("nota no", 9),
        new("invoice #", 9), new("invoice no", 9), new("invoice number", 9), new("invoice num", 9), new("invoice id", 8),
        new("fatura no", 9), new("fatura numero", 9), new("fatura #", 9), new("numero da fatura", 9), new("bill no", 7),
        new("receipt no", 6), new("recibo no", 6), new("invoice", 3), new("fatura", 3), new("numero", 2), new("no", 1), new("#", 1),
    ]);

    public static string? Find(DocumentLines lines)
    {
        (int Rank, string Number)? best = null;
        for (var i = 0; i < lines.Count && i < 400; i++)
        {
            foreach (var label in Labels.Find(lines.Folded[i]))
            {
                var token = Token(lines.Original[i], label.End);
                if (token is null && label.End >= lines.Folded[i].TrimEnd(' ', ':').Length && i + 1 < lines.Count)
                {
                    token = Token(lines.Original[i + 1], 0); // label above its value
                }

                if (token is not null && (best is null || label.Meaning > best.Value.Rank))
                {
                    best = (label.Meaning, token);
                }
            }
        }

        return best?.Number;
    }

    private static string? Token(string line, int index)
    {
        var i = index;
        while (i < line.Length && line[i] is ' ' or ':' or '#' or '.' or 'º' or '°' or '-')
        {
            i++;
        }

        var start = i;
        while (i < line.Length && (char.IsAsciiLetterOrDigit(line[i]) || line[i] is '-' or '/' or '.'))
        {
            i++;
        }

        var token = line[start..i].TrimEnd('.', '-', '/');
        if (token.Length is 0 or > 30 || !char.IsAsciiDigit(token[0]) && !token.Any(char.IsAsciiDigit))
        {
            return null;
        }

        // Dates and amounts are not numbers of invoices.
        return token.Count(c => c is '/' or '.' or ',') >= 2 || (token.Contains(',', StringComparison.Ordinal)) ? null : token;
    }

    /// <summary>The number compared across claims: letters and digits, upper case, leading zeros dropped.</summary>
    public static string Key(string number)
    {
        var key = TextFold.IdKey(number).TrimStart('0');
        return key.Length == 0 ? "0" : key;
    }
}
