using CoopAssistant.Claims.Localization;
using CoopAssistant.Bot.Localization;
using CoopAssistant.Claims.Colleagues;
using CoopAssistant.Claims.Conversations;
using CoopAssistant.Scheduling;
using CoopAssistant.Scheduling.Dispatch;
using CoopAssistant.Scheduling.Planning;
using Microsoft.Extensions.Options;

namespace CoopAssistant.Bot.Conversation.Colleagues;

/// <summary>
/// Follows up open requests to colleagues (<see cref="Scheduling.Jobs.ColleagueFollowUpJob"/>): the request's card again, titled
/// as a reminder, <see cref="ReminderOptions.ColleagueFollowUpHours"/> after it was sent and as often again up to
/// <see cref="ReminderOptions.ColleagueFollowUpMax"/>, only inside the colleague's working hours in their time zone (their 1:1
/// chat's, else the tenant's). A request answered or cancelled is not open any more and gets none; each follow-up is claimed
/// in the store before it is sent, so two hosts never send it twice.
/// </summary>
public sealed class ColleagueFollowUps(
    IColleagueRequestStore store,
    IConversationReferenceStore references,
    ColleagueRequests requests,
    ColleagueMessenger messenger,
    TimeProvider time,
    CoopAssistant.Claims.Rules.ClaimClock clock,
    IOptions<ReminderOptions> options) : IColleagueFollowUps
{
    public async Task<int> SendDueAsync(CancellationToken cancellationToken)
    {
        var settings = options.Value;
        var interval = TimeSpan.FromHours(settings.ColleagueFollowUpHours);
        var now = time.GetUtcNow();
        var sent = 0;
        foreach (var request in await store.OpenAcrossTenantsAsync(now - interval, 500, cancellationToken))
        {
            if (request.FollowUps >= settings.ColleagueFollowUpMax || now < request.CreatedAt + (interval * (request.FollowUps + 1)))
            {
                continue;
            }

            var colleague = await references.FindAsync(request.TenantId, request.ColleagueObjectId, cancellationToken);
            var owner = await references.FindAsync(request.TenantId, request.OwnerObjectId, cancellationToken);
            var zone = clock.Zone(request.TenantId, colleague?.TimeZone);
            if (owner is null || LocalTime.NextWorkingTime(now, zone, settings.WorkdayStartHour, settings.WorkdayEndHour) != now
                || !await store.CountFollowUpAsync(request.TenantId, request.Id, request.FollowUps, cancellationToken))
            {
                continue;
            }

            var culture = UserCulture.FromTag(colleague?.Locale ?? owner.Locale);
            var card = ColleagueRequestCard.Create(culture, request, await requests.ClaimTitleAsync(request, cancellationToken), followUp: true);
            if (await messenger.SendAsync(request.TenantId, request.ColleagueObjectId, owner, card, cancellationToken) is not null)
            {
                sent++;
            }
        }

        return sent;
    }
}
