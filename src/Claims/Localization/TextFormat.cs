using System.Globalization;
using System.Text;

namespace CoopAssistant.Claims.Localization;

/// <summary>
/// Fills in a localised text: plural forms first, then the composite format with the culture's numbers and dates.
/// A count is written <c>{0, plural, one {# day left} other {# days left}}</c> (ICU MessageFormat's plural, the same
/// syntax the tab's and the add-in's strings use): <c>=N</c> picks an exact value, <c>one</c> is the singular (the
/// count is 1 or -1, in en-US and pt-BR alike: "1 dia", "0 dias", "2 dias"), <c>other</c> everything else, and
/// <c>#</c> is the count written in the culture's digits and grouping ("1.500 dias"). The only place plural forms are chosen.
/// </summary>
public static class TextFormat
{
    private const string PluralMarker = "plural";

    /// <summary><paramref name="template"/> with its plural blocks resolved and its placeholders filled in.</summary>
    public static string Format(CultureInfo culture, string template, params object?[] args)
    {
        ArgumentNullException.ThrowIfNull(culture);
        ArgumentNullException.ThrowIfNull(template);
        return string.Format(culture, ResolvePlurals(template, args), args);
    }

    /// <summary>The plural category of <paramref name="count"/>: "one" for 1 and -1, "other" for anything else.</summary>
    public static string Category(decimal count) => Math.Abs(count) == 1 ? "one" : "other";

    /// <summary>Whether <paramref name="template"/> has a plural block for argument <paramref name="index"/>.</summary>
    public static bool HasPlural(string template, int index)
    {
        ArgumentNullException.ThrowIfNull(template);
        for (var i = 0; i < template.Length; i++)
        {
            if (template[i] == '{' && TryReadPluralHead(template, i, out var argument, out _) && argument == index)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The template with every <c>{n, plural, …}</c> block replaced by its chosen branch (<c>#</c> becomes
    /// <c>{n:#,0.##}</c>), ready for <see cref="string.Format(IFormatProvider, string, object[])"/>.</summary>
    public static string ResolvePlurals(string template, IReadOnlyList<object?> args)
    {
        ArgumentNullException.ThrowIfNull(template);
        ArgumentNullException.ThrowIfNull(args);
        if (!template.Contains(PluralMarker, StringComparison.Ordinal))
        {
            return template;
        }

        var result = new StringBuilder(template.Length);
        var i = 0;
        while (i < template.Length)
        {
            if (template[i] == '{' && TryReadPluralHead(template, i, out var argument, out var branchesStart))
            {
                var (chosen, end) = ChooseBranch(template, branchesStart, argument < args.Count ? args[argument] : null);
                result.Append(chosen.Replace("#", "{" + argument.ToString(CultureInfo.InvariantCulture) + ":#,0.##}", StringComparison.Ordinal));
                i = end;
                continue;
            }

            result.Append(template[i]);
            i++;
        }

        return result.ToString();
    }

    // "{0, plural," at start: the argument index and where the branches begin.
    private static bool TryReadPluralHead(string text, int start, out int argument, out int branchesStart)
    {
        argument = 0;
        branchesStart = 0;
        var i = start + 1;
        var digits = 0;
        while (i < text.Length && char.IsAsciiDigit(text[i]))
        {
            argument = (argument * 10) + (text[i] - '0');
            i++;
            digits++;
        }

        i = SkipSpaces(text, i);
        if (digits == 0 || i >= text.Length || text[i] != ',')
        {
            return false;
        }

        i = SkipSpaces(text, i + 1);
        if (string.CompareOrdinal(text, i, PluralMarker, 0, PluralMarker.Length) != 0)
        {
            return false;
        }

        i = SkipSpaces(text, i + PluralMarker.Length);
        if (i >= text.Length || text[i] != ',')
        {
            return false;
        }

        branchesStart = i + 1;
        return true;
    }

    // Reads "sel {body} sel {body} … }" and returns the body for the count and the index after the block's closing brace.
    private static (string Chosen, int End) ChooseBranch(string text, int start, object? value)
    {
        var count = value is null ? (decimal?)null : Convert.ToDecimal(value, CultureInfo.InvariantCulture);
        string? exact = null, category = null, other = null;
        var i = start;
        while (true)
        {
            i = SkipSpaces(text, i);
            if (i >= text.Length)
            {
                throw new FormatException("A plural block is not closed.");
            }

            if (text[i] == '}')
            {
                var chosen = exact ?? category ?? other ?? throw new FormatException("A plural block has no 'other' form.");
                return (chosen, i + 1);
            }

            var selectorStart = i;
            while (i < text.Length && text[i] is not ('{' or ' '))
            {
                i++;
            }

            var selector = text[selectorStart..i];
            i = SkipSpaces(text, i);
            if (i >= text.Length || text[i] != '{')
            {
                throw new FormatException($"The plural form '{selector}' has no text.");
            }

            var bodyStart = i + 1;
            var depth = 1;
            i++;
            while (i < text.Length && depth > 0)
            {
                depth += text[i] switch { '{' => 1, '}' => -1, _ => 0 };
                i++;
            }

            if (depth != 0)
            {
                throw new FormatException("A plural form is not closed.");
            }

            var body = text[bodyStart..(i - 1)];
            if (selector.StartsWith('=') && count is { } n && decimal.TryParse(selector[1..], NumberStyles.Number, CultureInfo.InvariantCulture, out var wanted) && wanted == n)
            {
                exact ??= body;
            }
            else if (selector == "other")
            {
                other = body;
            }
            else if (count is { } c && selector == Category(c))
            {
                category ??= body;
            }
        }
    }

    private static int SkipSpaces(string text, int i)
    {
        while (i < text.Length && char.IsWhiteSpace(text[i]))
        {
            i++;
        }

        return i;
    }
}
