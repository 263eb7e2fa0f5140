using CoopAssistant.Claims.ScaleOut;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.DataProtection.KeyManagement;
using Microsoft.Extensions.Options;

namespace CoopAssistant.Bot.ScaleOut;

public static class ScaleOutExtensions
{
    /// <summary>What several hosts on one database share: the Data Protection key ring (in the database, one application
    /// name), the <see cref="ScaleOutOptions"/> that switch de-duplication and the tenant send budget to the database, and
    /// the clean-up of expired de-duplication rows.</summary>
    public static IServiceCollection AddScaleOut(this IServiceCollection services)
    {
        ArgumentNullException.ThrowIfNull(services);
        services.AddOptions<ScaleOutOptions>().BindConfiguration(ScaleOutOptions.SectionName);
        services.AddDataProtection();
        services.AddOptions<KeyManagementOptions>()
            .Configure<DatabaseXmlRepository>((o, repository) => o.XmlRepository = repository);
        services.AddOptions<DataProtectionOptions>()
            .Configure<IOptions<ScaleOutOptions>>((o, scaleOut) => o.ApplicationDiscriminator = scaleOut.Value.DataProtectionApplicationName);
        services.AddHostedService<DataProtectionKeyInitializer>();
        services.AddHostedService<ProcessedActivityCleanup>();
        return services;
    }
}
