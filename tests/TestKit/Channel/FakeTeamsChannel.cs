using System.Collections.Concurrent;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace CoopAssistant.TestKit.Channel;

/// <summary>
/// A Teams channel's Connector API on loopback HTTP (<c>{serviceUrl}v3/conversations…</c>, with a trailing
/// slash like Teams' <c>…/amer/</c>). It records every call, answers scripted faults, refuses activities larger than Teams
/// takes, can enforce Teams' per-conversation rate limits by answering 429 as Teams would, and delivers activities to the bot
/// the way Azure Bot Service does (<see cref="DeliverAsync"/>: a turn that takes too long is abandoned). Every rule it holds
/// the bot to is listed, with its source, in <c>tests/TestKit/README.md</c>.
/// </summary>
public sealed class FakeTeamsChannel : IAsyncDisposable
{
    private static readonly (int Limit, TimeSpan Window)[] TeamsLimits =
    [
        (7, TimeSpan.FromSeconds(1)), (8, TimeSpan.FromSeconds(2)), (60, TimeSpan.FromSeconds(30)), (1800, TimeSpan.FromHours(1)),
    ];

    /// <summary>
    /// The largest activity the channel takes: 28 KB, the limit this project holds its cards to. Teams answers a larger bot
    /// message with 413 <c>MessageSizeTooBig</c> (https://learn.microsoft.com/microsoftteams/platform/bots/how-to/format-your-bot-messages;
    /// that page has named 28, 40 and now 100 KB "approximately", counted in UTF-16 — 28 KB of the JSON body is the strict end).
    /// </summary>
    public const int MaxActivityBytes = 28 * 1024;

    /// <summary>
    /// How long Azure Bot Service waits for the bot to answer an activity before it gives up, answers the client 504 and drops
    /// the request: "10 to 15 seconds, depending on the channel"
    /// (https://learn.microsoft.com/azure/bot-service/bot-builder-howto-long-operations-guidance).
    /// </summary>
    public static readonly TimeSpan DefaultTurnTimeout = TimeSpan.FromSeconds(15);

    private readonly WebApplication _app;
    private readonly ConcurrentQueue<ReceivedActivity> _received = new();
    private readonly ConcurrentQueue<ChannelFault> _faults = new();
    private readonly ConcurrentQueue<ChannelFault> _typingFaults = new();
    private readonly ConcurrentDictionary<string, List<DateTimeOffset>> _arrivals = new();
    private readonly ConcurrentDictionary<string, string> _conversations = new();
    private readonly ConcurrentDictionary<string, bool> _notInstalled = new(StringComparer.OrdinalIgnoreCase);
    private readonly ConcurrentDictionary<string, ChannelFault> _refusedUpdates = new(StringComparer.Ordinal);
    private int _nextId;
    private int _faultsServed;
    private TaskCompletionSource? _hold;
    private int _heldSends;
    private int _abandonedTurns;
    private int _tooLarge;

    private FakeTeamsChannel(WebApplication app) => _app = app;

    /// <summary>The service URL activities carry (ends with <c>/</c>).</summary>
    public string ServiceUrl { get; private set; } = null!;

    /// <summary>When true, a send beyond Teams' per-conversation limits is answered 429.</summary>
    public bool EnforceRateLimits { get; set; }

    public int FaultsServed => _faultsServed;

    /// <summary>Sends waiting unanswered because of <see cref="HoldSends"/>.</summary>
    public int HeldSends => Volatile.Read(ref _heldSends);

    /// <summary>Turns <see cref="DeliverAsync"/> gave up on (answered 504 after <see cref="TurnTimeout"/>).</summary>
    public int AbandonedTurns => _abandonedTurns;

    /// <summary>Activities refused with 413 <c>MessageSizeTooBig</c>.</summary>
    public int RefusedTooLarge => _tooLarge;

    /// <summary>How long <see cref="DeliverAsync"/> waits for a turn; tests may shorten it to stay quick, never lengthen it.</summary>
    public TimeSpan TurnTimeout { get; set; } = DefaultTurnTimeout;

    public IReadOnlyList<ReceivedActivity> Received => _received.ToArray();

