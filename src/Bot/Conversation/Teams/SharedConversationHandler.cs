using System.Text.Json;
using CoopAssistant.Bot.Cards;
using CoopAssistant.Bot.Conversation.Claims.Turns;
using CoopAssistant.Bot.Conversation.Claims.MyClaims;
using CoopAssistant.Bot.Conversation.Commands;
using CoopAssistant.Bot.Conversation.Evidence;
using CoopAssistant.Bot.Conversation.TypedText;
using CoopAssistant.Bot.Localization;
using CoopAssistant.Claims.Conversations;
using CoopAssistant.Claims.Services;
using CoopAssistant.Protocol.Adapter;
using CoopAssistant.Protocol.Schema;

namespace CoopAssistant.Bot.Conversation.Teams;

/// <summary>
/// Messages by conversation type. The 1:1 chat gets everything (<see cref="ChatFileMessageHandler"/>). In a group chat or a team
/// channel the bot answers only when @mentioned, and only "status", "help" and (administrators) "digest here"; nothing it posts
/// there carries anybody's claims: "status" goes to the person's 1:1 chat, with a short notice where they asked.
/// </summary>
public sealed class SharedConversationHandler(
    ChatFileMessageHandler personal,
    CommandDispatcher commands,
    ClaimTurnResolver turns,
    IClaimService claims,
    PersonalChat personalChat,
    IDigestChannelStore digestChannels,
    TimeProvider time) : IActivityHandler
{
    public string ActivityType => ActivityTypes.Message;

    public async Task<InvokeResponse?> HandleAsync(TurnContext turn)
    {
        ArgumentNullException.ThrowIfNull(turn);
        var activity = turn.Activity;
        if (!ConversationScope.IsShared(activity))
        {
            return await personal.HandleAsync(turn);
        }

        if (activity.Value is { ValueKind: JsonValueKind.Object } data)
        {
            // An Action.Submit fallback pressed on a card in a shared conversation (older clients): its answer is personal.
            await SubmitPrivatelyAsync(turn, data);
            return null;
        }

        if (!ConversationScope.MentionsBot(activity))
        {
            return null;
        }

        // The same cap as the 1:1 chat (issue 19, item 1): a message too long to be a command is answered before any matching.
        var card = TypedTextLimit.IsTooLong(activity.Text) ? TooLongCard.Create(turn.Culture) : SharedCommands.Find(activity.Text) switch
        {
            SharedCommand.Status => await StatusAsync(turn),
            SharedCommand.DigestHere => await ChooseDigestChannelAsync(turn),
            _ => SharedConversationCards.Help(turn.Culture),
        };
        await turn.SendAsync(card.ToActivity());
        return null;
    }

    private async Task<AdaptiveCard> StatusAsync(TurnContext turn)
    {
        if (await turns.ResolveAsync(turn) is not { } caller)
        {
            return NoticeCard.Unidentified(turn.Culture);
        }

        var visible = await claims.ListVisibleAsync(caller.Caller, ClaimCommands.ListSize, turn.CancellationToken);
        var list = MyClaimsCard.Create(turn.Culture, caller, visible, organization: caller.Caller.IsIncentivesAdministrator);
        return SharedConversationCards.Notice(turn.Culture, await personalChat.SendAsync(turn, list)
            ? nameof(Strings.TeamStatusSentPrivately)
            : nameof(Strings.TeamStatusUnreachable));
    }

    private async Task<AdaptiveCard> ChooseDigestChannelAsync(TurnContext turn)
    {
        if (await turns.ResolveAsync(turn) is not { } caller)
        {
            return NoticeCard.Unidentified(turn.Culture);
        }

        if (!caller.Caller.IsIncentivesAdministrator)
        {
            return SharedConversationCards.Notice(turn.Culture, nameof(Strings.TeamDigestAdministratorsOnly));
        }

        var activity = turn.Activity;
        await digestChannels.SetAsync(new DigestChannelRecord(
            caller.Caller.TenantId,
            activity.Conversation!.Id!,
            activity.ServiceUrl!,
            activity.Recipient?.Id ?? string.Empty,
            activity.ChannelId ?? "msteams",
            activity.Conversation.ConversationType ?? ConversationScope.Channel,
            ConversationScope.TeamId(activity),
            turn.Culture.Name,
            caller.Caller.UserObjectId,
            time.GetUtcNow()), turn.CancellationToken);
        return SharedConversationCards.Notice(turn.Culture, nameof(Strings.TeamDigestChosen));
    }

    private async Task SubmitPrivatelyAsync(TurnContext turn, JsonElement data)
    {
        var verb = data.TryGetProperty(CardDataKeys.Verb, out var v) && v.ValueKind == JsonValueKind.String ? v.GetString() : null;
        if (commands.FindByVerb(verb) is { } command)
        {
            var card = await command.ExecuteAsync(new CommandContext(turn, null, data, FromCardAction: true));
            await personalChat.SendAsync(turn, card);
        }
    }
}
