namespace CoopAssistant.Bot.BrowserApi.Identity;

/// <summary>The local-mode user of the add-in API (defaults: the Agents Playground's mock user, so claims made in the chat show up).</summary>
public sealed class DevelopmentIdentityOptions
{
    public string TenantId { get; set; } = "00000000-0000-0000-0000-0000000000001";

    public string UserObjectId { get; set; } = "00000000-0000-0000-0000-0000000000020";

    public string DisplayName { get; set; } = "Local developer";
}
