using System.ComponentModel.DataAnnotations;
using CoopAssistant.Claims.Localization;

namespace CoopAssistant.Bot.Localization;

/// <summary>The last source of <see cref="UserCulture.Resolve"/>: the language a tenant's people get when nothing they
/// send names one CoopAssistant speaks (section <c>Languages</c>: <c>Default</c>, and <c>Tenants:{tenantId}</c>).</summary>
public sealed class LanguageOptions : IValidatableObject
{
    public const string SectionName = "Languages";

    /// <summary>en-US or pt-BR (any English or Portuguese tag).</summary>
    public string Default { get; set; } = "en-US";

    /// <summary>A tenant's own default, by Entra tenant id.</summary>
    public Dictionary<string, string> Tenants { get; set; } = new(StringComparer.OrdinalIgnoreCase);

    /// <summary>The default for <paramref name="tenantId"/>: the tenant's own, else <see cref="Default"/>.</summary>
    public string For(string? tenantId) =>
        tenantId is not null && Tenants.TryGetValue(tenantId, out var tag) ? tag : Default;

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (UserCulture.Match(Default) is null)
        {
            yield return new ValidationResult($"Languages:Default '{Default}' is not en-US or pt-BR.", [nameof(Default)]);
        }

        foreach (var (tenant, tag) in Tenants)
        {
            if (UserCulture.Match(tag) is null)
            {
                yield return new ValidationResult($"Languages:Tenants:{tenant} '{tag}' is not en-US or pt-BR.", [nameof(Tenants)]);
            }
        }
    }
}
