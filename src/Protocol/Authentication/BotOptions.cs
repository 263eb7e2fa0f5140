namespace CoopAssistant.Protocol.Authentication;

/// <summary>
/// The bot's identity, under the Bot Framework's own configuration names (root keys
/// <c>MicrosoftAppId</c>, <c>MicrosoftAppPassword</c>, <c>MicrosoftAppType</c>, <c>MicrosoftAppTenantId</c>).
/// </summary>
public sealed class BotOptions
{
    public string? MicrosoftAppId { get; set; }

    public string? MicrosoftAppPassword { get; set; }

    /// <summary><c>MultiTenant</c> (default), <c>SingleTenant</c> or <c>UserAssignedMSI</c>: where the bot's own outbound token comes
    /// from. Inbound channel tokens are Bot Framework tokens for every type.</summary>
    public string MicrosoftAppType { get; set; } = BotAppTypes.MultiTenant;

    public string? MicrosoftAppTenantId { get; set; }

    /// <summary>Local mode: no app id, so no authentication; only ever allowed in Development.</summary>
    public bool IsLocalMode => string.IsNullOrWhiteSpace(MicrosoftAppId);

    public bool IsSingleTenant =>
        string.Equals(MicrosoftAppType, BotAppTypes.SingleTenant, StringComparison.OrdinalIgnoreCase)
        || string.Equals(MicrosoftAppType, BotAppTypes.UserAssignedMsi, StringComparison.OrdinalIgnoreCase);

    /// <summary>The audience a channel token carries for this bot: its app id, exactly
    /// (https://learn.microsoft.com/en-us/azure/bot-service/rest-api/bot-framework-rest-connector-authentication#connector-to-bot).</summary>
    public IReadOnlyList<string> ValidAudiences() => IsLocalMode ? [] : [MicrosoftAppId!];
}

public static class BotAppTypes
{
    public const string MultiTenant = "MultiTenant";
    public const string SingleTenant = "SingleTenant";
    public const string UserAssignedMsi = "UserAssignedMSI";
}
