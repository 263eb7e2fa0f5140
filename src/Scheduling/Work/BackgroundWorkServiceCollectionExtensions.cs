using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;

namespace CoopAssistant.Scheduling.Work;

public static class BackgroundWorkServiceCollectionExtensions
{
    /// <summary>
    /// The background work queue (<see cref="IBackgroundWorkQueue"/>) and this host's runner (<see cref="BackgroundWorkRunner"/>, a
    /// hosted service), on the claims database's <c>BackgroundWork</c> table; settings in <see cref="BackgroundWorkOptions"/>. Needs
    /// <c>AddClaims</c>. Handlers are added with <see cref="AddBackgroundWorkHandler{THandler}"/>.
    /// </summary>
    public static IServiceCollection AddBackgroundWork(this IServiceCollection services)
    {
        ArgumentNullException.ThrowIfNull(services);
        services.AddOptions<BackgroundWorkOptions>().BindConfiguration(BackgroundWorkOptions.SectionName).ValidateDataAnnotations().ValidateOnStart();
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton<BackgroundWorkSignal>();
        services.TryAddSingleton<IBackgroundWorkQueue, BackgroundWorkQueue>();
        services.TryAddSingleton<BackgroundWorkRunner>();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IHostedService, BackgroundWorkRunner>(sp => sp.GetRequiredService<BackgroundWorkRunner>()));
        return services;
    }

    /// <summary>Adds a handler (a singleton) for its kind of background work.</summary>
    public static IServiceCollection AddBackgroundWorkHandler<THandler>(this IServiceCollection services)
        where THandler : class, IBackgroundWorkHandler
    {
        ArgumentNullException.ThrowIfNull(services);
        services.TryAddSingleton<THandler>();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IBackgroundWorkHandler, THandler>(sp => sp.GetRequiredService<THandler>()));
        return services;
    }
}
