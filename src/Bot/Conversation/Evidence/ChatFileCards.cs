using System.Globalization;
using System.Text.Json.Nodes;
using CoopAssistant.Bot.Cards;
using CoopAssistant.Bot.Conversation.Claims.Evidence;
using CoopAssistant.Bot.Localization;
using CoopAssistant.Claims.Localization;
using CoopAssistant.Claims.Model;
using CoopAssistant.Claims.Services;

namespace CoopAssistant.Bot.Conversation.Evidence;

/// <summary>Cards of the chat-file flow: which claim and kind (when none was chosen before), and the progress card.</summary>
public static class ChatFileCards
{
    public const string ClaimInput = "evidenceClaim";

    /// <summary>The card data key of the files' batch: the short id of the server-side <see cref="ChatFilesWork"/> holding them.</summary>
    public const string BatchKey = "chatFiles";

    /// <summary>
    /// Which claim and kind for the files (listed by name). The button carries only <paramref name="batchId"/>: the download
    /// links stay on the server, the files are downloaded while the user chooses.
    /// </summary>
    public static AdaptiveCard Choose(CultureInfo culture, IReadOnlyList<string> files, IReadOnlyList<ClaimSummary> claims, Guid? batchId, string? error = null)
    {
        ArgumentNullException.ThrowIfNull(files);
        ArgumentNullException.ThrowIfNull(claims);
        var text = BotText.For(culture);
        var required = text[nameof(Strings.FormErrorRequired)];
        var body = new List<CardElement>
        {
            CardScaffold.Title(text.Format(nameof(Strings.ChatFilesChooseTitle), files.Count)),
        };
        body.AddRange(files.Select(f => new TextBlock("• " + CardText.Escape(f)) { Wrap = true, Spacing = Spacing.Small }));
        if (claims.Count == 0 || batchId is not { } batch)
        {
            body.Add(CardScaffold.Paragraph(text[nameof(Strings.ChatFilesNoOpenClaim)]));
            return CardScaffold.Card(culture, body, CardScaffold.MainCommands(culture));
        }

        body.Add(CardScaffold.Paragraph(text[nameof(Strings.ChatFilesChooseIntro)]));
        body.AddRange(CardForms.Field(
            new InputChoiceSet(ClaimInput, [.. claims.Select(c => new InputChoice(CardText.Escape(c.Title), c.Id.ToString("D")))])
            {
                Label = text[nameof(Strings.FieldEvidenceClaim)], IsRequired = true, ErrorMessage = required, Style = ChoiceInputStyle.Compact,
                Value = claims[0].Id.ToString("D"),
            },
            error));
        body.AddRange(CardForms.Field(
            new InputChoiceSet(AttachEvidenceCard.KindInput, [.. Enum.GetValues<EvidenceKind>().Select(k => new InputChoice(ClaimTexts.For(k, culture), k.ToString()))])
            {
                Label = text[nameof(Strings.FieldEvidenceKind)], IsRequired = true, ErrorMessage = required, Style = ChoiceInputStyle.Expanded,
                Value = nameof(EvidenceKind.ProofOfExecution),
            },
            null));
        return CardScaffold.Card(
            culture,
            body,
            [CardActions.Execute(text[nameof(Strings.ActionStoreChatFiles)], CardVerbs.EvidenceChatFiles, new JsonObject { [BatchKey] = batch.ToString("N") })]);
    }

    public static AdaptiveCard Progress(CultureInfo culture, int current, int total, string? fileName)
    {
        var text = BotText.For(culture);
        var body = new List<CardElement>
        {
            new TextBlock(text.Format(nameof(Strings.ChatFilesProgress), current, total)) { Wrap = true, Weight = TextWeight.Bolder },
        };
        if (fileName is { Length: > 0 })
        {
            body.Add(new TextBlock(CardText.Escape(fileName)) { Wrap = true, IsSubtle = true });
        }

        return CardScaffold.Card(culture, body);
    }
}
