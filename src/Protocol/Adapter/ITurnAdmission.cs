using CoopAssistant.Protocol.Schema;

namespace CoopAssistant.Protocol.Adapter;

/// <summary>
/// Whether the app takes a parsed, authenticated activity now (implemented by the app, for example as rate limits per tenant
/// and per user). A refusal is answered <c>429</c> with <c>Retry-After</c>; the app may tell the user itself through the turn
/// (the activity is not de-duplicated, so the channel's retry is taken once the limit allows it). The default admits every turn.
/// </summary>
public interface ITurnAdmission
{
    /// <summary>Null to run the turn, or why it is refused and when to try again.</summary>
    ValueTask<TurnRefusal?> AdmitAsync(TurnContext turn);
}

/// <summary>A turn refused for now: the message of the <c>429</c> body and how long the channel should wait.</summary>
public sealed record TurnRefusal(string Message, TimeSpan RetryAfter);

/// <summary>The default <see cref="ITurnAdmission"/>: every turn runs.</summary>
public sealed class EveryTurnAdmitted : ITurnAdmission
{
    public ValueTask<TurnRefusal?> AdmitAsync(TurnContext turn) => ValueTask.FromResult<TurnRefusal?>(null);
}