    public static async Task<FakeTeamsChannel> StartAsync(string path = "amer/")
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        var app = builder.Build();
        var channel = new FakeTeamsChannel(app);
        channel.Map(app, "/" + path.Trim('/'));
        await app.StartAsync();
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        channel.ServiceUrl = address.TrimEnd('/') + "/" + path.Trim('/') + "/";
        return channel;
    }

    /// <summary>
    /// Delivers an activity to the bot as Azure Bot Service does: one POST to the bot's endpoint. A turn that has not answered
    /// within <see cref="TurnTimeout"/> is abandoned: the request is cancelled (the bot sees it aborted) and the client is
    /// answered 504 <c>GatewayTimeout</c>.
    /// </summary>
    public async Task<HttpResponseMessage> DeliverAsync(HttpClient bot, HttpRequestMessage request)
    {
        ArgumentNullException.ThrowIfNull(bot);
        ArgumentNullException.ThrowIfNull(request);
        using var timeout = new CancellationTokenSource(TurnTimeout);
        try
        {
            return await bot.SendAsync(request, HttpCompletionOption.ResponseContentRead, timeout.Token);
        }
        catch (OperationCanceledException) when (timeout.IsCancellationRequested)
        {
            Interlocked.Increment(ref _abandonedTurns);
            return new HttpResponseMessage(System.Net.HttpStatusCode.GatewayTimeout)
            {
                Content = new StringContent(Error("GatewayTimeout", "The bot did not answer in time.").ToJsonString(), System.Text.Encoding.UTF8, "application/json"),
            };
        }
    }

    /// <summary>The next sends are answered with these faults, one each, in order.</summary>
    /// <summary>The app is not installed for this user (Entra object id): creating a 1:1 conversation with them is refused with 403.</summary>
    public void NotInstalledFor(string aadObjectId) => _notInstalled[aadObjectId] = true;

    /// <summary>The app is now installed for this user (e.g. through Graph's installedApps): a 1:1 conversation can be created.</summary>
    public void InstalledFor(string aadObjectId) => _notInstalled.TryRemove(aadObjectId, out _);

    /// <summary>The message <paramref name="activityId"/> is gone (deleted): an update of it (<c>PUT …/activities/{id}</c>) is answered
    /// 404 <c>NotFound</c>, as the conversational API answers a missing resource
    /// (https://learn.microsoft.com/en-us/microsoftteams/platform/bots/build-conversational-capability#status-codes-from-bot-conversational-apis).
    /// A <c>DELETE</c> of a message does the same.</summary>
    public void MessageDeleted(string activityId) => _refusedUpdates[activityId] = new ChannelFault(404, "NotFound");

    /// <summary>Updates of the message <paramref name="activityId"/> are refused with <paramref name="fault"/> (e.g. 403 <c>Forbidden</c>:
    /// the bot may not edit it).</summary>
    public void RefuseUpdatesOf(string activityId, ChannelFault fault) => _refusedUpdates[activityId] = fault;

    public void EnqueueFaults(params ChannelFault[] faults)
    {
        foreach (var fault in faults)
        {
            _faults.Enqueue(fault);
        }
    }

    /// <summary>The next typing indicators are answered with these faults (other sends are unaffected).</summary>
    public void EnqueueTypingFaults(params ChannelFault[] faults)
    {
        foreach (var fault in faults)
        {
            _typingFaults.Enqueue(fault);
        }
    }

    /// <summary>From now on sends (not typing indicators, not updates) get no answer, as from a channel that stopped
    /// responding, until <see cref="ReleaseSends"/>. A held send whose caller goes away (timeout, process killed) is dropped:
    /// it was never delivered, so it is not recorded.</summary>
    public void HoldSends() => Interlocked.CompareExchange(ref _hold, new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously), null);

    /// <summary>Held sends are answered (and recorded) as usual, and new ones are no longer held.</summary>
    public void ReleaseSends() => Interlocked.Exchange(ref _hold, null)?.TrySetResult();

    /// <summary>Waits until the recorded calls satisfy <paramref name="done"/>.</summary>
    public async Task<IReadOnlyList<ReceivedActivity>> WaitForAsync(Func<IReadOnlyList<ReceivedActivity>, bool> done, TimeSpan? timeout = null)
    {
        var deadline = DateTime.UtcNow + (timeout ?? TimeSpan.FromSeconds(30));
        while (true)
        {
            var snapshot = Received;
            if (done(snapshot))
            {
                return snapshot;
            }

            if (DateTime.UtcNow > deadline)
            {
                throw new TimeoutException($"The fake channel did not see what was expected; it has {snapshot.Count} activities: " +
                    string.Join(" | ", snapshot.Select(a => $"{a.Method} {a.Type} {a.Text}")));
            }

            await Task.Delay(20);
        }
    }

    /// <summary>Every violation of Teams' per-conversation limits seen, as text (empty when none).</summary>
    public IReadOnlyList<string> RateLimitViolations()
    {
        var violations = new List<string>();
        foreach (var (conversation, arrivals) in _arrivals)
        {
            DateTimeOffset[] times;
            lock (arrivals)
            {
                times = [.. arrivals.Order()];
            }

            foreach (var (limit, window) in TeamsLimits)
            {
                for (var i = limit; i < times.Length; i++)
                {
                    if (times[i] - times[i - limit] < window)
                    {
                        violations.Add($"{conversation}: {limit + 1} sends within {(times[i] - times[i - limit]).TotalMilliseconds:F0} ms (limit {limit}/{window.TotalSeconds} s)");
                        break;
                    }
                }
            }
        }

        return violations;
    }

    public ValueTask DisposeAsync()
    {
        ReleaseSends();
        return _app.DisposeAsync();
    }

    private void Map(WebApplication app, string prefix)
    {
        var group = app.MapGroup(prefix + "/v3/conversations");
        group.MapPost("/", async (HttpRequest request) =>
        {
            var body = await ReadAsync(request);
            var user = body?["members"]?[0]?["id"]?.GetValue<string>();
            if (user is null || body?["bot"]?["id"] is null)
            {
                return Results.Json(Error("BadArgument", "bot and members are required"), statusCode: 400);
            }

            // Teams needs the tenant to create a 1:1 conversation: channelData.tenant.id (or tenantId)
            // (https://learn.microsoft.com/microsoftteams/platform/bots/how-to/conversations/send-proactive-messages#create-the-conversation).
            if (body?["channelData"]?["tenant"]?["id"] is null && body?["tenantId"] is null)
            {
                return Results.Json(Error("BadArgument", "The tenant is required to create a conversation"), statusCode: 400);
            }

            // A 1:1 conversation is created with isGroup false (or absent) and one member
            // (https://learn.microsoft.com/microsoftteams/platform/bots/how-to/conversations/send-proactive-messages#create-the-conversation).
            if (body?["isGroup"]?.GetValueKind() == System.Text.Json.JsonValueKind.True && body["members"]!.AsArray().Count == 1)
            {
                return Results.Json(Error("BadArgument", "A 1:1 conversation has isGroup false"), statusCode: 400);
            }

            // The bot can message a user only where the app is installed for them
            // (https://learn.microsoft.com/microsoftteams/platform/graph-api/proactive-bots-and-messages/graph-proactive-bots-and-messages#proactive-app-installation-in-teams).
            var member = body?["members"]?[0]?["aadObjectId"]?.GetValue<string>() ?? user;
            if (_notInstalled.ContainsKey(member))
            {
                return Results.Json(Error("Forbidden", "The bot is not installed for this user"), statusCode: 403);
            }

            var id = _conversations.GetOrAdd(user, u => "a:" + Convert.ToHexString(System.Security.Cryptography.SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(u)))[..24]);
            _received.Enqueue(new ReceivedActivity("CREATE", id, null, null, body!, request.Headers.Authorization.ToString(), DateTimeOffset.UtcNow));
            return Results.Json(new JsonObject { ["id"] = id }, statusCode: 201);
        });
        group.MapPost("/{conversationId}/activities", (string conversationId, HttpRequest request) => AcceptAsync("POST", Uri.UnescapeDataString(conversationId), null, request));
        group.MapPost("/{conversationId}/activities/{replyToId}", (string conversationId, string replyToId, HttpRequest request) => AcceptAsync("REPLY", Uri.UnescapeDataString(conversationId), replyToId, request));
        group.MapPut("/{conversationId}/activities/{activityId}", (string conversationId, string activityId, HttpRequest request) => AcceptAsync("PUT", Uri.UnescapeDataString(conversationId), activityId, request));
        group.MapDelete("/{conversationId}/activities/{activityId}", (string conversationId, string activityId) =>
        {
            MessageDeleted(activityId);
            _received.Enqueue(new ReceivedActivity("DELETE", Uri.UnescapeDataString(conversationId), activityId, activityId, [], null, DateTimeOffset.UtcNow));
            return Results.Ok();
        });
        group.MapGet("/{conversationId}/members/{memberId}", (string conversationId, string memberId) =>
            Results.Json(new JsonObject { ["id"] = memberId, ["name"] = "Test User", ["aadObjectId"] = "00000000-0000-0000-0000-0000000000020" }));
    }

    private async Task<IResult> AcceptAsync(string method, string conversationId, string? target, HttpRequest request)
    {
        var now = DateTimeOffset.UtcNow;
        using var buffer = new MemoryStream();
        await request.Body.CopyToAsync(buffer);
        if (buffer.Length > MaxActivityBytes)
        {
            Interlocked.Increment(ref _tooLarge);
            return Results.Json(Error("MessageSizeTooBig", $"The activity is {buffer.Length} bytes; the limit is {MaxActivityBytes}."), statusCode: 413);
        }

        buffer.Position = 0;
        var body = await ReadAsync(buffer);
        if (body is null)
        {
            return Results.Json(Error("BadArgument", "The body is not an activity."), statusCode: 400);
        }

        var type = body["type"]?.GetValue<string>();
        if (type == "typing" && _typingFaults.TryDequeue(out var typingFault))
        {
            Interlocked.Increment(ref _faultsServed);
            return FaultResult(typingFault);
        }

        if (method == "PUT" && _refusedUpdates.TryGetValue(target!, out var refused))
        {
            Interlocked.Increment(ref _faultsServed);
            return FaultResult(refused);
        }

        if (method != "PUT" && type != "typing" && Volatile.Read(ref _hold) is { } hold)
        {
            Interlocked.Increment(ref _heldSends);
            try
            {
                await hold.Task.WaitAsync(request.HttpContext.RequestAborted);
            }
            catch (OperationCanceledException)
            {
                return Results.Empty;
            }
            finally
            {
                Interlocked.Decrement(ref _heldSends);
            }
        }

        if (method != "PUT" && type != "typing")
        {
            if (_faults.TryDequeue(out var fault))
            {
                Interlocked.Increment(ref _faultsServed);
                if (fault.RetryAfter is { } retryAfter)
                {
                    request.HttpContext.Response.Headers.RetryAfter = ((int)Math.Ceiling(retryAfter.TotalSeconds)).ToString(System.Globalization.CultureInfo.InvariantCulture);
                }

                return FaultResult(fault);
            }

            var arrivals = _arrivals.GetOrAdd(conversationId, _ => []);
            lock (arrivals)
            {
                if (EnforceRateLimits && TeamsLimits.Any(l => arrivals.Count(t => now - t < l.Window) >= l.Limit))
                {
                    request.HttpContext.Response.Headers.RetryAfter = "1";
                    return Results.Json(Error("TooManyRequests", "Rate limit exceeded"), statusCode: 429);
                }

                arrivals.Add(now);
            }
        }

        var id = method == "PUT" ? target! : "act-" + Interlocked.Increment(ref _nextId).ToString(System.Globalization.CultureInfo.InvariantCulture);
        _received.Enqueue(new ReceivedActivity(method, conversationId, method == "REPLY" ? target : null, id, body, request.Headers.Authorization.ToString(), now));
        return Results.Json(new JsonObject { ["id"] = id }, statusCode: method == "PUT" ? 200 : 201);
    }

    private static Task<JsonObject?> ReadAsync(HttpRequest request) => ReadAsync(request.Body);

    private static async Task<JsonObject?> ReadAsync(Stream body)
    {
        try
        {
            return await JsonNode.ParseAsync(body) as JsonObject;
        }
        catch (System.Text.Json.JsonException)
        {
            return null;
        }
    }

    /// <summary>A scripted fault in the body Teams documents for it (see <see cref="ChannelFault"/>).</summary>
    private static IResult FaultResult(ChannelFault fault) => fault.Body() is { } body
        ? Results.Content(body, "application/json; charset=utf-8", System.Text.Encoding.UTF8, fault.Status)
        : Results.StatusCode(fault.Status);

    private static JsonObject Error(string code, string message) => new() { ["error"] = new JsonObject { ["code"] = code, ["message"] = message } };
}
