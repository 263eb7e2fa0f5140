using System.Collections.Concurrent;
using System.Globalization;
using System.Net;
using System.Security.Cryptography.X509Certificates;
using System.Text.Json;
using System.Text.Json.Nodes;
using CoopAssistant.TestKit.Tokens;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.IdentityModel.JsonWebTokens;

namespace CoopAssistant.TestKit.AzureOpenAI;

/// <summary>
/// A loopback stand-in for an Azure OpenAI resource's chat completions endpoint, as strict as the service on the rules in
/// tests/TestKit/README.md (each cited beside its check below). Its "model" is <see cref="Model"/>, scripted by each test; every
/// accepted request is kept in <see cref="Requests"/>. HTTPS with its own loopback certificate (<see cref="Certificate"/>).
/// </summary>
public sealed class FakeAzureOpenAIServer : IAsyncDisposable
{
    /// <summary>The audience of an Entra token for Azure OpenAI (scope <c>https://cognitiveservices.azure.com/.default</c>).</summary>
    public const string EntraAudience = "https://cognitiveservices.azure.com";

    private readonly WebApplication app;
    private readonly ConcurrentQueue<FakeChatRequest> requests = new();

    private FakeAzureOpenAIServer(WebApplication app, X509Certificate2 certificate)
    {
        this.app = app;
        Certificate = certificate;
    }

    public X509Certificate2 Certificate { get; }

    /// <summary>The resource endpoint (<c>https://127.0.0.1:{port}/</c>), as configured in <c>Answers:AzureOpenAI:Endpoint</c>.</summary>
    public Uri Endpoint { get; private set; } = null!;

    /// <summary>The deployments that exist (a request for another one is 404 <c>DeploymentNotFound</c>).</summary>
    public ISet<string> Deployments { get; } = new HashSet<string>(StringComparer.Ordinal) { "chat" };

    /// <summary>The resource's keys.</summary>
    public ISet<string> Keys { get; } = new HashSet<string>(StringComparer.Ordinal) { "fake-key-1" };

    /// <summary>The scripted model: what it answers to each request (by default, "0").</summary>
    public Func<FakeChatRequest, FakeModelReply> Model { get; set; } = _ => FakeModelReply.Say("0");

    public IReadOnlyCollection<FakeChatRequest> Requests => requests;

    /// <summary>Requests refused before reaching the model (authentication, path, body), with the status given.</summary>
    public ConcurrentQueue<HttpStatusCode> Refused { get; } = new();

    public static async Task<FakeAzureOpenAIServer> StartAsync()
    {
        var certificate = TestCertificates.CreateLoopback();
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.ConfigureKestrel(k => k.Listen(IPAddress.Loopback, 0, o => o.UseHttps(certificate)));
        var app = builder.Build();
        var server = new FakeAzureOpenAIServer(app, certificate);
        server.Map(app);
        await app.StartAsync();
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        server.Endpoint = new Uri(address.TrimEnd('/') + "/");
        return server;
    }

    /// <summary>A handler that trusts this server's certificate (and no other), for the app's named HttpClient.</summary>
    public HttpMessageHandler TrustingHandler(params X509Certificate2[] alsoTrusted) => new SocketsHttpHandler
    {
        SslOptions =
        {
            RemoteCertificateValidationCallback = (_, certificate, _, _) =>
                certificate is not null && alsoTrusted.Append(Certificate).Any(c => string.Equals(c.Thumbprint, certificate.GetCertHashString(), StringComparison.OrdinalIgnoreCase)),
        },
    };

    public async ValueTask DisposeAsync()
    {
        using var stop = new CancellationTokenSource(TimeSpan.FromSeconds(10));
        await app.StopAsync(stop.Token);
        await app.DisposeAsync();
        Certificate.Dispose();
    }

