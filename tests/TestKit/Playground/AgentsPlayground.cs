using System.Collections.Concurrent;
using System.Diagnostics;
using System.Net.Http.Json;
using System.Net.WebSockets;
using System.Text;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;

namespace CoopAssistant.TestKit.Playground;

/// <summary>
/// The Microsoft 365 Agents Playground (npm <c>@microsoft/m365agentsplayground</c>) as a real Teams-like
/// client, driven through its own HTTP interface and websocket (FACTS F) without a browser.
/// </summary>
public sealed partial class AgentsPlayground : IAsyncDisposable
{
    private readonly Process _process;
    private readonly HttpClient _http;
    private readonly ClientWebSocket _socket = new();
    private readonly ConcurrentQueue<JsonObject> _botMessages = new();
    private readonly StringBuilder _output = new();
    private readonly CancellationTokenSource _stop = new();
    private Task? _reader;

    private AgentsPlayground(Process process, int port)
    {
        _process = process;
        Port = port;
        _http = new HttpClient { BaseAddress = new Uri($"http://127.0.0.1:{port}/"), Timeout = TimeSpan.FromSeconds(60) };
    }

    public int Port { get; }

    public string PersonalConversationId { get; private set; } = null!;

    public string UserId { get; private set; } = null!;

    /// <summary>The bot's account in the Playground (the <c>recipient</c> of every activity; what an @mention names).</summary>
    public string BotId { get; private set; } = null!;

    public string BotName { get; private set; } = null!;

    /// <summary>The Playground's group chat (its config's <c>groupChats[0]</c>).</summary>
    public string GroupChatId { get; private set; } = null!;

    /// <summary>The team's channels by name ("General", "Announcements").</summary>
    public IReadOnlyDictionary<string, string> Channels { get; private set; } = new Dictionary<string, string>();

    /// <summary>Everything the bot sent into the chat so far (the websocket's createMessage events).</summary>
    public IReadOnlyList<JsonObject> BotMessages => _botMessages.ToArray();

    public string Output
    {
        get
        {
            lock (_output)
            {
                return _output.ToString();
            }
        }
    }

    /// <summary>Starts the Playground against a bot endpoint and waits until it listens and its chat stream is open.</summary>
    public static async Task<AgentsPlayground> StartAsync(string nodeModules, Uri botEndpoint, TimeSpan? timeout = null)
    {
        var port = LoopbackPorts.Free();
        var cli = Path.Combine(nodeModules, "@microsoft", "m365agentsplayground", "cli.js");
        if (!File.Exists(cli))
        {
            throw new InvalidOperationException($"The Agents Playground is not installed at {cli}: run npm ci in tests/node.");
        }

        var start = new ProcessStartInfo("node")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            WorkingDirectory = Path.GetDirectoryName(nodeModules)!,
        };
        foreach (var argument in new[] { cli, "-e", botEndpoint.ToString(), "-c", "msteams", "-p", port.ToString(System.Globalization.CultureInfo.InvariantCulture), "--service-url", $"http://127.0.0.1:{port}/_connector", "--disable-telemetry" })
        {
            start.ArgumentList.Add(argument);
        }

        start.Environment["APPLICATION_INSIGHTS_NO_STATSBEAT"] = "true";
        start.Environment["TEAMSAPPTESTER_BROWSER"] = "none";
        start.Environment["BROWSER"] = "none";
        var process = Process.Start(start) ?? throw new InvalidOperationException("node did not start");
        var playground = new AgentsPlayground(process, port);
        var listening = new TaskCompletionSource<int>(TaskCreationOptions.RunContinuationsAsynchronously);
        void OnLine(object? _, DataReceivedEventArgs e)
        {
            if (e.Data is null)
            {
                return;
            }

            lock (playground._output)
            {
                playground._output.AppendLine(e.Data);
            }

            if (ListeningLine().Match(e.Data) is { Success: true } match)
            {
                listening.TrySetResult(int.Parse(match.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture));
            }
        }

        process.OutputDataReceived += OnLine;
        process.ErrorDataReceived += OnLine;
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();

        var actualPort = await listening.Task.WaitAsync(timeout ?? TimeSpan.FromSeconds(60));
        if (actualPort != port)
        {
            await playground.DisposeAsync();
            throw new InvalidOperationException($"The Playground picked port {actualPort} instead of {port} (busy port).");
        }

