using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;

namespace CoopAssistant.Bot.Bench;

/// <summary>The fastest Connector that still speaks its routes: reads the body, answers 201 with an id, counts.</summary>
internal sealed class StandInConnector : IAsyncDisposable
{
    private readonly WebApplication _app;
    private long _received;

    private StandInConnector(WebApplication app) => _app = app;

    public string ServiceUrl { get; private set; } = null!;

    public long Received => Interlocked.Read(ref _received);

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
            http.Response.StatusCode = 201;
            http.Response.ContentType = "application/json";
            await http.Response.Body.WriteAsync(reply);
        }

        app.MapPost("/amer/v3/conversations/{id}/activities", Accept);
        app.MapPost("/amer/v3/conversations/{id}/activities/{replyTo}", Accept);
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

    public ValueTask DisposeAsync() => _app.DisposeAsync();
}
