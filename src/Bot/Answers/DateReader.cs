using System.Globalization;

namespace CoopAssistant.Bot.Answers;

/// <summary>
/// Finds the dates a question names, read the way its language writes them, with a single forward
/// scan over tokens (no regular expressions, so no backtracking on user text):
/// pt-BR "31/12", "31/12/2026", "31.12.2026", "31 de dezembro de 2026", "31 dez";
/// en-US "12/31", "12/31/2026", "December 31, 2026", "Dec 31st", "31 December 2026";
/// both "2026-12-31". A numeric date that cannot be read the language's way but can the other
/// way ("31/12" in English) is read the other way. Without a year, the year that puts the date
/// nearest to <c>today</c> is used. A word keeps the digits written onto it ("H1 jul-dec" is no 1 July).
/// </summary>
internal static class DateReader
{
    private static readonly string[] PortugueseMonths = ["janeiro", "fevereiro", "marco", "abril", "maio", "junho", "julho", "agosto", "setembro", "outubro", "novembro", "dezembro"];
    private static readonly string[] EnglishMonths = ["january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december"];
    private static readonly string[] EnglishAbbreviations = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"];
    private static readonly string[] PortugueseAbbreviations = ["jan", "fev", "mar", "abr", "mai", "jun", "jul", "ago", "set", "out", "nov", "dez"];

    public static IReadOnlyList<DateMention> Find(string text, KnowledgeLanguage language, DateOnly today)
    {
        ArgumentNullException.ThrowIfNull(text);
        var tokens = Tokenize(text);
        var found = new List<DateMention>();
        var i = 0;
        while (i < tokens.Count)
        {
            if (Numeric(tokens, i, language, today) is { } numeric)
            {
                found.Add(numeric.Mention);
                i = numeric.Next;
            }
            else if (Written(tokens, i, language, today) is { } written)
            {
                found.Add(written.Mention);
                i = written.Next;
            }
            else
            {
                i++;
            }
        }

        return found;
    }

    /// <summary>"d/m[/y]", "m/d[/y]" or "y-m-d": numbers joined by one kind of separator with no spaces.</summary>
    private static (DateMention Mention, int Next)? Numeric(List<Token> tokens, int i, KnowledgeLanguage language, DateOnly today)
    {
        if (tokens[i].Kind != TokenKind.Number || !Joined(tokens, i + 1, out var separator) || !IsJoinedNumber(tokens, i + 2))
        {
            return null;
        }

        var parts = new List<Token> { tokens[i], tokens[i + 2] };
        var next = i + 3;
        if (Joined(tokens, next, out var second) && second == separator && IsJoinedNumber(tokens, next + 1))
        {
            parts.Add(tokens[next + 1]);
            next += 2;
        }

        var start = tokens[i].Start;
        var length = parts[^1].End - start;
        if (parts[0].Text.Length == 4)
        {
            return parts.Count == 3 && Make(Value(parts[0]), Value(parts[1]), Value(parts[2])) is { } iso
                ? (new DateMention(iso, start, length, true), next)
                : null;
        }

        if (parts.Any(p => p.Text.Length > 4) || parts[0].Text.Length > 2 || parts[1].Text.Length > 2)
        {
            return null;
        }

        var (first, secondValue) = (Value(parts[0]), Value(parts[1]));
        var year = parts.Count == 3 ? Year(parts[2]) : (int?)null;
        var dayFirst = language == KnowledgeLanguage.Portuguese;
        var date = Resolve(dayFirst ? first : secondValue, dayFirst ? secondValue : first, year, today)
            ?? Resolve(dayFirst ? secondValue : first, dayFirst ? first : secondValue, year, today);
        return date is { } value ? (new DateMention(value, start, length, year is not null), next) : null;
    }

    /// <summary>A month written as a word with its day ("31 de dezembro de 2026", "December 31st, 2026", "31 Dec").</summary>
    private static (DateMention Mention, int Next)? Written(List<Token> tokens, int i, KnowledgeLanguage language, DateOnly today)
    {
        // Day first: "31 [de|of] dezembro|December [[de|,] 2026]".
        if (tokens[i].Kind == TokenKind.Number && tokens[i].Text.Length <= 2)
        {
            var m = SkipWords(tokens, Ordinal(tokens, i + 1), "de", "of", "th", "st", "nd", "rd");
            if (Month(tokens, m) is { } month)
            {
                var (year, next) = YearAfter(tokens, m + 1);
                return Dated(tokens, i, next, Value(tokens[i]), month, year, today);
            }
        }

        // Month first: "December 31[st][,] [2026]" (English; Portuguese writes the day first).
        if (language == KnowledgeLanguage.English && Month(tokens, i) is { } leading)
        {
            var d = Skip(tokens, i + 1, '.');
            if (IsNumber(tokens, d) && tokens[d].Text.Length <= 2)
            {
                var (year, next) = YearAfter(tokens, Ordinal(tokens, d + 1));
                return Dated(tokens, i, next, Value(tokens[d]), leading, year, today);
            }
        }

        return null;
    }

