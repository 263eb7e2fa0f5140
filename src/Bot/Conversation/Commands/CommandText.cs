using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

namespace CoopAssistant.Bot.Conversation.Commands;

/// <summary>Normalises typed text for command matching: no mentions, accents, case or extra punctuation.</summary>
public static partial class CommandText
{
    public static string Normalize(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return string.Empty;
        }

        var withoutMentions = MentionPattern().Replace(text, " ");
        var decomposed = withoutMentions.Normalize(NormalizationForm.FormD);
        var builder = new StringBuilder(decomposed.Length);
        var lastWasSpace = true;
        foreach (var c in decomposed)
        {
            var category = CharUnicodeInfo.GetUnicodeCategory(c);
            if (category == UnicodeCategory.NonSpacingMark)
            {
                continue;
            }

            if (char.IsLetterOrDigit(c) || c is '-' or '#')
            {
                builder.Append(char.ToLowerInvariant(c));
                lastWasSpace = false;
            }
            else if (!lastWasSpace)
            {
                builder.Append(' ');
                lastWasSpace = true;
            }
        }

        return builder.ToString().Trim();
    }

    [GeneratedRegex("<at>.*?</at>", RegexOptions.IgnoreCase | RegexOptions.Singleline | RegexOptions.NonBacktracking, matchTimeoutMilliseconds: 200)]
    private static partial Regex MentionPattern();
}
