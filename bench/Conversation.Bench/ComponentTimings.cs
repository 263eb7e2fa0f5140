using System.Diagnostics;
using System.Globalization;
using CoopAssistant.Bot.Conversation.Claims.Turns;
using CoopAssistant.Claims.Access;
using CoopAssistant.Claims.Model;
using CoopAssistant.Claims.Services;
using CoopAssistant.Claims.Validation;
using Microsoft.Extensions.DependencyInjection;

namespace CoopAssistant.Conversation.Bench;

/// <summary>The parts of a new-claim turn one at a time, sequentially (where the milliseconds go).</summary>
internal static class ComponentTimings
{
    public static async Task PrintAsync(IServiceProvider services, int count)
    {
        var claims = services.GetRequiredService<IClaimService>();
        var state = services.GetRequiredService<ClaimFormStateStore>();
        var roles = services.GetRequiredService<IClaimsRoleResolver>();
        var caller = new ClaimsCaller("timing-tenant", "timing-user", "Timing", false);
        var draft = new ClaimDraft(ClaimProgram.PartnerCoop, ActivityType.Seminar, "Timing", new(2026, 7, 1), new(2026, 12, 31), new(2026, 9, 15), 10m, "USD", true, false);
        await Time("role resolver (read)", () => roles.ResolveAsync("timing-tenant", "timing-user", "Timing", default));
        await Time("IClaimService.CreateAsync (write)", () => claims.CreateAsync(caller, draft, default));
        await Time("state get (read)", () => state.GetAsync("timing-conv", default));
        await Time("state update (read + write)", () => state.UpdateAsync("timing-conv", s => s.WithCreated(Guid.NewGuid().ToString("N"), Guid.NewGuid()), default));

        async Task Time(string name, Func<Task> action)
        {
            await action();
            var samples = new double[count];
            for (var i = 0; i < count; i++)
            {
                var started = Stopwatch.GetTimestamp();
                await action();
                samples[i] = Stopwatch.GetElapsedTime(started).TotalMilliseconds;
            }

            Array.Sort(samples);
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  {name}: p50 {samples[count / 2]:F2} ms, p99 {samples[(int)(count * 0.99)]:F2} ms"));
        }
    }
}