        await playground.ConnectAsync();
        return playground;
    }

    /// <summary>Sends the install events (installationUpdate + conversationUpdate) the way Teams does on install.</summary>
    public async Task InstallAsync()
    {
        using var response = await _http.PostAsync(new Uri($"_debug/conversation/{Uri.EscapeDataString(PersonalConversationId)}/installation", UriKind.Relative), JsonContent.Create(new JsonObject()));
        response.EnsureSuccessStatusCode();
    }

    /// <summary>The user types a message in the personal chat.</summary>
    public async Task SendTextAsync(string text)
    {
        var body = new JsonObject { ["from"] = new JsonObject { ["id"] = UserId }, ["text"] = text, ["textFormat"] = "plain" };
        using var response = await _http.PostAsync(new Uri($"_conversation/v1/conversations/{Uri.EscapeDataString(PersonalConversationId)}/messages", UriKind.Relative), JsonContent.Create(body));
        response.EnsureSuccessStatusCode();
    }

    /// <summary>The user writes in a group chat or channel, @mentioning the bot or not (the Playground's <c>mentions</c>, which it turns
    /// into the activity's <c>mention</c> entities).</summary>
    public async Task SendTextAsync(string conversationId, string text, bool mentionBot)
    {
        var at = $"<at>{BotName}</at>";
        var body = new JsonObject { ["from"] = new JsonObject { ["id"] = UserId }, ["text"] = mentionBot ? at + " " + text : text, ["textFormat"] = "plain" };
        if (mentionBot)
        {
            body["mentions"] = new JsonArray(new JsonObject { ["mentioned"] = new JsonObject { ["id"] = BotId }, ["text"] = at });
        }

        using var response = await _http.PostAsync(new Uri($"_conversation/v1/conversations/{Uri.EscapeDataString(conversationId)}/messages", UriKind.Relative), JsonContent.Create(body));
        response.EnsureSuccessStatusCode();
    }

    /// <summary>The user runs a message extension search command from the compose box of <paramref name="conversationId"/>
    /// (<c>composeExtension/query</c>); returns the Playground's answer (<c>{composeExtension}</c>).</summary>
    public async Task<JsonNode?> SearchAsync(string conversationId, string commandId, string query)
    {
        var body = new JsonObject
        {
            ["name"] = "composeExtension/query",
            ["conversation"] = new JsonObject { ["id"] = conversationId },
            ["from"] = new JsonObject { ["id"] = UserId },
            ["value"] = new JsonObject
            {
                ["commandId"] = commandId,
                ["parameters"] = new JsonArray(new JsonObject { ["name"] = "query", ["value"] = query }),
                ["queryOptions"] = new JsonObject { ["skip"] = 0, ["count"] = 25 },
            },
        };
        using var response = await _http.PostAsync(new Uri("_conversation/v1/invoke", UriKind.Relative), JsonContent.Create(body));
        var text = await response.Content.ReadAsStringAsync();
        Ensure(response.IsSuccessStatusCode, $"composeExtension/query: {(int)response.StatusCode} {text}");
        return string.IsNullOrWhiteSpace(text) ? null : JsonNode.Parse(text);
    }

    /// <summary>The conversation a bot message was shown in (the websocket's <c>actionConversationId</c>; for a channel, the channel).</summary>
    public static string? ConversationOf(JsonObject botMessage) => botMessage[ConversationProperty]?.GetValue<string>();

    /// <summary>The user clicks an Action.Execute button; returns the bot's invoke response body.</summary>
    public async Task<JsonNode?> ExecuteAsync(string replyToId, string verb, JsonObject data)
    {
        var body = new JsonObject
        {
            ["name"] = "adaptiveCard/action",
            ["conversation"] = new JsonObject { ["id"] = PersonalConversationId },
            ["from"] = new JsonObject { ["id"] = UserId },
            ["replyToId"] = replyToId,
            ["value"] = new JsonObject { ["action"] = new JsonObject { ["type"] = "Action.Execute", ["verb"] = verb, ["data"] = data } },
        };
        using var response = await _http.PostAsync(new Uri("_conversation/v1/invoke", UriKind.Relative), JsonContent.Create(body));
        var text = await response.Content.ReadAsStringAsync();
        response.EnsureSuccessStatusCode();
        return string.IsNullOrWhiteSpace(text) ? null : JsonNode.Parse(text);
    }

    /// <summary>The user clicks an Action.Submit button (a message with a value).</summary>
    public async Task SubmitAsync(string replyToId, JsonObject value)
    {
        var body = new JsonObject
        {
            ["conversation"] = new JsonObject { ["id"] = PersonalConversationId },
            ["from"] = new JsonObject { ["id"] = UserId },
            ["replyToId"] = replyToId,
            ["value"] = value,
        };
        using var response = await _http.PostAsync(new Uri("_conversation/v1/submit", UriKind.Relative), JsonContent.Create(body));
        response.EnsureSuccessStatusCode();
    }

    /// <summary>Waits for a bot message matching the condition (cards included).</summary>
    public async Task<JsonObject> WaitForBotMessageAsync(Func<JsonObject, bool> match, TimeSpan? timeout = null)
    {
        var deadline = DateTime.UtcNow + (timeout ?? TimeSpan.FromSeconds(30));
        while (DateTime.UtcNow < deadline)
        {
            if (_botMessages.FirstOrDefault(match) is { } found)
            {
                return found;
            }

            await Task.Delay(50);
        }

        throw new TimeoutException("The Playground did not show the expected bot message. Seen: " +
            string.Join(" || ", _botMessages.Select(m => m.ToJsonString()[..Math.Min(300, m.ToJsonString().Length)])) + "\nPlayground output:\n" + Output);
    }

    public async ValueTask DisposeAsync()
    {
        await _stop.CancelAsync();
        try
        {
            if (!_process.HasExited)
            {
                _process.Kill(entireProcessTree: true);
                await _process.WaitForExitAsync().WaitAsync(TimeSpan.FromSeconds(10));
            }
        }
        catch (InvalidOperationException)
        {
        }
        catch (TimeoutException)
        {
        }

        if (_reader is not null)
        {
            try
            {
                await _reader.WaitAsync(TimeSpan.FromSeconds(5));
            }
            catch (Exception exception) when (exception is OperationCanceledException or WebSocketException or TimeoutException)
            {
            }
        }

        _socket.Dispose();
        _http.Dispose();
        _process.Dispose();
        _stop.Dispose();
    }

    private async Task ConnectAsync()
    {
        var config = await _http.GetFromJsonAsync<JsonObject>(new Uri("_internal/v1/config", UriKind.Relative)) ?? throw new InvalidOperationException("no config");
        PersonalConversationId = config["config"]!["personalChat"]!["id"]!.GetValue<string>();
        UserId = config["config"]!["currentUser"]!["id"]!.GetValue<string>();
        BotId = config["config"]!["bot"]!["id"]!.GetValue<string>();
        BotName = config["config"]!["bot"]!["name"]!.GetValue<string>();
        GroupChatId = config["config"]!["groupChats"]![0]!["id"]!.GetValue<string>();
        Channels = config["config"]!["teams"]![0]!["channels"]!.AsArray().ToDictionary(c => c!["name"]!.GetValue<string>(), c => c!["id"]!.GetValue<string>());
        await _socket.ConnectAsync(new Uri($"ws://127.0.0.1:{Port}/_ws_conversation/v1/conversations/stream"), _stop.Token);
        _reader = Task.Run(ReadAsync);
    }

    private async Task ReadAsync()
    {
        var buffer = new byte[64 * 1024];
        using var message = new MemoryStream();
        while (!_stop.IsCancellationRequested && _socket.State == WebSocketState.Open)
        {
            var result = await _socket.ReceiveAsync(buffer, _stop.Token);
            if (result.MessageType == WebSocketMessageType.Close)
            {
                return;
            }

            message.Write(buffer, 0, result.Count);
            if (!result.EndOfMessage)
            {
                continue;
            }

            var text = Encoding.UTF8.GetString(message.ToArray());
            message.SetLength(0);
            try
            {
                if (JsonNode.Parse(text) is JsonObject envelope && envelope["message"] is JsonObject posted)
                {
                    posted[ConversationProperty] = envelope["actionConversationId"]?.DeepClone();
                    _botMessages.Enqueue(posted);
                }
            }
            catch (System.Text.Json.JsonException)
            {
            }
        }
    }

    /// <summary>Where <see cref="ReadAsync"/> keeps the envelope's conversation on each message.</summary>
    private const string ConversationProperty = "coopConversationId";

    private static void Ensure(bool condition, string message)
    {
        if (!condition)
        {
            throw new InvalidOperationException(message);
        }
    }

    [GeneratedRegex(@"Listening on (\d+)")]
    private static partial Regex ListeningLine();
}
