using System.Globalization;
using CoopAssistant.Protocol.Adapter;
using CoopAssistant.Protocol.Schema;

namespace CoopAssistant.Bot.Localization;

/// <summary>A turn's culture from the activity's <c>locale</c> (<see cref="BotCulture.FromLocale"/>).</summary>
public sealed class BotCultureResolver : ICultureResolver
{
    public CultureInfo Resolve(Activity activity)
    {
        ArgumentNullException.ThrowIfNull(activity);
        return BotCulture.FromLocale(activity.Locale);
    }
}