    private void Map(WebApplication web)
    {
        // v1 API: POST {endpoint}/openai/v1/chat/completions, the deployment name as "model", no api-version
        // (https://learn.microsoft.com/en-us/azure/ai-foundry/openai/api-version-lifecycle#api-evolution).
        web.MapPost("/openai/v1/chat/completions", async (HttpContext http) =>
        {
            var body = await ReadBodyAsync(http);
            var deployment = body?["model"]?.GetValueKind() == JsonValueKind.String ? body["model"]!.GetValue<string>() : null;
            return await CompleteAsync(http, body, deployment, v1: true);
        });

        // Dated API: POST {endpoint}/openai/deployments/{deployment}/chat/completions?api-version=… (api-version required)
        // (https://learn.microsoft.com/en-us/azure/ai-foundry/openai/reference#chat-completions).
        web.MapPost("/openai/deployments/{deployment}/chat/completions", async (HttpContext http, string deployment) =>
        {
            if (string.IsNullOrEmpty(http.Request.Query["api-version"]))
            {
                return Refuse(HttpStatusCode.BadRequest, "MissingApiVersionParameter", "The api-version query parameter (?api-version=) is required for all requests.");
            }

            return await CompleteAsync(http, await ReadBodyAsync(http), deployment, v1: false);
        });
    }

    private async Task<IResult> CompleteAsync(HttpContext http, JsonObject? body, string? deployment, bool v1)
    {
        // Authentication: the resource key in "api-key", or "Authorization: Bearer" with an Entra token for
        // https://cognitiveservices.azure.com; the v1 API also takes the key as a bearer token, as the OpenAI client sends it
        // (https://learn.microsoft.com/en-us/azure/ai-foundry/openai/reference#authentication,
        // https://learn.microsoft.com/en-us/azure/ai-foundry/openai/api-version-lifecycle#api-evolution). Otherwise 401.
        if (Authenticate(http.Request, v1) is not { } authentication)
        {
            return Refuse(HttpStatusCode.Unauthorized, "401", "Access denied due to invalid subscription key or wrong API endpoint. Make sure to provide a valid key for an active subscription and use a correct regional API endpoint for your resource.");
        }

        // The body is JSON with a non-empty "messages" array of {role, content} (role system, developer, user, assistant or tool)
        // (https://learn.microsoft.com/en-us/azure/ai-foundry/openai/reference#request-body-1).
        if (body is null || Messages(body) is not { Count: > 0 } messages)
        {
            return Refuse(HttpStatusCode.BadRequest, "BadRequest", "'messages' is a required property and must be a non-empty array of messages with a role and content.");
        }

        // An unknown deployment (the path's, or the v1 body's "model") is 404 DeploymentNotFound
        // (https://learn.microsoft.com/en-us/azure/ai-foundry/openai/reference#chat-completions: deployment-id is required).
        if (deployment is null || !Deployments.Contains(deployment))
        {
            return Refuse(HttpStatusCode.NotFound, "DeploymentNotFound", "The API deployment for this resource does not exist.");
        }

        var request = new FakeChatRequest(deployment, http.Request.Path, authentication, messages, body);
        requests.Enqueue(request);
        var reply = Model(request);
        if (reply.Delay > TimeSpan.Zero)
        {
            try
            {
                await Task.Delay(reply.Delay, http.RequestAborted);
            }
            catch (OperationCanceledException)
            {
                return Results.Empty;
            }
        }

        // A throttled request is 429 with Retry-After (seconds) and the error body
        // (https://learn.microsoft.com/en-us/azure/ai-foundry/openai/quotas-limits#understanding-rate-limits).
        if (reply.Status == HttpStatusCode.TooManyRequests)
        {
            http.Response.Headers.RetryAfter = reply.RetryAfterSeconds.ToString(CultureInfo.InvariantCulture);
            return Results.Json(Error("429", $"Requests to the ChatCompletions_Create Operation have exceeded the token rate limit of your current pricing tier. Please retry after {reply.RetryAfterSeconds} seconds."), statusCode: 429);
        }

        if (reply.Status is { } status)
        {
            return Results.Json(Error(((int)status).ToString(CultureInfo.InvariantCulture), "The server had an error while processing your request."), statusCode: (int)status);
        }

        // The chat completion object: id, object "chat.completion", created, model, choices[{index, message{role, content},
        // finish_reason}], usage (https://learn.microsoft.com/en-us/azure/ai-foundry/openai/reference#createchatcompletionresponse).
        return Results.Json(new JsonObject
        {
            ["id"] = "chatcmpl-" + Guid.NewGuid().ToString("N"),
            ["object"] = "chat.completion",
            ["created"] = DateTimeOffset.UtcNow.ToUnixTimeSeconds(),
            ["model"] = "gpt-4o-mini-2024-07-18",
            ["choices"] = new JsonArray(new JsonObject
            {
                ["index"] = 0,
                ["message"] = new JsonObject { ["role"] = "assistant", ["content"] = reply.Content ?? string.Empty },
                ["finish_reason"] = "stop",
            }),
            ["usage"] = new JsonObject { ["prompt_tokens"] = 100, ["completion_tokens"] = 1, ["total_tokens"] = 101 },
        });
    }

