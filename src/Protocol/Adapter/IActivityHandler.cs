using CoopAssistant.Protocol.Schema;

namespace CoopAssistant.Protocol.Adapter;

/// <summary>
/// Handles activities of one type (and, for invokes, one name). The router picks the handler from a
/// table built once; an activity nobody handles is acknowledged and ignored.
/// </summary>
public interface IActivityHandler
{
    /// <summary>The activity type, e.g. <c>message</c> or <c>invoke</c>.</summary>
    string ActivityType { get; }

    /// <summary>For invokes, the invoke name (e.g. <c>adaptiveCard/action</c>); null otherwise.</summary>
    string? InvokeName => null;

    /// <summary>Handles the turn; invokes return the invoke response to write in the HTTP body.</summary>
    Task<InvokeResponse?> HandleAsync(TurnContext turn);
}
