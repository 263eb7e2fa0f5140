using System.Globalization;
using System.Text.Json.Nodes;
using CoopAssistant.Bot.Cards;
using CoopAssistant.Bot.Conversation.Claims.Turns;
using CoopAssistant.Bot.Localization;
using CoopAssistant.Claims.Colleagues;

namespace CoopAssistant.Bot.Conversation.Colleagues;

/// <summary>
/// What the colleague gets: who asks, what for, for which claim (its title only — nothing else of the claim) and by when; to
/// upload they drop the file in the chat or pick it from their OneDrive/SharePoint ("Search OneDrive/SharePoint"); "I don't have it" (a reason required) and "ask someone else". Its buttons carry the
/// request's id only.
/// </summary>
public static class ColleagueRequestCard
{
    public const string ReasonInput = "colleague.reason";
    public const string SuggestInput = "colleague.suggest";

    public static AdaptiveCard Create(CultureInfo culture, ColleagueRequest request, string claimTitle, bool followUp = false)
    {
        ArgumentNullException.ThrowIfNull(request);
        var text = BotText.For(culture);
        var owner = CardText.Escape(request.OwnerName);
        var item = AskColleagueCard.ItemText(request, culture);
        var facts = new List<Fact>
        {
            new(text[nameof(Strings.ColleagueCardClaim)], CardText.EscapeTruncated(claimTitle, 200)),
            new(text[nameof(Strings.ColleagueCardItem)], item),
            new(text[nameof(Strings.ColleagueCardDue)], CardFormat.Date(request.Due, culture)),
        };
        if (!string.IsNullOrWhiteSpace(request.Note))
        {
            facts.Add(new Fact(text[nameof(Strings.ColleagueCardNote)], CardText.EscapeTruncated(request.Note, AskColleagueCard.NoteMaxLength)));
        }

        var id = new JsonObject { [AskColleagueCard.RequestIdKey] = request.Id.ToString("D") };
        var required = text[nameof(Strings.FormErrorRequired)];
        return CardScaffold.Card(
            culture,
            [
                CardScaffold.Title(text.Format(followUp ? nameof(Strings.ColleagueFollowUpTitle) : nameof(Strings.ColleagueCardTitle), owner)),
                CardScaffold.Paragraph(text.Format(nameof(Strings.ColleagueCardBody), owner, item, CardFormat.Date(request.Due, culture))),
                new FactSet(facts),
                CardScaffold.Paragraph(text.Format(nameof(Strings.ColleagueCardUpload), owner)),
            ],
            [
                CardActions.Execute(text[nameof(Strings.ActionSearchOneDrive)], CardVerbs.ColleagueSearch, id),
                new ShowCardAction(AdaptiveCard.Nested(
                    [new InputText(ReasonInput) { Label = text[nameof(Strings.FieldDeclineReason)], IsRequired = true, ErrorMessage = required, MaxLength = AskColleagueCard.NoteMaxLength }],
                    [CardActions.Execute(text[nameof(Strings.ActionSend)], CardVerbs.ColleagueDecline, id)])) { Title = text[nameof(Strings.ActionDontHaveIt)] },
                new ShowCardAction(AdaptiveCard.Nested(
                    [new InputText(SuggestInput) { Label = text[nameof(Strings.FieldSuggestSomeone)], IsRequired = true, ErrorMessage = required, MaxLength = 256 }],
                    [CardActions.Execute(text[nameof(Strings.ActionSend)], CardVerbs.ColleagueElsewhere, id)])) { Title = text[nameof(Strings.ActionAskSomeoneElse)] },
            ]);
    }

    /// <summary>A closed request's buttons answer with this: cancelled by the owner, or answered already.</summary>
    public static AdaptiveCard Closed(CultureInfo culture, ColleagueRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        var text = BotText.For(culture);
        return request.Status == ColleagueRequestStatus.Cancelled
            ? NoticeCard.Create(culture, text[nameof(Strings.ColleagueCancelledTitle)], text.Format(nameof(Strings.ColleagueCancelledBody), CardText.Escape(request.OwnerName)))
            : NoticeCard.Create(culture, text[nameof(Strings.ColleagueAnsweredTitle)], text.Format(nameof(Strings.ColleagueThanksBody), CardText.Escape(request.OwnerName)));
    }
}
