using System.Net.Http.Headers;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using CoopAssistant.Protocol.Schema;

namespace CoopAssistant.Protocol.Connector;

/// <summary>
/// The typed client of the Bot Connector REST API (<c>{serviceUrl}/v3/conversations…</c>). Each call
/// carries its own bearer token; ids are escaped; only trusted service URLs are called.
/// </summary>
public sealed class ConnectorClient(HttpClient http, IConnectorTokenProvider tokens, ServiceUrlTrust trust)
{
    /// <summary>The request option the rate-limit handler partitions by (one partition per conversation).</summary>
    public static readonly HttpRequestOptionsKey<string> ConversationKey = new("coop.conversation");

    /// <summary>
    /// Marks a request worth sending only now (a typing indicator): it is not retried and does not wait for the conversation's
    /// send permit (<see cref="ConnectorRetry"/>, <see cref="ConversationRateLimitHandler"/>).
    /// </summary>
    public static readonly HttpRequestOptionsKey<bool> BestEffortKey = new("coop.best-effort");

    public Task<ResourceResponse?> SendToConversationAsync(string serviceUrl, string conversationId, Activity activity, CancellationToken cancellationToken) =>
        SendAsync(HttpMethod.Post, serviceUrl, $"v3/conversations/{Escape(conversationId)}/activities", conversationId, activity, ProtocolJsonContext.Default.Activity, ProtocolJsonContext.Default.ResourceResponse, cancellationToken);

    public Task<ResourceResponse?> ReplyToActivityAsync(string serviceUrl, string conversationId, string replyToId, Activity activity, CancellationToken cancellationToken) =>
        SendAsync(HttpMethod.Post, serviceUrl, $"v3/conversations/{Escape(conversationId)}/activities/{Escape(replyToId)}", conversationId, activity, ProtocolJsonContext.Default.Activity, ProtocolJsonContext.Default.ResourceResponse, cancellationToken);

    public Task<ResourceResponse?> UpdateActivityAsync(string serviceUrl, string conversationId, string activityId, Activity activity, CancellationToken cancellationToken) =>
        SendAsync(HttpMethod.Put, serviceUrl, $"v3/conversations/{Escape(conversationId)}/activities/{Escape(activityId)}", conversationId, activity, ProtocolJsonContext.Default.Activity, ProtocolJsonContext.Default.ResourceResponse, cancellationToken);

    /// <summary>Shows the typing indicator (as a reply when <paramref name="replyToId"/> is given): one attempt, no waiting; a
    /// failure throws as for any other call.</summary>
    public Task SendTypingAsync(string serviceUrl, string conversationId, string? replyToId, Activity typing, CancellationToken cancellationToken) =>
        SendAsync(HttpMethod.Post, serviceUrl, string.IsNullOrEmpty(replyToId)
            ? $"v3/conversations/{Escape(conversationId)}/activities"
            : $"v3/conversations/{Escape(conversationId)}/activities/{Escape(replyToId)}", conversationId, typing, ProtocolJsonContext.Default.Activity, ProtocolJsonContext.Default.ResourceResponse, cancellationToken, bestEffort: true);

    /// <summary>True for a request marked with <see cref="BestEffortKey"/>.</summary>
    public static bool IsBestEffort(HttpRequestMessage? request) =>
        request is not null && request.Options.TryGetValue(BestEffortKey, out var bestEffort) && bestEffort;

    public async Task DeleteActivityAsync(string serviceUrl, string conversationId, string activityId, CancellationToken cancellationToken)
    {
        using var request = await CreateRequestAsync(HttpMethod.Delete, serviceUrl, $"v3/conversations/{Escape(conversationId)}/activities/{Escape(activityId)}", conversationId, cancellationToken);
        using var response = await http.SendAsync(request, cancellationToken);
        await EnsureSuccessAsync(response, cancellationToken);
    }

    /// <summary>Creates (or, in Teams, finds) the 1:1 conversation with a user.</summary>
    public Task<ConversationResourceResponse?> CreateConversationAsync(string serviceUrl, ConversationParameters parameters, CancellationToken cancellationToken) =>
        SendAsync(HttpMethod.Post, serviceUrl, "v3/conversations", "create:" + (parameters.TenantId ?? string.Empty), parameters, ProtocolJsonContext.Default.ConversationParameters, ProtocolJsonContext.Default.ConversationResourceResponse, cancellationToken);

    public async Task<ChannelAccount?> GetMemberAsync(string serviceUrl, string conversationId, string memberId, CancellationToken cancellationToken)
    {
        using var request = await CreateRequestAsync(HttpMethod.Get, serviceUrl, $"v3/conversations/{Escape(conversationId)}/members/{Escape(memberId)}", conversationId, cancellationToken);
        using var response = await http.SendAsync(request, cancellationToken);
        await EnsureSuccessAsync(response, cancellationToken);
        return await response.Content.ReadFromJsonAsync(ProtocolJsonContext.Default.ChannelAccount, cancellationToken);
    }

    private async Task<TResult?> SendAsync<TBody, TResult>(HttpMethod method, string serviceUrl, string path, string partition, TBody body, JsonTypeInfo<TBody> bodyType, JsonTypeInfo<TResult> resultType, CancellationToken cancellationToken, bool bestEffort = false)
        where TResult : class
    {
        using var request = await CreateRequestAsync(method, serviceUrl, path, partition, cancellationToken);
        if (bestEffort)
        {
            request.Options.Set(BestEffortKey, true);
        }

        // Buffered so that a retry can send the same bytes again.
        request.Content = new ByteArrayContent(JsonSerializer.SerializeToUtf8Bytes(body, bodyType));
        request.Content.Headers.ContentType = new MediaTypeHeaderValue("application/json") { CharSet = "utf-8" };
        using var response = await http.SendAsync(request, cancellationToken);
        await EnsureSuccessAsync(response, cancellationToken);
        if (response.Content.Headers.ContentLength == 0)
        {
            return null;
        }

        try
        {
            return await response.Content.ReadFromJsonAsync(resultType, cancellationToken);
        }
        catch (JsonException)
        {
            return null;
        }
    }

    private async Task<HttpRequestMessage> CreateRequestAsync(HttpMethod method, string serviceUrl, string path, string partition, CancellationToken cancellationToken)
    {
        if (!trust.IsTrusted(serviceUrl))
        {
            throw new UntrustedServiceUrlException(serviceUrl);
        }

        var request = new HttpRequestMessage(method, Join(serviceUrl, path));
        request.Options.Set(ConversationKey, partition);
        if (await tokens.GetAuthorizationAsync(cancellationToken) is { } authorization)
        {
            // The header's text as the provider built it for this token: no header object and no "Bearer " + token per send.
            request.Headers.TryAddWithoutValidation("Authorization", authorization);
        }

        return request;
    }

    /// <summary>Joins a service URL with or without a trailing slash (Teams has one, the Playground none).</summary>
    internal static Uri Join(string serviceUrl, string path) => new(serviceUrl.TrimEnd('/') + "/" + path, UriKind.Absolute);

    private static string Escape(string id) => Uri.EscapeDataString(id);

    private static async Task EnsureSuccessAsync(HttpResponseMessage response, CancellationToken cancellationToken)
    {
        if (!response.IsSuccessStatusCode)
        {
            var body = await response.Content.ReadAsStringAsync(cancellationToken);
            throw new ConnectorException(response.StatusCode, ConnectorException.ReadErrorCode(body));
        }
    }
}
