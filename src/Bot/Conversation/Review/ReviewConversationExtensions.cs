using CoopAssistant.Bot.Conversation.Background;
using CoopAssistant.Bot.Conversation.Commands;
using CoopAssistant.Claims.Services;
using CoopAssistant.Scheduling.Work;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace CoopAssistant.Bot.Conversation.Review;

public static class ReviewConversationExtensions
{
    /// <summary>
    /// The evidence review in the chat: a review queued with every change of a claim's facts or evidence
    /// (<see cref="ReviewChangeObserver"/>), run in the background (<see cref="ReviewWorkHandler"/>), the <c>review</c> command and
    /// button, accepting a finding with a reason, and the company's identity the review compares invoice issuers with.
    /// </summary>
    public static IServiceCollection AddReviewConversation(this IServiceCollection services)
    {
        services.TryAddSingleton<ConversationCards>();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IClaimChangeObserver, ReviewChangeObserver>());
        services.AddBackgroundWorkHandler<ReviewWorkHandler>();
        services.AddSingleton<IBotCommand, ReviewCommand>();
        services.AddSingleton<IBotCommand, AcceptFindingCommand>();
        services.AddSingleton<IBotCommand, Partner.PartnerIdentityCommand>();
        return services;
    }
}
