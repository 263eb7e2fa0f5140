using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using CoopAssistant.Bot.Localization;
using CoopAssistant.Protocol.Adapter;
using CoopAssistant.Protocol.Schema;
using CoopAssistant.Graph.Evidence;
using CoopAssistant.Graph.Options;
using CoopAssistant.Graph.Tokens;
using Microsoft.Extensions.Options;
using GraphServices = CoopAssistant.Graph.ServiceCollectionExtensions;

namespace CoopAssistant.Bot.Conversation.Evidence.SignIn;

/// <summary>
/// Teams SSO for Microsoft Graph without the Bot Framework token service: whether Graph is configured, whether the user
/// has a cached token, and the OAuth card (<c>application/vnd.microsoft.card.oauth</c>) whose <c>tokenExchangeResource</c>
/// makes Teams send <c>signin/tokenExchange</c>.
/// </summary>
public sealed class GraphSignIn(IConfiguration configuration, IOptions<SsoOptions> sso, IGraphTokenService tokens, SignInLinks links)
{
    public const string OAuthCardContentType = "application/vnd.microsoft.card.oauth";

    /// <summary>The connection name on the OAuth card (echoed by Teams; no token service connection behind it).</summary>
    public const string ConnectionName = "CoopAssistantGraph";

    /// <summary>True when an app registration with a secret is configured and Graph is not disabled.</summary>
    public bool IsConfigured => GraphServices.IsGraphConfigured(configuration);

    /// <summary>True when Graph is configured and no token is cached for <paramref name="user"/>.</summary>
    public async Task<bool> NeedsSignInAsync(GraphUserKey user, CancellationToken cancellationToken) =>
        IsConfigured && await tokens.GetAccessTokenAsync(user, cancellationToken) is null;

    /// <summary>The user of a turn (tenant + Entra object id), or null when the activity does not say.</summary>
    public static GraphUserKey? UserOf(Activity activity)
    {
        ArgumentNullException.ThrowIfNull(activity);
        return activity.TenantId is { Length: > 0 } tenant && activity.From?.AadObjectId is { Length: > 0 } oid ? new GraphUserKey(tenant, oid) : null;
    }

    /// <summary>Sends the OAuth card with a fresh <c>tokenExchangeResource.id</c> (nothing without a user to sign in).</summary>
    public async Task<string?> SendOAuthCardAsync(TurnContext turn)
    {
        ArgumentNullException.ThrowIfNull(turn);
        return UserOf(turn.Activity) is { } user
            ? await turn.SendAsync(new Activity { Type = ActivityTypes.Message, Attachments = [OAuthCard(turn.Culture, user)] })
            : null;
    }

    /// <summary>
    /// The OAuth card: its <c>tokenExchangeResource</c> makes Teams try SSO (<c>signin/tokenExchange</c>); when that fails (412), Teams
    /// shows the sign-in button, whose link is the real fallback for <paramref name="user"/> (<see cref="SignInLinks.SignInUrl"/>).
    /// </summary>
    public Attachment OAuthCard(CultureInfo culture, GraphUserKey user)
    {
        var options = sso.Value;
        var text = BotText.For(culture);
        var resource = options.ApplicationIdUri ?? string.Empty;
        var consent = links.SignInUrl(user, culture);
        var content = new JsonObject
        {
            ["text"] = text[nameof(Strings.SignInText)],
            ["connectionName"] = ConnectionName,
            ["buttons"] = new JsonArray(new JsonObject
            {
                ["type"] = "signin",
                ["title"] = text[nameof(Strings.ActionSignIn)],
                ["value"] = consent.AbsoluteUri,
            }),
            ["tokenExchangeResource"] = new JsonObject
            {
                ["id"] = Guid.NewGuid().ToString("D"),
                ["uri"] = resource,
            },
        };
        return new Attachment
        {
            ContentType = OAuthCardContentType,
            Content = JsonSerializer.SerializeToElement(content, CardMessagesJsonContext.Default.JsonObject),
        };
    }
}
