using CoopAssistant.Claims.Services;
using CoopAssistant.Claims.Storage;
using CoopAssistant.Scheduling.Dispatch;
using CoopAssistant.Scheduling.Jobs;
using CoopAssistant.Scheduling.Planning;
using CoopAssistant.Scheduling.Schema;
using CoopAssistant.Scheduling.Storage;
using CoopAssistant.Scheduling.Work;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;
using Quartz;
using Quartz.Extensibility;

namespace CoopAssistant.Scheduling;

public static class SchedulingServiceCollectionExtensions
{
    /// <summary>Reminder planning (an <see cref="IClaimChangeObserver"/>), the dispatcher and Quartz (hosted, persistent
    /// clustered ADO.NET store on the claims database: SQLite or PostgreSQL; <c>Quartz</c> section for Quartz properties,
    /// <c>Reminders</c> for <see cref="ReminderOptions"/>), on the <paramref name="database"/> the host built once. Needs
    /// <c>AddClaims</c> and an <see cref="IReminderSender"/>.</summary>
    public static IHostApplicationBuilder AddScheduling(this IHostApplicationBuilder builder, ClaimsDatabase database)
    {
        ArgumentNullException.ThrowIfNull(builder);
        ArgumentNullException.ThrowIfNull(database);
        var services = builder.Services;
        var configuration = builder.Configuration;
        AddReminderCore(services);
        services.AddBackgroundWork();

        // Quartz's triggers are built now, before the container exists: the two schedule settings are read here too.
        var options = configuration.GetSection(ReminderOptions.SectionName).Get<ReminderOptions>() ?? new ReminderOptions();
        services.AddSingleton<IHostedService, SchedulingStorageInitializer>();
        services.TryAddSingleton<IDispatchTrigger, QuartzDispatchTrigger>();
        services.AddQuartz(configuration.GetSection("Quartz"), q =>
        {
            q.UsePersistentStore(store =>
            {
                if (database.Provider == StorageProvider.PostgreSQL)
                {
                    // Clustered: several hosts share the store and each trigger fires once (Quartz refuses clustering on SQLite,
                    // a single-host file; the reminder rows' leases keep overlapping runs apart either way).
                    store.UseClustering(c =>
                    {
                        c.CheckinInterval = TimeSpan.FromSeconds(7);
                        c.CheckinMisfireThreshold = TimeSpan.FromSeconds(20);
                    });
                    store.UsePostgres(database.ConnectionString);
                }
                else
                {
                    store.UseSqlite(database.ConnectionString);
                }

                store.UseSystemTextJsonSerializer(_ => { });
                store.ConfigureStore(s => s.SchemaProvisioning = SchemaProvisioning.Validate);
            });
            // On stop a running job is asked to stop (its token is cancelled) and then waited for, within the host's shutdown
            // timeout: a reminder being sent keeps its lease and is sent again, by any host, once the lease expires.
            q.ConfigureScheduler(s => s.ShutdownJobInterruption = ShutdownJobInterruption.WhenWaitingForJobs);
            q.AddJob<DispatchRemindersJob>(j => j.WithIdentity(DispatchRemindersJob.Key).StoreDurably());
            q.AddTrigger(t => t.ForJob(DispatchRemindersJob.Key).WithIdentity("dispatch-reminders-poll", "coop").StartNow()
                .WithSimpleSchedule(s => s.WithInterval(TimeSpan.FromSeconds(Math.Max(1, options.PollSeconds))).RepeatForever()));
            q.AddJob<WeeklyDigestJob>(j => j.WithIdentity(WeeklyDigestJob.Key).StoreDurably());
            q.AddTrigger(t => t.ForJob(WeeklyDigestJob.Key).WithIdentity("weekly-digest-cron", "coop")
                .WithCronSchedule(options.DigestCron, c => c.InTimeZone(TimeZoneInfo.Utc)));
            Funds.FundsAtRiskJob.Register(q, options);
            ExpireOverdueClaimsJob.Register(q, options);
            ColleagueFollowUpJob.Register(q, options);
        });
        BoundStoreRetriesWhenStopping(services);
        services.AddQuartzHostedService(o => o.WaitForJobsToComplete = true);
        return builder;
    }

    /// <summary>Wraps the job store <c>UsePersistentStore</c> registered in a <see cref="StopBoundedJobStore"/>, so that Quartz's
    /// shutdown does not wait forever on a database that is gone. The one registration edited after it was made, because
    /// there is no other way: Quartz's database store types are internal, so only <c>UsePersistentStore</c> can build the
    /// store, and Quartz has no hook to decorate the store it builds (its <c>DelegatingJobStore</c> base is meant for this).</summary>
    private static void BoundStoreRetriesWhenStopping(IServiceCollection services)
    {
        services.TryAddSingleton<StoreRetryCutoff>();
        var index = services.Count - 1;
        while (index >= 0 && (services[index].ServiceType != typeof(IJobStore) || services[index].IsKeyedService))
        {
            index--;
        }

        var store = index >= 0 && services[index].ImplementationFactory is { } factory
            ? factory
            : throw new InvalidOperationException("Quartz registered no job store factory to wrap (AddQuartz with UsePersistentStore comes first).");
        services[index] = ServiceDescriptor.Singleton<IJobStore>(
            sp => new StopBoundedJobStore((IJobStore)store(sp), sp.GetRequiredService<StoreRetryCutoff>()));
    }

    /// <summary>Planning and dispatch without Quartz (tests and benchmarks drive <see cref="ReminderDispatcher"/> themselves).</summary>
    public static IServiceCollection AddReminderCore(this IServiceCollection services)
    {
        ArgumentNullException.ThrowIfNull(services);
        services.AddOptions<ReminderOptions>().BindConfiguration(ReminderOptions.SectionName).ValidateDataAnnotations().ValidateOnStart();
        services.TryAddSingleton<IReminderStore, ReminderStore>();
        services.TryAddSingleton<TimeZoneResolver>();
        services.TryAddSingleton<ReminderPlanWriter>();
        services.TryAddSingleton<ReminderDispatcher>();
        services.TryAddSingleton<IReminderBlockList, SqlReminderBlockList>();
        services.TryAddSingleton<WeeklyDigestJob>();
        services.TryAddSingleton<IColleagueFollowUps, NoColleagueFollowUps>();
        services.TryAddSingleton<Funds.FundsAtRiskRunner>();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IClaimChangeObserver, ReminderPlanWriter>(sp => sp.GetRequiredService<ReminderPlanWriter>()));
        return services;
    }
}
