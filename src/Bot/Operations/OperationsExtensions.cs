using CoopAssistant.Protocol.Adapter;
using Microsoft.AspNetCore.Diagnostics.HealthChecks;
using OpenTelemetry;
using OpenTelemetry.Metrics;
using OpenTelemetry.Resources;
using OpenTelemetry.Trace;

namespace CoopAssistant.Bot.Operations;

public static class OperationsExtensions
{
    /// <summary>How long a stopping host (SIGTERM, Ctrl+C) waits for its hosted services and open requests before it exits
    /// anyway. Set here rather than left to the framework default, because the bound is part of the host's contract: every
    /// hosted service stops within it, the scheduler included when its database is gone.</summary>
    public static readonly TimeSpan ShutdownTimeout = TimeSpan.FromSeconds(30);

    /// <summary>
    /// The shutdown bound (<see cref="ShutdownTimeout"/>), liveness and readiness checks, the bot's metrics, traces and logs, and
    /// OpenTelemetry with an OTLP exporter that is off unless an endpoint is configured (<c>OpenTelemetry:OtlpEndpoint</c> or
    /// <c>OTEL_EXPORTER_OTLP_ENDPOINT</c>, which the Azure Container Apps OpenTelemetry agent sets: infra/ forwards traces and
    /// logs to Application Insights).
    /// </summary>
    public static WebApplicationBuilder AddOperations(this WebApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.Services.Configure<HostOptions>(o => o.ShutdownTimeout = ShutdownTimeout);
        builder.Services.AddMetrics();
        builder.Services.AddSingleton<BotMetrics>();
        builder.Services.AddHealthChecks()
            .AddCheck<DatabaseHealthCheck>("database", tags: ["ready"])
            .AddCheck<SchedulerHealthCheck>("scheduler", tags: ["ready"]);

        var endpoint = builder.Configuration["OpenTelemetry:OtlpEndpoint"] ?? builder.Configuration["OTEL_EXPORTER_OTLP_ENDPOINT"];
        if (!string.IsNullOrWhiteSpace(endpoint))
        {
            builder.Services.AddOpenTelemetry()
                .ConfigureResource(r => r.AddService("CoopAssistant"))
                .WithTracing(t => t.AddSource(TurnTelemetry.Name).AddAspNetCoreInstrumentation().AddHttpClientInstrumentation())
                .WithMetrics(m => m.AddMeter(BotMetrics.Name, TurnTelemetry.Name).AddAspNetCoreInstrumentation().AddHttpClientInstrumentation())
                .WithLogging()
                .UseOtlpExporter(OpenTelemetry.Exporter.OtlpExportProtocol.Grpc, new Uri(endpoint));
        }

        return builder;
    }

    /// <summary><c>/healthz</c>: the process answers. <c>/readyz</c>: the database and the scheduler work.</summary>
    public static WebApplication MapOperations(this WebApplication app)
    {
        ArgumentNullException.ThrowIfNull(app);
        app.MapHealthChecks("/healthz", new HealthCheckOptions { Predicate = _ => false });
        app.MapHealthChecks("/readyz", new HealthCheckOptions { Predicate = check => check.Tags.Contains("ready") });
        return app;
    }
}
