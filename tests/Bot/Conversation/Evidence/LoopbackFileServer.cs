using System.Collections.Concurrent;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace CoopAssistant.Bot.Tests.Conversation.Evidence;

/// <summary>Serves files at <c>/files/{key}</c> on loopback, standing in for the chat's download URLs.</summary>
public sealed class LoopbackFileServer : IAsyncDisposable
{
    private readonly ConcurrentDictionary<string, byte[]> _files = new(StringComparer.Ordinal);
    private WebApplication _app = null!;

    public Uri BaseAddress { get; private set; } = null!;

    public static async Task<LoopbackFileServer> StartAsync()
    {
        var server = new LoopbackFileServer();
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        var app = builder.Build();
        app.MapGet("/files/{key}", (string key) => server._files.TryGetValue(key, out var bytes)
            ? Results.Bytes(bytes, "application/octet-stream")
            : Results.NotFound());
        await app.StartAsync();
        server._app = app;
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        server.BaseAddress = new Uri(address.TrimEnd('/') + "/");
        return server;
    }

    /// <summary>Publishes <paramref name="bytes"/> and returns its download URL.</summary>
    public Uri Add(byte[] bytes)
    {
        var key = Guid.NewGuid().ToString("N");
        _files[key] = bytes;
        return new Uri(BaseAddress, "files/" + key);
    }

    public ValueTask DisposeAsync() => _app.DisposeAsync();
}