    private static (DateMention Mention, int Next)? Dated(List<Token> tokens, int first, int next, int day, int month, int? year, DateOnly today) =>
        Resolve(day, month, year, today) is { } date
            ? (new DateMention(date, tokens[first].Start, tokens[next - 1].End - tokens[first].Start, year is not null), next)
            : null;

    /// <summary>An optional year after a day and month: "[,|de] 2026".</summary>
    private static (int? Year, int Next) YearAfter(List<Token> tokens, int i)
    {
        var y = SkipWords(tokens, Skip(tokens, i, ','), "de", "of");
        return IsNumber(tokens, y) && tokens[y].Text.Length == 4 ? (Value(tokens[y]), y + 1) : (null, i);
    }

    private static int? Month(List<Token> tokens, int i)
    {
        if (i >= tokens.Count || tokens[i].Kind != TokenKind.Word)
        {
            return null;
        }

        var word = tokens[i].Folded;
        if (word == "sept")
        {
            // The one common abbreviation longer than three letters ("Sept 30").
            return 9;
        }

        foreach (var names in new[] { PortugueseMonths, EnglishMonths, EnglishAbbreviations, PortugueseAbbreviations })
        {
            var index = Array.IndexOf(names, word);
            if (index >= 0)
            {
                return index + 1;
            }
        }

        return null;
    }

    private static DateOnly? Resolve(int day, int month, int? year, DateOnly today)
    {
        if (year is { } written)
        {
            return Make(written, month, day);
        }

        // No year: the nearest such date to today (this year, last year or next year).
        DateOnly? best = null;
        for (var y = today.Year - 1; y <= today.Year + 1; y++)
        {
            if (Make(y, month, day) is { } candidate && (best is null || Math.Abs(candidate.DayNumber - today.DayNumber) < Math.Abs(best.Value.DayNumber - today.DayNumber)))
            {
                best = candidate;
            }
        }

        return best;
    }

    private static DateOnly? Make(int year, int month, int day) =>
        year is >= 1900 and <= 2200 && month is >= 1 and <= 12 && day >= 1 && day <= DateTime.DaysInMonth(year, month)
            ? new DateOnly(year, month, day)
            : null;

    private static int Year(Token token) => token.Text.Length == 2 ? 2000 + Value(token) : Value(token);

    private static int Value(Token token) => int.Parse(token.Text, NumberStyles.None, CultureInfo.InvariantCulture);

    private static bool IsNumber(List<Token> tokens, int i) => i < tokens.Count && tokens[i].Kind == TokenKind.Number;

    /// <summary>A number written right after the previous token (the parts of "31/12/2026").</summary>
    private static bool IsJoinedNumber(List<Token> tokens, int i) => IsNumber(tokens, i) && !tokens[i].SpaceBefore;

    /// <summary>A '/', '.' or '-' right after the previous token with no space.</summary>
    private static bool Joined(List<Token> tokens, int i, out char separator)
    {
        separator = i < tokens.Count && tokens[i].Kind == TokenKind.Symbol && !tokens[i].SpaceBefore ? tokens[i].Text[0] : '\0';
        return separator is '/' or '.' or '-';
    }

    private static int Skip(List<Token> tokens, int i, char symbol) =>
        i < tokens.Count && tokens[i].Kind == TokenKind.Symbol && tokens[i].Text[0] == symbol ? i + 1 : i;

    private static int SkipWords(List<Token> tokens, int i, params string[] words) =>
        i < tokens.Count && tokens[i].Kind == TokenKind.Word && Array.IndexOf(words, tokens[i].Folded) >= 0 ? i + 1 : i;

    /// <summary>Skips an ordinal ending written right after a day: "31st", "1º".</summary>
    private static int Ordinal(List<Token> tokens, int i) =>
        i < tokens.Count && !tokens[i].SpaceBefore && (tokens[i].Folded is "st" or "nd" or "rd" or "th" or "o" or "a" or "º" or "ª" or "°")
            ? i + 1
            : i;

    private static List<Token> Tokenize(string text)
    {
        var tokens = new List<Token>();
        var i = 0;
        var space = true;
        while (i < text.Length)
        {
            var c = text[i];
            if (char.IsWhiteSpace(c))
            {
                space = true;
                i++;
                continue;
            }

            var start = i;
            var kind = char.IsAsciiDigit(c) ? TokenKind.Number : char.IsLetter(c) ? TokenKind.Word : TokenKind.Symbol;
            i++;
            if (kind != TokenKind.Symbol)
            {
                while (i < text.Length && (kind == TokenKind.Number ? char.IsAsciiDigit(text[i]) : char.IsLetterOrDigit(text[i]) || char.GetUnicodeCategory(text[i]) == UnicodeCategory.NonSpacingMark))
                {
                    i++;
                }
            }

            var value = text[start..i];
            tokens.Add(new Token(kind, value, kind == TokenKind.Word ? TextFolding.Fold(value) : value, start, space));
            space = false;
        }

        return tokens;
    }

    private enum TokenKind
    {
        Word,
        Number,
        Symbol,
    }

    private sealed record Token(TokenKind Kind, string Text, string Folded, int Start, bool SpaceBefore)
    {
        public int End => Start + Text.Length;
    }
}
