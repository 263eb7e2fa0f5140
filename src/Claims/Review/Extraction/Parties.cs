namespace CoopAssistant.Claims.Review.Extraction;

/// <summary>Who issued the document and who it was issued to. The text is split into sections by role headers
/// (Prestador de serviços / Emitente / From / Issued by / Vendor → issuer; Tomador de serviços / Destinatário / Bill to /
/// Customer → customer); tax ids and names belong to the section they appear in, and everything before the first header
/// is the issuer's letterhead.</summary>
internal static class Parties
{
    private enum Role
    {
        Issuer,
        Customer,
    }

    private static readonly LabelSet<Role> Headers = new(
    [
        new("prestador de servicos", Role.Issuer), new("prestador do servico", Role.Issuer), new("prestador", Role.Issuer),
        new("dados do prestador", Role.Issuer), new("emitente", Role.Issuer), new("dados do emitente", Role.Issuer),
        new("from", Role.Issuer), new("issued by", Role.Issuer), new("seller", Role.Issuer), new("vendor", Role.Issuer),
        new("supplier", Role.Issuer), new("fornecedor", Role.Issuer), new("billed by", Role.Issuer), new("bill from", Role.Issuer),
        new("tomador de servicos", Role.Customer), new("tomador do servico", Role.Customer), new("tomador", Role.Customer),
        new("dados do tomador", Role.Customer), new("destinatario", Role.Customer), new("bill to", Role.Customer),
        new("billed to", Role.Customer), new("sold to", Role.Customer), new("customer", Role.Customer), new("cliente", Role.Customer),
        new("client", Role.Customer), new("ship to", Role.Customer), new("invoice to", Role.Customer), new("faturado para", Role.Customer),
    ]);

    private static readonly LabelSet<bool> NameLabels = new(
    [
        new("razao social", true), new("nome/razao social", true), new("nome / razao social", true), new("nome empresarial", true),
        new("nome", true), new("company name", true), new("company", true), new("legal name", true), new("name", true),
    ]);

    /// <summary>Words that make a line a title or a field, not a company name.</summary>
    private static readonly LabelSet<bool> NotNames = new(
    [
        new("invoice", true), new("fatura", true), new("nota fiscal", true), new("nfs-e", true), new("nf-e", true),
        new("recibo", true), new("receipt", true), new("statement", true), new("declaracao", true), new("relatorio", true),
        new("page", true), new("pagina", true), new("cnpj", true), new("cpf", true), new("endereco", true), new("address", true),
        new("municipio", true), new("telefone", true), new("phone", true), new("e-mail", true), new("email", true),
        new("inscricao", true), new("vat", true), new("tax id", true), new("date", true), new("data", true), new("cep", true),
    ]);

    public static (PartyFacts Issuer, PartyFacts Customer, List<string> InvalidTaxIds) Find(DocumentLines lines)
    {
        var role = Role.Issuer;
        var sawHeader = false;
        string? issuerName = null, customerName = null;
        var issuerIds = new List<string>();
        var customerIds = new List<string>();
        var invalid = new List<string>();
        var nameLineAhead = false;
        for (var i = 0; i < lines.Count; i++)
        {
            var line = lines.Original[i];
            var folded = lines.Folded[i];
            if (Header(folded) is { } header)
            {
                role = header.Meaning;
                sawHeader = true;
                var rest = line[header.End..].TrimStart(' ', ':', '-').Trim();
                nameLineAhead = true;
                if (IsName(rest, TextFold.Fold(rest)))
                {
                    SetName(role, rest);
                    nameLineAhead = false;
                }
            }
            else if (NameLabels.AtStart(folded) is { } label && ValueAfter(line, label.End) is { Length: > 1 } named)
            {
                SetName(role, named);
                nameLineAhead = false;
            }
            else if ((nameLineAhead || (!sawHeader && issuerName is null && i < 8)) && IsName(line, folded))
            {
                SetName(role, line);
                nameLineAhead = false;
            }

            var (valid, wrong) = TaxIds.OnLine(line, folded);
            var ids = role == Role.Issuer ? issuerIds : customerIds;
            ids.AddRange(valid.Where(v => !ids.Contains(v)));
            invalid.AddRange(wrong.Where(w => !invalid.Contains(w)));
        }

        return (new(issuerName, issuerIds), new(customerName, customerIds), invalid);

        void SetName(Role r, string name)
        {
            if (r == Role.Issuer)
            {
                issuerName ??= name;
            }
            else
            {
                customerName ??= name;
            }
        }
    }

    private static LabelHit<Role>? Header(string folded)
    {
        if (Headers.AtStart(folded) is not { } hit)
        {
            return null;
        }

        // Specific headers may be followed by anything; a short common word ("from", "customer") only by ":" or nothing.
        var rest = folded[hit.End..].TrimStart();
        return hit.Phrase.Length >= 9 || rest.Length == 0 || rest[0] == ':' ? hit : null;
    }

    private static string? ValueAfter(string line, int index)
    {
        var rest = line[index..].TrimStart();
        return rest.StartsWith(':') ? rest[1..].Trim() : null;
    }

    private static bool IsName(string line, string folded) =>
        line.Length is >= 3 and <= 120
        && line.Count(char.IsLetter) >= 3
        && line.Count(char.IsLetter) > line.Count(char.IsDigit)
        && !line.Contains(':', StringComparison.Ordinal)
        && NotNames.Find(folded).Count == 0
        && Headers.AtStart(folded) is null;
}
