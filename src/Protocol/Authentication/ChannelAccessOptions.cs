using System.ComponentModel.DataAnnotations;

namespace CoopAssistant.Protocol.Authentication;

/// <summary>
/// Who may talk to the bot (section <c>Bot</c>): the channels whose activities are accepted and the Microsoft Entra tenants
/// whose users may use it. The tenants apply to every surface (the chat here, the add-in, the tab and the Graph sign-in in the
/// app); see docs/configuration.md.
/// </summary>
public sealed class ChannelAccessOptions : IValidatableObject
{
    public const string SectionName = "Bot";

    /// <summary>The Teams channel, the only one the app package installs the bot in.</summary>
    public const string Teams = "msteams";

    /// <summary>The Bot Framework Emulator's channel id (the Agents Playground sends <c>msteams</c> or this).</summary>
    public const string Emulator = "emulator";

    /// <summary>Channel ids accepted besides none: empty means <c>msteams</c> only (and, in local mode, also <c>emulator</c>).</summary>
    public string[] AllowedChannels { get; set; } = [];

    /// <summary>Tenant ids (GUIDs) whose users may use the bot; empty means any tenant.</summary>
    public string[] AllowedTenants { get; set; } = [];

    /// <summary>The channel ids accepted, in or out of local mode.</summary>
    public IReadOnlySet<string> Channels(bool localMode)
    {
        var channels = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        if (AllowedChannels.Length == 0)
        {
            channels.Add(Teams);
            if (localMode)
            {
                channels.Add(Emulator);
            }
        }
        else
        {
            channels.UnionWith(AllowedChannels);
        }

        return channels;
    }

    /// <summary>True when <paramref name="tenantId"/> may use the bot (any tenant when none is configured; a missing tenant only then).</summary>
    public bool AllowsTenant(string? tenantId) =>
        AllowedTenants.Length == 0
        || (!string.IsNullOrWhiteSpace(tenantId) && AllowedTenants.Contains(tenantId.Trim(), StringComparer.OrdinalIgnoreCase));

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (AllowedChannels.Any(string.IsNullOrWhiteSpace))
        {
            yield return new ValidationResult($"{SectionName}:{nameof(AllowedChannels)} has an empty entry.", [nameof(AllowedChannels)]);
        }

        if (AllowedTenants.Any(string.IsNullOrWhiteSpace))
        {
            yield return new ValidationResult($"{SectionName}:{nameof(AllowedTenants)} has an empty entry.", [nameof(AllowedTenants)]);
        }
    }
}
