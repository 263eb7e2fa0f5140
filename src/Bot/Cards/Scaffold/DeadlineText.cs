using System.Globalization;
using CoopAssistant.Bot.Localization;
using CoopAssistant.Claims.Rules;

namespace CoopAssistant.Bot.Cards;

/// <summary>The deadline line of a claim card: the date and the days left, coloured as it gets close.</summary>
public static class DeadlineText
{
    /// <summary>The colour of an open claim's date by <see cref="ClaimUrgency"/>: attention when overdue or urgent, warning when soon.</summary>
    public static TextColor ColorFor(int daysLeft) => ClaimUrgency.ForOpen(daysLeft) switch
    {
        ClaimUrgencyLevel.Overdue or ClaimUrgencyLevel.Urgent => TextColor.Attention,
        ClaimUrgencyLevel.Soon => TextColor.Warning,
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
            Weight = daysLeft <= ClaimUrgency.SoonDays ? TextWeight.Bolder : null,
        };
    }
}
