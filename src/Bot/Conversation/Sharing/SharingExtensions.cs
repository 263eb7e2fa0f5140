using CoopAssistant.Bot.Conversation.Commands;
using CoopAssistant.Protocol.Adapter;

namespace CoopAssistant.Bot.Conversation.Sharing;

public static class SharingExtensions
{
    /// <summary>Claims shared anywhere in Teams and Outlook: the message extension's search, link unfurling and the per-viewer card.</summary>
    public static IServiceCollection AddClaimSharing(this IServiceCollection services)
    {
        services.AddSingleton<SharedClaimViewers>();
        services.AddSingleton<IBotCommand, SharedClaimViewCommand>();
        services.AddSingleton<IActivityHandler, FindClaimQueryHandler>();
        services.AddSingleton<IActivityHandler, SelectClaimHandler>();
        services.AddSingleton<IActivityHandler, ClaimLinkUnfurlHandler>();
        return services;
    }
}
