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
        new("inscricao", true), new("vat", true), new("prefeitura", true), new("codigo", true), new("verificacao", true), new("numero", true), new("chave", true), new("secretaria", true), new("governo", true), new("tax id", true), new("date", true), new("data", true), new("cep", true),
    ]);

    public static (PartyFacts Issuer, PartyFacts Customer, List<string> InvalidTaxIds) Find(DocumentLines lines)
    {
        var role = Role.Issuer;
        var sawHeader = false;
        string? issuerName = null, customerName = null;
        var issuerGuessed = false; // the issuer's name came from the letterhead: a labelled one replaces it
        var issuerIds = new List<string>();
        var customerIds = new List<string>();
        var invalid = new List<string>();
        var nameLineAhead = false;
        var aheadLeft = 0;
        for (var i = 0; i < lines.Count; i++)
        {
            var line = lines.Original[i];
            var folded = lines.Folded[i];
            if (Header(folded) is { } header)
            {
                role = header.Meaning;
                sawHeader = true;
                var rest = line[header.End..].TrimStart(' ', ':', '-').Trim();
                nameLineAhead = !SetNameIfName(role, rest, guessed: false);
                aheadLeft = 3;
            }
            else if (NameLabels.AtStart(folded) is { } label)
            {
                var named = ValueAfter(line, label.End);
                if (named is { Length: > 1 })
                {
                    SetName(role, named, guessed: false);
                    nameLineAhead = false;
                }
                else
                {
                    // The label stands alone: its value is on the next line.
                    nameLineAhead = line[label.End..].Trim(' ', ':').Length == 0;
                    aheadLeft = 1;
                }
            }
            else if (nameLineAhead && aheadLeft-- > 0)
            {
                nameLineAhead = !SetNameIfName(role, line, guessed: false);
            }
            else if (!sawHeader && issuerName is null && i < 8)
            {
                SetNameIfName(Role.Issuer, line, guessed: true);
            }

            var (valid, wrong) = TaxIds.OnLine(line, folded);
            var ids = role == Role.Issuer ? issuerIds : customerIds;
            ids.AddRange(valid.Where(v => !ids.Contains(v)));
            invalid.AddRange(wrong.Where(w => !invalid.Contains(w)));
        }

        return (new(issuerName, issuerIds), new(customerName, customerIds), invalid);

        bool SetNameIfName(Role r, string candidate, bool guessed)
        {
            if (!IsName(candidate, TextFold.Fold(candidate)))
            {
                return false;
            }

            SetName(r, candidate, guessed);
            return true;
        }

        void SetName(Role r, string name, bool guessed)
        {
            if (r == Role.Customer)
            {
                customerName ??= name;
            }
            else if (issuerName is null || (issuerGuessed && !guessed))
            {
                issuerName = name;
                issuerGuessed = guessed;
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
        var rest = folded[hit.End..];
        return hit.Phrase.Length >= 9 || rest.Trim().Length == 0 || rest.TrimStart()[0] == ':' || rest.StartsWith("  ", StringComparison.Ordinal) ? hit : null;
    }

    /// <summary>The value after a label: after a colon, or after a table-cell gap (two spaces).</summary>
    private static string? ValueAfter(string line, int index)
    {
        var rest = line[index..];
        return rest.TrimStart().StartsWith(':') ? rest.TrimStart()[1..].Trim()
            : rest.StartsWith("  ", StringComparison.Ordinal) ? rest.Trim()
            : null;
    }

    private static bool IsName(string line, string folded) =>
        line.Length is >= 3 and <= 120
        && line.Count(char.IsLetter) >= 3
        && line.Count(char.IsLetter) > line.Count(char.IsDigit)
        && !line.Contains(':', StringComparison.Ordinal)
        && !line.Contains("  ", StringComparison.Ordinal)
        && NotNames.Find(folded).Count == 0
        && Headers.AtStart(folded) is null;
}
