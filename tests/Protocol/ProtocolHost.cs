using System.Globalization;
using CoopAssistant.Protocol.Adapter;
using CoopAssistant.Protocol.Schema;
using CoopAssistant.TestKit.Channel;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace CoopAssistant.Protocol.Tests;

/// <summary>
/// The protocol layer alone on Kestrel (loopback, random port, local mode): <c>AddBotProtocol</c>, <c>MapBotEndpoint</c> and the
/// three things an app must give it, here the smallest that do (an en-US culture, no passing failures, an echo handler).
/// </summary>
public sealed class ProtocolHost : IAsyncDisposable
{
    private readonly WebApplication _app;

    private ProtocolHost(WebApplication app) => _app = app;

    public IServiceProvider Services => _app.Services;

    public static async Task<ProtocolHost> StartAsync()
    {
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions { EnvironmentName = Environments.Development });
        builder.Logging.ClearProviders();
        builder.WebHost.UseSetting(WebHostDefaults.ServerUrlsKey, "http://127.0.0.1:0");
        builder.AddBotProtocol();
        builder.Services.AddSingleton<ICultureResolver, EnglishOnly>();
        builder.Services.AddSingleton<ITurnFailurePolicy, NoPassingFailures>();
        builder.Services.AddSingleton<IActivityHandler, Echo>();
        var app = builder.Build();
        app.MapBotEndpoint();
        await app.StartAsync();
        return new ProtocolHost(app);
    }

    public async ValueTask DisposeAsync()
    {
        using var stop = new CancellationTokenSource(TimeSpan.FromSeconds(10));
        await _app.StopAsync(stop.Token);
        await _app.DisposeAsync();
    }

    private sealed class EnglishOnly : ICultureResolver
    {
        public CultureInfo Resolve(Activity activity) => CultureInfo.GetCultureInfo("en-US");
    }

    private sealed class NoPassingFailures : ITurnFailurePolicy
    {
        public TurnFailure? Recognize(Exception exception) => null;

        public Task NotifyAsync(TurnContext turn, TurnFailure failure) => Task.CompletedTask;

        public InvokeResponse CardActionFailed(TurnContext turn, TurnFailure? failure) => new(200);
    }

    private sealed class Echo : IActivityHandler
    {
        public string ActivityType => ActivityTypes.Message;

        public async Task<InvokeResponse?> HandleAsync(TurnContext turn)
        {
            await turn.SendAsync(new Activity { Text = turn.Activity.Text });
            return null;
        }
    }
}

/// <summary>A fresh fake channel and a protocol host for every test of the deriving class.</summary>
public abstract class ChannelAndProtocolHost : IAsyncLifetime
{
    protected FakeTeamsChannel Channel { get; private set; } = null!;

    protected ProtocolHost Host { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        Channel = await FakeTeamsChannel.StartAsync();
        Host = await ProtocolHost.StartAsync();
    }

    public async Task DisposeAsync()
    {
        await Host.DisposeAsync();
        await Channel.DisposeAsync();
    }
}
