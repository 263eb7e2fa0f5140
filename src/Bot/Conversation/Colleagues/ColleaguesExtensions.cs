using CoopAssistant.Bot.Conversation.Commands;
using CoopAssistant.Protocol.Adapter;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace CoopAssistant.Bot.Conversation.Colleagues;

public static class ColleaguesExtensions
{
    /// <summary>Asking a colleague for a claim's document: the form and its person picker, the colleague's card and answers, cancel.</summary>
    public static IServiceCollection AddColleagueRequests(this IServiceCollection services)
    {
        services.TryAddSingleton<Background.ConversationCards>();
        services.AddSingleton<KnownPeopleDirectory>();
        services.AddSingleton<IPeopleDirectory, GraphPeopleDirectory>();
        services.AddSingleton<ColleagueAppInstall>();
        services.AddSingleton<ColleagueMessenger>();
        services.AddSingleton<ColleagueRequests>();
        services.AddSingleton<ColleagueUploads>();
        services.AddSingleton<ColleagueFollowUps>();
        services.AddSingleton<CoopAssistant.Scheduling.Dispatch.IColleagueFollowUps>(sp => sp.GetRequiredService<ColleagueFollowUps>());
        services.AddSingleton<IActivityHandler, PeopleSearchHandler>();
        services.AddSingleton<IBotCommand, AskColleagueCommand>();
        services.AddSingleton<IBotCommand, DeclineColleagueRequestCommand>();
        services.AddSingleton<IBotCommand, RedirectColleagueRequestCommand>();
        services.AddSingleton<IBotCommand, CancelColleagueRequestCommand>();
        services.AddSingleton<IBotCommand, SearchColleagueFilesCommand>();
        services.AddSingleton<IBotCommand, AttachColleagueFilesCommand>();
        return services;
    }
}
