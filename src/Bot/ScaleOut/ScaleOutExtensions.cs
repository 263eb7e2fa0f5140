using CoopAssistant.Claims.Storage;
using CoopAssistant.Protocol.Adapter;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.Extensions.Options;

namespace CoopAssistant.Bot.ScaleOut;

public static class ScaleOutExtensions
{
    /// <summary>What several hosts on one database share: the Data Protection key ring (in the database, one application
    /// name), the <see cref="ScaleOutOptions"/> that switch de-duplication and the tenant send budget to the database and,
    /// when they do, the adapter's shared de-duplication store and the clean-up of its expired rows.</summary>
    public static WebApplicationBuilder AddScaleOut(this WebApplicationBuilder builder, ClaimsDatabase database)
    {
        ArgumentNullException.ThrowIfNull(builder);
        ArgumentNullException.ThrowIfNull(database);
        var services = builder.Services;
        var configuration = builder.Configuration;
        services.AddOptions<ScaleOutOptions>().BindConfiguration(ScaleOutOptions.SectionName).ValidateDataAnnotations().ValidateOnStart();
        services.AddSingleton<PostgresTenantSendPacer>();
        var scaleOut = configuration.GetSection(ScaleOutOptions.SectionName).Get<ScaleOutOptions>() ?? new ScaleOutOptions();
        if (scaleOut.UsesDatabase(database.Provider))
        {
            services.AddSingleton<DatabaseActivityDeduplicationStore>();
            services.AddSingleton<IActivityDeduplicationStore>(sp => sp.GetRequiredService<DatabaseActivityDeduplicationStore>());
            services.AddHostedService<ProcessedActivityCleanup>();
        }

        // The key ring in the database (Microsoft.AspNetCore.DataProtection.EntityFrameworkCore): the same table and rows the
        // hand-written repository used before, so keys made before the change still read (sign-ins and package links hold).
        services.AddDbContext<DataProtectionKeysContext>(options => DataProtectionKeysContext.Configure(options, database));
        services.AddDataProtection().PersistKeysToDbContext<DataProtectionKeysContext>();
        services.AddDataProtectionCertificate(configuration); // encrypted at rest when DataProtection:CertificatePath is set
        services.AddOptions<DataProtectionOptions>()
            .Configure<IOptions<ScaleOutOptions>>((o, scaleOut) => o.ApplicationDiscriminator = scaleOut.Value.DataProtectionApplicationName);
        services.AddHostedService<DataProtectionKeyInitializer>();
        return builder;
    }
}
