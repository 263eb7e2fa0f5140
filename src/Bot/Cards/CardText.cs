using System.Globalization;
using System.Text;

namespace CoopAssistant.Bot.Cards;

/// <summary>
/// Makes user-provided text safe to show in a <see cref="TextBlock"/> or a <see cref="Fact"/> value.
/// </summary>
/// <remarks>
/// Teams clients disagree on markdown backslash escapes (mobile shows the backslash), so the text is neutralised with
/// characters no markdown parser treats as syntax instead:
/// emphasis/strike/code delimiters (<c>* _ ~ `</c>) become look-alikes (∗ ＿ ∼ ˋ);
/// a zero-width space follows every <c>]</c> (no <c>[x](y)</c> link, image or reference definition),
/// every <c>&lt;</c> (no HTML, <c>&lt;at&gt;</c> mention or <c>&lt;url&gt;</c> autolink), every <c>&amp;</c> (no entity)
/// and every <c>{</c> (no <c>{{DATE(…)}}</c> text function);
/// a word joiner follows <c>:</c>, <c>.</c> and <c>@</c> (no bare-URL, domain, file-name or e-mail autolink), except a
/// <c>.</c> or <c>:</c> between two digits (a number, an amount or a time is never a link, and copied it must stay a number);
/// a line that would start a block (list, heading, quote, numbered item, code indent) is trimmed and prefixed with a
/// zero-width space; control and bidirectional-override characters are removed.
/// The visible text is unchanged apart from the four look-alikes.
/// </remarks>
public static class CardText
{
    public const char ZeroWidthSpace = '\u200B';
    public const char WordJoiner = '\u2060';

    /// <summary>Neutralises markdown, links, mentions and HTML in <paramref name="userText"/>; null gives "".</summary>
    public static string Escape(string? userText)
    {
        if (string.IsNullOrEmpty(userText))
        {
            return string.Empty;
        }

        var text = userText.Replace("\r\n", "\n", StringComparison.Ordinal).Replace('\r', '\n');
        var output = new StringBuilder(text.Length + 16);
        var lines = text.Split('\n');
        for (var i = 0; i < lines.Length; i++)
        {
            if (i > 0)
            {
                output.Append('\n');
            }

            AppendLine(output, lines[i]);
        }

        return output.ToString();
    }

    /// <summary>Escapes and shortens to at most <paramref name="maxLength"/> visible characters (with "…").</summary>
    public static string EscapeTruncated(string? userText, int maxLength)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(maxLength, 2);
        if (userText is not null && userText.Length > maxLength)
        {
            var cut = maxLength - 1;
            if (char.IsHighSurrogate(userText[cut - 1]))
            {
                cut--;
            }

            userText = string.Concat(userText.AsSpan(0, cut), "…");
        }

        return Escape(userText);
    }

    private static void AppendLine(StringBuilder output, string line)
    {
        var trimmed = line.TrimStart(' ', '\t', '\u00A0');
        if (trimmed.Length > 0 && StartsBlock(trimmed))
        {
            output.Append(ZeroWidthSpace);
        }

        for (var i = 0; i < trimmed.Length; i++)
        {
            var c = trimmed[i];
            if (IsRemoved(c))
            {
                continue;
            }

            switch (c)
            {
                case '*': output.Append('\u2217'); break;
                case '_': output.Append('\uFF3F'); break;
                case '~': output.Append('\u223C'); break;
                case '`': output.Append('\u02CB'); break;
                case ']' or '<' or '&' or '{':
                    output.Append(c).Append(ZeroWidthSpace);
                    break;
                case ':' or '.' when InsideNumber(trimmed, i):
                    output.Append(c);
                    break;
                case ':' or '.' or '@':
                    output.Append(c).Append(WordJoiner);
                    break;
                default: output.Append(c); break;
            }
        }
    }

    // "18.750", "1.234,50", "10:30": a digit on both sides is a number or a time, never a link, and a word joiner inside
    // it would break a copied number; "report.pdf", "contoso.com" and "https:" keep theirs.
    private static bool InsideNumber(string line, int index) =>
        index > 0 && index + 1 < line.Length && char.IsAsciiDigit(line[index - 1]) && char.IsAsciiDigit(line[index + 1]);

    private static bool StartsBlock(string line)
    {
        var first = line[0];
        return first is '-' or '+' or '*' or '#' or '>' or '=' or '|' or '[' or '!' or '<' or '`' or '~' || char.IsAsciiDigit(first);
    }

    private static bool IsRemoved(char c)
    {
        if (c == '\t')
        {
            return false;
        }

        var category = CharUnicodeInfo.GetUnicodeCategory(c);
        return category == UnicodeCategory.Control
            || c is >= '\u202A' and <= '\u202E'
            || c is >= '\u2066' and <= '\u2069'
            || c is ZeroWidthSpace or WordJoiner or '\uFEFF';
    }
}
