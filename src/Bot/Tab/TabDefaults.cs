namespace CoopAssistant.Bot.Tab;

/// <summary>Paths of the claims dashboard tab. Its API shares the add-in's authentication scheme and policy.</summary>
public static class TabDefaults
{
    public const string PagePath = "/tab";

    public const string ApiPrefix = "/api/tab";
}
