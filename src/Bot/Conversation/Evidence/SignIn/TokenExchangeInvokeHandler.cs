using System.Text.Json;
using System.Text.Json.Nodes;
using CoopAssistant.Bot.Cards;
using CoopAssistant.Bot.Conversation.Claims.Turns;
using CoopAssistant.Bot.Localization;
using CoopAssistant.Protocol.Adapter;
using CoopAssistant.Protocol.Schema;
using CoopAssistant.Graph.Evidence;
using CoopAssistant.Graph.Tokens;
using Microsoft.Extensions.Logging;

namespace CoopAssistant.Bot.Conversation.Evidence.SignIn;

/// <summary>
/// <c>signin/tokenExchange</c> (<c>value {id, connectionName, token}</c>): the SSO token is validated and exchanged
/// on behalf of the user. Success, or an id already handled → 200; otherwise 412 with <c>{id, connectionName, failureDetail}</c>
/// (nothing stored) and a card offering to sign in again. After a successful exchange, files the user dropped into the chat
/// while signed out are kept (<see cref="ChatFileHandoff.ResumeAfterSignInAsync"/>) before the answer.
/// </summary>
public sealed partial class TokenExchangeInvokeHandler(IGraphTokenService tokens, ChatFileHandoff delivery, ILogger<TokenExchangeInvokeHandler> logger) : IActivityHandler
{
    public const string Name = "signin/tokenExchange";

    public string ActivityType => ActivityTypes.Invoke;

    public string? InvokeName => Name;

    public async Task<InvokeResponse?> HandleAsync(TurnContext turn)
    {
        ArgumentNullException.ThrowIfNull(turn);
        var value = turn.Activity.Value is { ValueKind: JsonValueKind.Object } v ? v : default;
        var id = Text(value, "id");
        var connectionName = Text(value, "connectionName");
        var token = Text(value, "token");
        if (string.IsNullOrEmpty(id) || string.IsNullOrEmpty(token))
        {
            return await FailAsync(turn, id, connectionName, nameof(TokenRejectionReason.Malformed), consent: false);
        }

        var activityUser = turn.Activity.TenantId is { Length: > 0 } tenantId && turn.Activity.From?.AadObjectId is { Length: > 0 } objectId
            ? new GraphUserKey(tenantId, objectId)
            : null;
        var result = await tokens.ExchangeAsync(new SsoTokenExchange(id, connectionName, token, activityUser), turn.CancellationToken);
        if (result.IsOk)
        {
            // A duplicate (another client of the same user exchanged first) is answered and nothing more.
            if (result.Value is TokenExchanged.Obtained)
            {
                await delivery.ResumeAfterSignInAsync(turn);
            }

            return Answer(200, id, connectionName, null);
        }

        switch (result.Error)
        {
            case TokenExchangeFailure.ConsentRequired consent:
                LogExchangeRefused(logger, "consent", consent.ErrorCode);
                return await FailAsync(turn, id, connectionName, consent.ErrorCode, consent: true);
            case TokenExchangeFailure.Failed failed:
                LogExchangeRefused(logger, "failed", failed.ErrorCode);
                return await FailAsync(turn, id, connectionName, failed.ErrorCode, consent: false);
            case TokenExchangeFailure.Invalid invalid:
                LogExchangeRefused(logger, "invalid", invalid.Reason.ToString());
                return await FailAsync(turn, id, connectionName, invalid.Reason.ToString(), consent: false);
            default:
                return await FailAsync(turn, id, connectionName, "Unknown", consent: false);
        }
    }

    private static async Task<InvokeResponse> FailAsync(TurnContext turn, string? id, string? connectionName, string detail, bool consent)
    {
        var text = BotText.For(turn.Culture);
        var card = NoticeCard.Create(
            turn.Culture,
            text[nameof(Strings.SignInTitle)],
            text[consent ? nameof(Strings.SignInConsentRequired) : nameof(Strings.SignInFailed)],
            TextColor.Attention);
        card = card with { Actions = [CardActions.Execute(text[nameof(Strings.ActionSignIn)], CardVerbs.EvidenceSignIn)] };
        await turn.SendAsync(card.ToActivity());
        return Answer(412, id, connectionName, detail);
    }

    private static InvokeResponse Answer(int status, string? id, string? connectionName, string? failureDetail)
    {
        var body = new JsonObject { ["id"] = id, ["connectionName"] = connectionName };
        if (failureDetail is not null)
        {
            body["failureDetail"] = failureDetail;
        }

        return new InvokeResponse(status, JsonSerializer.SerializeToElement(body, CardMessagesJsonContext.Default.JsonObject));
    }

    private static string? Text(JsonElement value, string key) =>
        value.ValueKind == JsonValueKind.Object && value.TryGetProperty(key, out var p) && p.ValueKind == JsonValueKind.String ? p.GetString() : null;

    [LoggerMessage(Level = LogLevel.Warning, Message = "Teams SSO token exchange refused ({Kind}): {Detail}")]
    private static partial void LogExchangeRefused(ILogger logger, string kind, string detail);
}
