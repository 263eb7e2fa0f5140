using System.ComponentModel.DataAnnotations;
using System.Globalization;
using System.Threading.RateLimiting;
using CoopAssistant.Bot.BrowserApi.Identity;
using Microsoft.AspNetCore.RateLimiting;

namespace CoopAssistant.Bot.BrowserApi;

/// <summary>Rate limits of the browser APIs (section <c>RateLimits</c>; see docs/configuration.md).</summary>
public sealed class ApiRateLimitOptions
{
    public const string SectionName = "RateLimits";

    /// <summary>Requests one user may make to <c>/api/addin/*</c> and <c>/api/tab/*</c> per minute.</summary>
    [Range(1, 100_000)]
    public int ApiRequestsPerUserPerMinute { get; set; } = 120;

    /// <summary>Requests all users of one tenant may make to those APIs per minute.</summary>
    [Range(1, 1_000_000)]
    public int ApiRequestsPerTenantPerMinute { get; set; } = 1_200;
}

/// <summary>
/// ASP.NET Core's rate-limiting middleware on the browser APIs: a fixed window per user (tenant + object id) and one per tenant. A refusal is 429 with <c>Retry-After</c> and a ProblemDetails body that says so.
/// </summary>
public static class ApiRateLimits
{
    public const string Policy = "browser-api";

    public static WebApplicationBuilder AddApiRateLimits(this WebApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.Services.AddOptions<ApiRateLimitOptions>().BindConfiguration(ApiRateLimitOptions.SectionName).ValidateDataAnnotations().ValidateOnStart();
        var limits = builder.Configuration.GetSection(ApiRateLimitOptions.SectionName).Get<ApiRateLimitOptions>() ?? new ApiRateLimitOptions();
        builder.Services.AddRateLimiter(options =>
        {
            options.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            // Per user on the API groups (RequireRateLimiting), and per tenant across them (the global limiter, browser APIs only).
            options.AddPolicy(Policy, http => RateLimitPartition.GetFixedWindowLimiter(
                Tenant(http) + "/" + User(http), _ => Window(limits.ApiRequestsPerUserPerMinute)));
            options.GlobalLimiter = PartitionedRateLimiter.Create<HttpContext, string>(http => IsBrowserApi(http)
                ? RateLimitPartition.GetFixedWindowLimiter(Tenant(http), _ => Window(limits.ApiRequestsPerTenantPerMinute))
                : RateLimitPartition.GetNoLimiter("other"));
            options.OnRejected = RejectAsync;
        });
        return builder;
    }

    private static async ValueTask RejectAsync(OnRejectedContext context, CancellationToken cancellationToken)
    {
        var retryAfter = context.Lease.TryGetMetadata(MetadataName.RetryAfter, out var wait) ? wait : TimeSpan.FromMinutes(1);
        var seconds = Math.Max(1, (int)Math.Ceiling(retryAfter.TotalSeconds));
        var http = context.HttpContext;
        http.Response.StatusCode = StatusCodes.Status429TooManyRequests;
        http.Response.Headers.RetryAfter = seconds.ToString(CultureInfo.InvariantCulture);
        await Results.Problem(
            statusCode: StatusCodes.Status429TooManyRequests,
            title: "Too many requests",
            detail: $"Too many requests from this user or tenant; try again in {seconds} seconds.").ExecuteAsync(http);
    }

    private static FixedWindowRateLimiterOptions Window(int permits) => new()
    {
        PermitLimit = permits,
        Window = TimeSpan.FromMinutes(1),
        QueueLimit = 0,
        AutoReplenishment = true,
    };

    private static string Tenant(HttpContext http) => http.User.FindFirst(ApiClaimTypes.TenantId)?.Value ?? "-";

    private static string User(HttpContext http) => http.User.FindFirst(ApiClaimTypes.ObjectId)?.Value ?? "-";

    private static bool IsBrowserApi(HttpContext http) =>
        http.Request.Path.StartsWithSegments("/api/addin", StringComparison.OrdinalIgnoreCase)
        || http.Request.Path.StartsWithSegments("/api/tab", StringComparison.OrdinalIgnoreCase);
}
