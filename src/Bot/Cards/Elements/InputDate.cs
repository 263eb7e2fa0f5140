using System.Globalization;

namespace CoopAssistant.Bot.Cards;

/// <summary>A date picker; values travel as <c>yyyy-MM-dd</c> (use <see cref="Format"/>).</summary>
public sealed record InputDate : CardInput
{
    public InputDate(string id)
        : base(id)
    {
    }

    public string? Placeholder { get; init; }

    public string? Value { get; init; }

    public string? Min { get; init; }

    public string? Max { get; init; }

    public static string Format(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
