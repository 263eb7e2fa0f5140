using CoopAssistant.Claims.Access;
using CoopAssistant.Claims.Conversations;
using CoopAssistant.Claims.Services;
using CoopAssistant.Claims.Storage;
using CoopAssistant.Claims.Validation;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;

namespace CoopAssistant.Claims;

public static class ClaimsServiceCollectionExtensions
{
    /// <summary>Registers the claims domain: <see cref="IClaimService"/>, <see cref="IClaimsRoleResolver"/>,
    /// <see cref="IConversationReferenceStore"/>, <see cref="IConversationStateStore"/>,
    /// <see cref="ClaimsDatabase"/> (from configuration, unless one is registered), <see cref="TimeProvider"/> (System, if none)
    /// and a hosted service that migrates the database in <c>StartingAsync</c> (add Claims before other hosted services that use
    /// the database).</summary>
    public static IServiceCollection AddClaims(this IServiceCollection services, IConfiguration configuration, string contentRootPath)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(configuration);
        ArgumentException.ThrowIfNullOrWhiteSpace(contentRootPath);

        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton(configuration); // what BindConfiguration reads (a host has registered it already)
        services.AddOptions<ClaimsOptions>().BindConfiguration(ClaimsOptions.SectionName).ValidateDataAnnotations().ValidateOnStart();
        EvidenceFileOptions.Register(services);
        services.AddOptions<Rules.ClaimClockOptions>().BindConfiguration(Rules.ClaimClockOptions.SectionName).ValidateDataAnnotations().ValidateOnStart();
        services.TryAddSingleton<Rules.ClaimClock>();
        services.AddOptions<StorageOptions>().BindConfiguration(StorageOptions.SectionName).ValidateDataAnnotations().ValidateOnStart();
        services.TryAddSingleton(_ => ClaimsDatabase.FromConfiguration(configuration, contentRootPath));
        Limits.UsageLimits.Register(services);
        services.TryAddSingleton<ClaimUnitOfWork>();
        services.TryAddSingleton<IClaimService, ClaimService>();
        services.AddOptions<ClaimConflictRetryOptions>().BindConfiguration(ClaimConflictRetryOptions.SectionName).ValidateDataAnnotations().ValidateOnStart();
        services.TryAddSingleton<ClaimConflictRetry>();
        services.TryAddSingleton<Funds.IFundService, Funds.FundService>();
        services.TryAddSingleton<IClaimsRoleResolver, ClaimsRoleResolver>();
        services.TryAddSingleton<IConversationReferenceStore, ConversationReferenceStore>();
        services.TryAddSingleton<IConversationStateStore, ConversationStateStore>();
        services.TryAddSingleton<IDigestChannelStore, DigestChannelStore>();
        services.TryAddSingleton<Colleagues.IColleagueRequestStore, Colleagues.ColleagueRequestStore>();
        services.TryAddSingleton<Work.IBackgroundWorkStore, Work.BackgroundWorkStore>();
        services.TryAddSingleton<Feedback.IAnswerFeedbackStore, Feedback.AnswerFeedbackStore>();
        services.TryAddSingleton<IClaimMaintenance, ClaimMaintenance>();
        services.TryAddSingleton<IEvidenceSourceStore, EvidenceSourceStore>();
        services.TryAddSingleton<Findings.IClaimReviewStore, Findings.ClaimReviewStore>();
        services.TryAddSingleton<Partner.IPartnerIdentityService, Partner.PartnerIdentityService>();

        // Its work happens in StartingAsync, before any hosted service's StartAsync; among the lifecycle services that use the
        // database in StartingAsync it must come first, so the composition root adds Claims before them.
        services.AddHostedService<ClaimsStorageInitializer>();

        services.TryAddSingleton<SqliteCheckpointer>();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IHostedService, SqliteCheckpointer>(sp => sp.GetRequiredService<SqliteCheckpointer>()));

        return services;
    }

    /// <summary>The host's way in: builds the one <see cref="ClaimsDatabase"/> from configuration (<c>ConnectionStrings:CoopAssistant</c>,
    /// <c>Storage</c>; a relative SQLite path under the content root), registers it and the claims domain, and returns it for the
    /// modules that need it while the host is composed (Quartz's store, the scale-out switches).</summary>
    public static ClaimsDatabase AddClaims(this IHostApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        var database = ClaimsDatabase.FromConfiguration(builder.Configuration, builder.Environment.ContentRootPath);
        builder.Services.AddSingleton(database);
        builder.Services.AddClaims(builder.Configuration, builder.Environment.ContentRootPath);
        return database;
    }
}
