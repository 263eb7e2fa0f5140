using System.Collections.Concurrent;
using System.Runtime.CompilerServices;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;

namespace CoopAssistant.Bot.Bench;

/// <summary>The fastest Connector that still speaks its routes: reads the body, answers 201 with an id, counts.</summary>
internal sealed class StandInConnector : IAsyncDisposable
{
    private readonly WebApplication _app;
    private readonly ConcurrentDictionary<string, StrongBox<long>> _byEndpoint = new(StringComparer.Ordinal);
    private long _received;

    private StandInConnector(WebApplication app) => _app = app;

    public string ServiceUrl { get; private set; } = null!;

    public long Received => Interlocked.Read(ref _received);

    /// <summary>The service URL to give endpoint <paramref name="name"/>: replies posted under it are also counted for it.</summary>
    public string ServiceUrlFor(string name) => ServiceUrl.Replace("/amer/", $"/{name}/amer/", StringComparison.Ordinal);

    /// <summary>Replies posted under <see cref="ServiceUrlFor"/>(<paramref name="name"/>).</summary>
    public long ReceivedFor(string name) => _byEndpoint.TryGetValue(name, out var count) ? Interlocked.Read(ref count.Value) : 0;

    public static async Task<StandInConnector> StartAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        var app = builder.Build();
        var connector = new StandInConnector(app);
        var reply = "{\"id\":\"1\"}"u8.ToArray();
        async Task Accept(HttpContext http)
        {
            await http.Request.Body.CopyToAsync(Stream.Null);
            Interlocked.Increment(ref connector._received);
            if (http.Request.RouteValues["endpoint"] is string name)
            {
                Interlocked.Increment(ref connector._byEndpoint.GetOrAdd(name, _ => new StrongBox<long>()).Value);
            }
            http.Response.StatusCode = 201;
            http.Response.ContentType = "application/json";
            await http.Response.Body.WriteAsync(reply);
        }

        app.MapPost("/amer/v3/conversations/{id}/activities", Accept);
        app.MapPost("/amer/v3/conversations/{id}/activities/{replyTo}", Accept);
        app.MapPost("/{endpoint}/amer/v3/conversations/{id}/activities", Accept);
        app.MapPost("/{endpoint}/amer/v3/conversations/{id}/activities/{replyTo}", Accept);
        await app.StartAsync();
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        connector.ServiceUrl = address.TrimEnd('/') + "/amer/";
        return connector;
    }

    /// <summary>Waits until <paramref name="expected"/> replies arrived since <paramref name="since"/> (or the timeout); returns how many did.</summary>
    public async Task<long> WaitForRepliesAsync(long since, long expected, TimeSpan timeout)
    {
        var until = DateTime.UtcNow + timeout;
        while (Received - since < expected && DateTime.UtcNow < until)
        {
            await Task.Delay(50);
        }

        return Received - since;
    }

    /// <summary>Waits until <paramref name="expected"/> replies arrived for endpoint <paramref name="name"/> (or the timeout); returns how many did.</summary>
    public async Task<long> WaitForRepliesAsync(string name, long expected, TimeSpan timeout)
    {
        var until = DateTime.UtcNow + timeout;
        while (ReceivedFor(name) < expected && DateTime.UtcNow < until)
        {
            await Task.Delay(50);
        }

        return ReceivedFor(name);
    }

    public ValueTask DisposeAsync() => _app.DisposeAsync();
}
