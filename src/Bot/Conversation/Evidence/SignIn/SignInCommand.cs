using CoopAssistant.Bot.Cards;
using CoopAssistant.Bot.Conversation.Claims.Turns;
using CoopAssistant.Bot.Conversation.Commands;
using CoopAssistant.Bot.Localization;

namespace CoopAssistant.Bot.Conversation.Evidence.SignIn;

/// <summary>
/// "sign in" / "entrar" or the button: when Graph is configured and the user has no cached token, the OAuth card is sent
/// (Teams then exchanges the SSO token); otherwise a note says the user is signed in or that Graph is not configured.
/// </summary>
public sealed class SignInCommand(GraphSignIn signIn) : IBotCommand
{

    public string Verb => CardVerbs.EvidenceSignIn;

    public IReadOnlyList<string> Phrases { get; } = ["sign in", "signin", "login", "entrar", "conectar"];

    public async Task<AdaptiveCard> ExecuteAsync(CommandContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var culture = context.Culture;
        var text = BotText.For(culture);
        var title = text[nameof(Strings.SignInTitle)];
        if (!signIn.IsConfigured)
        {
            return NoticeCard.Create(culture, title, text[nameof(Strings.SignInNotConfigured)]);
        }

        if (GraphSignIn.UserOf(context.Turn.Activity) is not { } user)
        {
            return NoticeCard.Unidentified(culture);
        }

        if (!await signIn.NeedsSignInAsync(user, context.CancellationToken))
        {
            return NoticeCard.Create(culture, title, text[nameof(Strings.SignInAlready)], TextColor.Good);
        }

        await signIn.SendOAuthCardAsync(context.Turn);
        return NoticeCard.Create(culture, title, text[nameof(Strings.SignInSent)]);
    }
}
