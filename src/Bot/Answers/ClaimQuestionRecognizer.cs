using System.Globalization;
using System.Text.RegularExpressions;

namespace CoopAssistant.Bot.Answers;

/// <summary>
/// Recognises questions about the user's own claims (pt-BR and en-US, accents optional) so the
/// conversation answers them from the claim data, filtered by the user's access, instead of the
/// articles. "When is my claim due?" without a claim named stays a rules question (45 days). The patterns chain several
/// <c>.*</c>, so they run on the non-backtracking engine (time linear in the text) and read at most
/// <see cref="MaxLength"/> characters: longer text is not a question about claims.
/// </summary>
public sealed partial class ClaimQuestionRecognizer
{
    private const string Claim = @"(?:claim|claims|reivindicacao|reivindicacoes|declaracao|declaracoes|solicitacao)";
    private const string Reference = @"(?:(?:n(?:o|umero|r)?\.?\s*)?#?\s*(?<ref>[a-z0-9][\w\-/]*\d[\w\-/]*|[a-z0-9][\w\-]*-[\w\-]+|""[^""]+""|'[^']+'))";

    /// <summary>The longest text recognised (the conversation refuses longer messages before they get here).</summary>
    public const int MaxLength = 500;

    private const RegexOptions Options = RegexOptions.CultureInvariant | RegexOptions.NonBacktracking;

    /// <summary>The recognised question, or null when the text is not about the user's own claims.</summary>
    public ClaimQuestion? Recognize(string text, CultureInfo locale)
    {
        if (string.IsNullOrWhiteSpace(text) || text.Length > MaxLength)
        {
            return null;
        }

        var folded = TextFolding.Fold(text).Trim();
        if (ExpiringThisMonth().IsMatch(folded))
        {
            return new ClaimQuestion(ClaimQuestionKind.ExpiringThisMonth, null);
        }

        if (Wrong().Match(folded) is { Success: true } wrong)
        {
            return new ClaimQuestion(ClaimQuestionKind.WhatIsWrong, ReferenceOf(wrong, text));
        }

        if (Missing().Match(folded) is { Success: true } missing)
        {
            return new ClaimQuestion(ClaimQuestionKind.MissingEvidence, ReferenceOf(missing, text));
        }

        if (Due().Match(folded) is { Success: true } due && ReferenceOf(due, text) is { } reference)
        {
            return new ClaimQuestion(ClaimQuestionKind.DueDate, reference);
        }

        return null;
    }

    private static string? ReferenceOf(Match match, string original)
    {
        var group = match.Groups["ref"];
        if (!group.Success)
        {
            return null;
        }

        // Folding keeps the length of these characters, so the original spelling can be returned.
        var value = group.Index + group.Length <= original.Length ? original.Substring(group.Index, group.Length) : group.Value;
        return value.Trim('"', '\'', ' ');
    }

    [GeneratedRegex(@"\b(?:which|what|my|any)\b.*\b" + Claim + @"\b.*\b(?:expire|expiring|due|vence|vencem|vencendo|expira|expiram)\b.*\b(?:this|esse|este|neste|nesse)\s+(?:month|mes)\b|\b(?:quais|qual|que|minhas)\b.*\b" + Claim + @"\b.*\b(?:vence|vencem|vencendo|expira|expiram)\b.*\b(?:esse|este|neste|nesse)\s+mes\b", Options)]
    private static partial Regex ExpiringThisMonth();

    [GeneratedRegex(@"\b(?:wrong|problem|problems|issue|issues|errado|errada|erro|erros|problema|problemas)\b.*?\b" + Claim + @"\b\s*" + Reference + "?", Options)]
    private static partial Regex Wrong();

    [GeneratedRegex(@"\b(?:missing|still\s+need|falta|faltam|faltando)\b.*?\b" + Claim + @"\b\s*" + Reference + "?", Options)]
    private static partial Regex Missing();

    [GeneratedRegex(@"\b(?:due|deadline|expire|expires|vence|prazo)\b.*?\b" + Claim + @"\b\s*" + Reference + @"|\b" + Claim + @"\b\s*" + Reference + @"\s.*\b(?:due|deadline|expire|expires|vence|prazo)\b", Options)]
    private static partial Regex Due();
}
