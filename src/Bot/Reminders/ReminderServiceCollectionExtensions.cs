using CoopAssistant.Bot.Conversation.Commands;
using CoopAssistant.Scheduling;
using CoopAssistant.Scheduling.Dispatch;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace CoopAssistant.Bot.Reminders;

public static class ReminderServiceCollectionExtensions
{
    /// <summary>The Teams <see cref="IReminderSender"/>, the per-tenant pacing, and the snooze / already-submitted commands.</summary>
    public static IServiceCollection AddReminders(this IServiceCollection services)
    {
        ArgumentNullException.ThrowIfNull(services);
        services.AddOptions<ReminderSenderOptions>().BindConfiguration(ReminderOptions.SectionName).ValidateDataAnnotations().ValidateOnStart();
        services.TryAddSingleton<TenantRateLimiter>();
        services.TryAddSingleton<TeamsReminderSender>();
        services.TryAddSingleton<IReminderSender>(sp => sp.GetRequiredService<TeamsReminderSender>());
        services.TryAddSingleton<IFundAlertSender>(sp => sp.GetRequiredService<TeamsReminderSender>());
        services.AddSingleton<IBotCommand, SnoozeReminderCommand>();
        services.AddSingleton<IBotCommand, AlreadySubmittedCommand>();
        return services;
    }
}
