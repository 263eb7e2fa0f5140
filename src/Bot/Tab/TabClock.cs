namespace CoopAssistant.Bot.Tab;

internal static class TabClock
{
    public static DateOnly Today(TimeProvider time) => DateOnly.FromDateTime(time.GetUtcNow().UtcDateTime);
}
