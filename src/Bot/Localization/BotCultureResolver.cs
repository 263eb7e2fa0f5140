using System.Globalization;
using CoopAssistant.Claims.Localization;
using CoopAssistant.Protocol.Adapter;
using CoopAssistant.Protocol.Schema;
using Microsoft.Extensions.Options;

namespace CoopAssistant.Bot.Localization;

/// <summary>A turn's culture by <see cref="UserCulture.Resolve"/>: the activity's <c>locale</c>, else the tenant's
/// default language (<see cref="LanguageOptions"/>).</summary>
public sealed class BotCultureResolver(IOptions<LanguageOptions> options) : ICultureResolver
{
    public CultureInfo Resolve(Activity activity)
    {
        ArgumentNullException.ThrowIfNull(activity);
        return UserCulture.Resolve(new CultureSources(
            ActivityLocale: activity.Locale,
            TenantDefault: options.Value.For(activity.TenantId)));
    }
}
