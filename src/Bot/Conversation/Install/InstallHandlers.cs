using CoopAssistant.Bot.Cards;
using CoopAssistant.Protocol.Adapter;
using CoopAssistant.Protocol.Schema;

namespace CoopAssistant.Bot.Conversation.Install;

/// <summary>
/// The bot was added (<c>conversationUpdate</c> with the bot among <c>membersAdded</c>, or
/// <c>installationUpdate</c> <c>add</c>): remember the conversation for proactive messages and welcome once.
/// </summary>
public sealed class InstallWelcome(ConversationReferenceTracker references)
{
    public async Task WelcomeAsync(TurnContext turn)
    {
        ArgumentNullException.ThrowIfNull(turn);
        await references.TrackAsync(turn);
        if (await references.TryMarkWelcomedAsync(turn))
        {
            await turn.SendAsync(WelcomeCard.Create(turn.Culture).ToActivity());
        }
    }
}

public sealed class ConversationUpdateHandler(InstallWelcome welcome) : IActivityHandler
{
    public string ActivityType => ActivityTypes.ConversationUpdate;

    public async Task<InvokeResponse?> HandleAsync(TurnContext turn)
    {
        ArgumentNullException.ThrowIfNull(turn);
        var botId = turn.Activity.Recipient?.Id;
        if (botId is not null && turn.Activity.MembersAdded?.Any(m => m.Id == botId) == true)
        {
            await welcome.WelcomeAsync(turn);
        }

        return null;
    }
}

public sealed class InstallationUpdateHandler(InstallWelcome welcome) : IActivityHandler
{
    public string ActivityType => ActivityTypes.InstallationUpdate;

    public async Task<InvokeResponse?> HandleAsync(TurnContext turn)
    {
        ArgumentNullException.ThrowIfNull(turn);
        if (turn.Activity.Action is { } action && action.StartsWith("add", StringComparison.OrdinalIgnoreCase))
        {
            await welcome.WelcomeAsync(turn);
        }

        return null;
    }
}
