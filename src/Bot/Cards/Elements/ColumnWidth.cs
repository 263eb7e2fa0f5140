using System.Globalization;

namespace CoopAssistant.Bot.Cards;

/// <summary>Values for <see cref="Column.Width"/>.</summary>
public static class ColumnWidth
{
    public const string Auto = "auto";

    public const string Stretch = "stretch";

    public static string Weight(int weight) => weight.ToString(CultureInfo.InvariantCulture);

    public static string Pixels(int pixels) => pixels.ToString(CultureInfo.InvariantCulture) + "px";
}