    private FakeAuthentication? Authenticate(HttpRequest request, bool v1)
    {
        if (request.Headers.TryGetValue("api-key", out var key))
        {
            return Keys.Contains(key.ToString()) ? FakeAuthentication.ApiKeyHeader : null;
        }

        var authorization = request.Headers.Authorization.ToString();
        if (!authorization.StartsWith("Bearer ", StringComparison.Ordinal))
        {
            return null;
        }

        var bearer = authorization["Bearer ".Length..];
        if (v1 && Keys.Contains(bearer))
        {
            return FakeAuthentication.KeyAsBearer;
        }

        // An Entra token's audience must be Azure OpenAI's (the scope https://cognitiveservices.azure.com/.default) and it must
        // not have expired (https://learn.microsoft.com/en-us/azure/ai-foundry/openai/how-to/managed-identity).
        try
        {
            var token = new JsonWebToken(bearer);
            return token.Audiences.Contains(EntraAudience) && token.ValidTo > DateTime.UtcNow ? FakeAuthentication.EntraToken : null;
        }
        catch (ArgumentException)
        {
            return null;
        }
    }

    private static List<(string Role, string Content)>? Messages(JsonObject body)
    {
        if (body["messages"] is not JsonArray array)
        {
            return null;
        }

        var messages = new List<(string, string)>();
        foreach (var item in array)
        {
            var role = (item as JsonObject)?["role"] is JsonValue r && r.GetValueKind() == JsonValueKind.String ? r.GetValue<string>() : null;
            if (item is not JsonObject message || role is not ("system" or "developer" or "user" or "assistant" or "tool"))
            {
                return null;
            }

            var content = message["content"] switch
            {
                JsonValue value when value.GetValueKind() == JsonValueKind.String => value.GetValue<string>(),
                JsonArray parts => string.Concat(parts.OfType<JsonObject>().Select(p => p["text"]?.GetValue<string>())),
                _ => null,
            };
            if (content is null)
            {
                return null;
            }

            messages.Add((role, content));
        }

        return messages;
    }

    private static async Task<JsonObject?> ReadBodyAsync(HttpContext http)
    {
        if (http.Request.ContentType?.StartsWith("application/json", StringComparison.OrdinalIgnoreCase) != true)
        {
            return null;
        }

        try
        {
            return await JsonNode.ParseAsync(http.Request.Body, cancellationToken: http.RequestAborted) as JsonObject;
        }
        catch (JsonException)
        {
            return null;
        }
    }

    private IResult Refuse(HttpStatusCode status, string code, string message)
    {
        Refused.Enqueue(status);
        return Results.Json(Error(code, message), statusCode: (int)status);
    }

    private static JsonObject Error(string code, string message) => new() { ["error"] = new JsonObject { ["code"] = code, ["message"] = message } };
}
