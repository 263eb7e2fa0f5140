using CoopAssistant.Claims.Access;
using CoopAssistant.Claims.Conversations;
using CoopAssistant.Claims.Reminders;
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
    /// <see cref="IConversationReferenceStore"/>, <see cref="IConversationStateStore"/>, <see cref="IReminderStore"/>,
    /// <see cref="ClaimsDatabase"/>, <see cref="TimeProvider"/> (System, if none) and a hosted service that migrates the
    /// database before every other hosted service starts.</summary>
    public static IServiceCollection AddClaims(this IServiceCollection services, IConfiguration configuration, string contentRootPath)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(configuration);
        ArgumentException.ThrowIfNullOrWhiteSpace(contentRootPath);

        services.TryAddSingleton(TimeProvider.System);
        services.AddOptions<ClaimsOptions>().Bind(configuration.GetSection(ClaimsOptions.SectionName));
        services.AddOptions<StorageOptions>().Bind(configuration.GetSection(StorageOptions.SectionName));
        services.TryAddSingleton(_ => ClaimsDatabase.FromConfiguration(configuration, contentRootPath));
        services.TryAddSingleton<ClaimUnitOfWork>();
        services.TryAddSingleton<IClaimService, ClaimService>();
        services.TryAddSingleton<Funds.IFundService, Funds.FundService>();
        services.TryAddSingleton<IClaimsRoleResolver, ClaimsRoleResolver>();
        services.TryAddSingleton<IConversationReferenceStore, ConversationReferenceStore>();
        services.TryAddSingleton<IConversationStateStore, ConversationStateStore>();
        services.TryAddSingleton<IReminderStore, ReminderStore>();
        services.TryAddSingleton<Work.IBackgroundWorkStore, Work.BackgroundWorkStore>();
        services.TryAddSingleton<Feedback.IAnswerFeedbackStore, Feedback.AnswerFeedbackStore>();
        services.TryAddSingleton<IClaimMaintenance, ClaimMaintenance>();
        services.TryAddSingleton<IEvidenceSourceStore, EvidenceSourceStore>();
        services.TryAddSingleton<ScaleOut.IProcessedActivityStore, ScaleOut.ProcessedActivityStore>();
        services.TryAddSingleton<ScaleOut.PostgresTenantSendPacer>();
        services.TryAddSingleton<ScaleOut.DatabaseXmlRepository>();

        if (!services.Any(d => d.ServiceType == typeof(IHostedService) && d.ImplementationType == typeof(ClaimsStorageInitializer)))
        {
            // First in the list, and its work happens in StartingAsync: the schema exists before anything else starts.
            services.Insert(0, ServiceDescriptor.Singleton<IHostedService, ClaimsStorageInitializer>());
        }

        services.TryAddSingleton<SqliteCheckpointer>();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IHostedService, SqliteCheckpointer>(sp => sp.GetRequiredService<SqliteCheckpointer>()));

        return services;
    }
}
