using System.Collections.Frozen;
using CoopAssistant.Protocol.Schema;

namespace CoopAssistant.Protocol.Adapter;

/// <summary>Dispatches an activity to its handler by type and invoke name.</summary>
public sealed class ActivityRouter
{
    private readonly FrozenDictionary<string, IActivityHandler> _handlers;

    public ActivityRouter(IEnumerable<IActivityHandler> handlers)
    {
        _handlers = handlers.ToFrozenDictionary(h => Key(h.ActivityType, h.InvokeName), StringComparer.OrdinalIgnoreCase);
    }

    public IActivityHandler? Find(Activity activity)
    {
        ArgumentNullException.ThrowIfNull(activity);
        var isInvoke = string.Equals(activity.Type, ActivityTypes.Invoke, StringComparison.OrdinalIgnoreCase);
        return _handlers.GetValueOrDefault(Key(activity.Type ?? string.Empty, isInvoke ? activity.Name : null));
    }

    private static string Key(string type, string? name) => name is null ? type : type + "/" + name;
}
