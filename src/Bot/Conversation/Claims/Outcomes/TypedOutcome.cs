using System.Globalization;
using CoopAssistant.Bot.Conversation.Commands;

namespace CoopAssistant.Bot.Conversation.Claims.Outcomes;

/// <summary>
/// An outcome typed in one message: "&lt;command&gt; &lt;claim&gt; [amount] [: reason]". The reason is what follows the first colon,
/// the amount the last word before it when that is a number (1200, 1200.50, 1.200,50 in pt-BR); the rest names the claim (a
/// number from "my claims", or words of its title). Pure string work on the raw text, no regular expressions.
/// </summary>
public sealed record TypedOutcome(string? ClaimText, decimal? Amount, string? Reason)
{
    public static TypedOutcome Read(string? raw, string? normalizedArgument, CultureInfo culture)
    {
        var text = raw ?? "";
        var colon = text.IndexOf(':', StringComparison.Ordinal);
        var reason = colon >= 0 ? text[(colon + 1)..].Trim() : null;
        var head = colon >= 0 ? text[..colon] : text;
        var words = head.Split(' ', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).ToList();
        decimal? amount = null;
        if (words.Count > 1 && OutcomeCard.ParseAmount(words[^1].TrimStart('$').Replace("R$", "", StringComparison.Ordinal), culture) is { } value && !words[^1].StartsWith('#'))
        {
            amount = value;
            words.RemoveAt(words.Count - 1);
        }

        // The command's own words are the normalised text's first words that the argument does not have.
        var all = CommandText.Normalize(text).Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var argumentWords = CommandText.Normalize(normalizedArgument).Split(' ', StringSplitOptions.RemoveEmptyEntries).Length;
        var commandWords = all.Length - argumentWords;
        var claimWords = CommandText.Normalize(string.Join(' ', words)).Split(' ', StringSplitOptions.RemoveEmptyEntries).Skip(commandWords).ToArray();
        return new TypedOutcome(claimWords.Length == 0 ? null : string.Join(' ', claimWords), amount, string.IsNullOrEmpty(reason) ? null : reason);
    }
}
