using System.Globalization;
using CoopAssistant.Bot.Localization;

namespace CoopAssistant.Bot.Cards;

/// <summary>The deadline line of a claim card: the date and the days left, coloured as it gets close.</summary>
public static class DeadlineText
{
    /// <summary>Fewer days left than this: warning colour.</summary>
    public const int WarningDays = 14;

    /// <summary>Fewer days left than this (or overdue): attention colour.</summary>
    public const int AttentionDays = 3;

    public static TextColor ColorFor(int daysLeft) => daysLeft switch
    {
        < AttentionDays => TextColor.Attention,
        < WarningDays => TextColor.Warning,
        _ => TextColor.Default,
    };

    /// <summary>"Deadline: 11/24/2026 (12 days left)", coloured by <see cref="ColorFor"/>; bold when under the warning threshold.</summary>
    public static TextBlock Create(DateOnly deadline, DateOnly today, CultureInfo culture)
    {
        var daysLeft = deadline.DayNumber - today.DayNumber;
        var text = BotText.For(culture).Format(
            nameof(Strings.DeadlineWithDaysLeft),
            CardFormat.Date(deadline, culture),
            CardFormat.DaysLeft(daysLeft, culture));
        return new TextBlock(text)
        {
            Wrap = true,
            Color = ColorFor(daysLeft),
            Weight = daysLeft < WarningDays ? TextWeight.Bolder : null,
        };
    }
}
