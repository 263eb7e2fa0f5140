using System.Net;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using CoopAssistant.Protocol.Adapter;

namespace CoopAssistant.Protocol;

/// <summary>
/// Local mode's two guards, since nothing is authenticated there. On start (after Kestrel has bound): every address it actually
/// bound (<see cref="IServerAddressesFeature"/>, whatever configured it: <c>urls</c>, <c>Kestrel:Endpoints</c>, code) is
/// loopback, or the start fails. On every request, first in the pipeline: the remote address is loopback and the
/// <c>Host</c> header names this machine (a web page that rebinds its DNS name to 127.0.0.1 sends its own name), else 403 / 400.
/// </summary>
public sealed class LocalModeGuard(IServer server) : IStartupFilter, IHostedLifecycleService
{
    private static readonly string[] LoopbackHosts = ["localhost", "127.0.0.1", "[::1]"];

    public Action<IApplicationBuilder> Configure(Action<IApplicationBuilder> next) => app =>
    {
        app.Use(async (http, nextMiddleware) =>
        {
            if (Refusal(http) is { } refusal)
            {
                await ActivityWriter.WriteErrorAsync(http, refusal.Status, refusal.Message);
                return;
            }

            await nextMiddleware(http);
        });
        next(app);
    };

    /// <summary>Why a request is refused in local mode, or null. A connection without an IP (the in-memory test server) is local.</summary>
    public static ChannelChecks.Refusal? Refusal(HttpContext http)
    {
        ArgumentNullException.ThrowIfNull(http);
        if (http.Connection.RemoteIpAddress is { } remote && !IPAddress.IsLoopback(remote))
        {
            return new ChannelChecks.Refusal(StatusCodes.Status403Forbidden, "Local mode answers this machine only (loopback).");
        }

        var host = http.Request.Host.Host;
        if (!LoopbackHosts.Contains(host, StringComparer.OrdinalIgnoreCase))
        {
            return new ChannelChecks.Refusal(StatusCodes.Status400BadRequest, "Local mode answers requests for localhost only (Host header).");
        }

        return null;
    }

    /// <summary>Throws when the server listens on an address that is not loopback.</summary>
    public static void VerifyBound(IEnumerable<string> addresses)
    {
        ArgumentNullException.ThrowIfNull(addresses);
        var open = addresses.Where(a => !LocalMode.IsLoopback(a)).ToList();
        if (open.Count > 0)
        {
            throw new InvalidOperationException(
                $"Local mode (no MicrosoftAppId) listens on loopback only, but the server is bound to {string.Join(", ", open)}. " +
                "Remove that endpoint (urls, Kestrel:Endpoints) or configure the bot's identity.");
        }
    }

    public Task StartedAsync(CancellationToken cancellationToken)
    {
        VerifyBound(server.Features.Get<IServerAddressesFeature>()?.Addresses ?? []);
        return Task.CompletedTask;
    }

    public Task StartingAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StartAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StoppingAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StoppedAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
