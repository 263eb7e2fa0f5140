using CoopAssistant.Protocol.Adapter;
using CoopAssistant.Protocol.Schema;

namespace CoopAssistant.Bot.Conversation.Evidence.SignIn;

/// <summary><c>signin/verifyState</c> (sent by some clients after a sign-in page closes): acknowledged with 200.</summary>
public sealed class VerifyStateInvokeHandler : IActivityHandler
{
    public const string Name = "signin/verifyState";

    public string ActivityType => ActivityTypes.Invoke;

    public string? InvokeName => Name;

    public Task<InvokeResponse?> HandleAsync(TurnContext turn) => Task.FromResult<InvokeResponse?>(InvokeResponse.Ok());
}
