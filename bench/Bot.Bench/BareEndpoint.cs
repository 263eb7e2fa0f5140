using System.Text;
using System.Text.Json;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;

namespace CoopAssistant.Bot.Bench;

/// <summary>
/// The physical limit on this machine: a bare minimal-API endpoint that only parses the activity and
/// posts one small card back to the Connector — no authentication, no routing, no storage.
/// </summary>
internal sealed class BareEndpoint : IAsyncDisposable
{
    private readonly WebApplication _app;

    private BareEndpoint(WebApplication app) => _app = app;

    public Uri MessagesUrl { get; private set; } = null!;

    public static async Task<BareEndpoint> StartAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Services.AddHttpClient("connector");
        var app = builder.Build();
        var http = app.Services.GetRequiredService<IHttpClientFactory>();
        app.MapPost("/api/messages", async (HttpContext context) =>
        {
            using var document = await JsonDocument.ParseAsync(context.Request.Body);
            var root = document.RootElement;
            var serviceUrl = root.GetProperty("serviceUrl").GetString()!;
            var conversation = root.GetProperty("conversation").GetProperty("id").GetString()!;
            var id = root.GetProperty("id").GetString()!;
            var card = "{\"type\":\"message\",\"attachments\":[{\"contentType\":\"application/vnd.microsoft.card.adaptive\",\"content\":{\"type\":\"AdaptiveCard\",\"version\":\"1.5\",\"body\":[{\"type\":\"TextBlock\",\"text\":\"Help\"}]}}]}";
            using var content = new StringContent(card, Encoding.UTF8, "application/json");
            using var response = await http.CreateClient("connector").PostAsync(
                new Uri($"{serviceUrl.TrimEnd('/')}/v3/conversations/{Uri.EscapeDataString(conversation)}/activities/{Uri.EscapeDataString(id)}"), content);
            return Results.StatusCode((int)response.StatusCode == 201 ? 200 : 500);
        });
        await app.StartAsync();
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        return new BareEndpoint(app) { MessagesUrl = new Uri(address.TrimEnd('/') + "/api/messages") };
    }

    public ValueTask DisposeAsync() => _app.DisposeAsync();
}
