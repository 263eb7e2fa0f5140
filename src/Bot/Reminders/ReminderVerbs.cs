namespace CoopAssistant.Bot.Reminders;

/// <summary>Verbs of the reminder card's own buttons (open claim and attach evidence reuse <see cref="Cards.CardVerbs"/>).</summary>
public static class ReminderVerbs
{
    public const string Snooze = "reminder.snooze";
    public const string AlreadySubmitted = "reminder.alreadySubmitted";
}
