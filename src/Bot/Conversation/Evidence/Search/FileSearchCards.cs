using System.Globalization;
using System.Text.Json.Nodes;
using CoopAssistant.Bot.Cards;
using CoopAssistant.Bot.Conversation.Claims.Evidence;
using CoopAssistant.Bot.Localization;
using CoopAssistant.Claims.Localization;
using CoopAssistant.Claims.Model;
using CoopAssistant.Claims.Services;
using CoopAssistant.Graph.Files;

namespace CoopAssistant.Bot.Conversation.Evidence.Search;

/// <summary>
/// The search card (a query, and the user's recent files to pick from before typing anything) and the results card
/// (multi-select of files, the evidence kind, attach / more).
/// </summary>
public static class FileSearchCards
{
    public const string SearchVerb = CardVerbs.EvidenceSearch;
    public const string QueryInput = "query";
    public const string FilesInput = "foundFiles";
    public const string FromKey = "from";
    public const int PageSize = 10;

    public static AdaptiveCard Search(CultureInfo culture, ClaimView claim, string? query = null, string? note = null, IReadOnlyList<FoundFile>? recent = null) =>
        Search(culture, FileSearchScope.ForClaim(claim), query, note, recent);

    public static AdaptiveCard Search(CultureInfo culture, FileSearchScope scope, string? query = null, string? note = null, IReadOnlyList<FoundFile>? recent = null)
    {
        ArgumentNullException.ThrowIfNull(scope);
        var text = BotText.For(culture);
        var body = new List<CardElement> { CardScaffold.Title(text.Format(nameof(Strings.EvidenceTitle), CardText.Escape(scope.Title))) };
        if (note is not null)
        {
            body.Add(new TextBlock(note) { Wrap = true, Color = TextColor.Attention });
        }

        var hasRecent = recent is { Count: > 0 };

        // With recent files on the card the query is optional: "Attach" validates every input, and must work without a query.
        body.Add(new InputText(QueryInput)
        {
            Label = text[nameof(Strings.FieldFileQuery)], Placeholder = text[nameof(Strings.FileQueryPlaceholder)], IsRequired = !hasRecent,
            ErrorMessage = hasRecent ? null : text[nameof(Strings.FormErrorRequired)], MaxLength = 200, Value = query,
        });
        var actions = new List<CardAction> { scope.Action(text[nameof(Strings.ActionSearchFiles)], scope.SearchVerb) };
        if (hasRecent)
        {
            body.Add(new TextBlock(text[nameof(Strings.FileSearchRecent)]) { Wrap = true, Weight = TextWeight.Bolder, Spacing = Spacing.Medium });
            body.Add(FileChoices(culture, recent!, required: false));
            AddKindChoice(body, culture, scope);
            actions.Add(scope.Action(text[nameof(Strings.ActionAttachFound)], scope.AttachVerb));
        }

        return CardScaffold.Card(culture, body, actions);
    }

    public static AdaptiveCard Results(CultureInfo culture, ClaimView claim, string query, FileSearchPage page) =>
        Results(culture, FileSearchScope.ForClaim(claim), query, page);

    public static AdaptiveCard Results(CultureInfo culture, FileSearchScope scope, string query, FileSearchPage page)
    {
        ArgumentNullException.ThrowIfNull(scope);
        ArgumentNullException.ThrowIfNull(page);
        var text = BotText.For(culture);
        if (page.Items.Count == 0)
        {
            return Search(culture, scope, query, text[nameof(Strings.FileSearchNothing)]);
        }

        var body = new List<CardElement>
        {
            CardScaffold.Title(text.Format(nameof(Strings.EvidenceTitle), CardText.Escape(scope.Title))),
            new TextBlock(text.Format(nameof(Strings.FileSearchResults), CardText.Escape(query))) { Wrap = true, IsSubtle = true },
            FileChoices(culture, page.Items, required: true),
        };
        AddKindChoice(body, culture, scope);
        var actions = new List<CardAction> { scope.Action(text[nameof(Strings.ActionAttachFound)], scope.AttachVerb) };
        if (page.MoreAvailable)
        {
            actions.Add(scope.Action(
                text[nameof(Strings.ActionMoreFiles)],
                scope.SearchVerb,
                new JsonObject { [QueryInput] = query, [FromKey] = page.From + page.Items.Count }) with { AssociatedInputs = AssociatedInputs.None });
        }

        return CardScaffold.Card(culture, body, actions);
    }

    private static InputChoiceSet FileChoices(CultureInfo culture, IReadOnlyList<FoundFile> files, bool required)
    {
        var text = BotText.For(culture);
        return new InputChoiceSet(FilesInput, [.. files.Select(f => new InputChoice(Describe(f, culture), FoundFileValue.Format(f)))])
        {
            Label = text[nameof(Strings.FieldFoundFiles)], IsMultiSelect = true, IsRequired = required, ErrorMessage = required ? text[nameof(Strings.FormErrorRequired)] : null,
            Style = ChoiceInputStyle.Expanded, Wrap = true,
        };
    }

    /// <summary>The kind of evidence to choose, unless the scope fixes it (a colleague's request: the item asked for).</summary>
    private static void AddKindChoice(List<CardElement> body, CultureInfo culture, FileSearchScope scope)
    {
        if (scope.KindFixed)
        {
            return;
        }

        var text = BotText.For(culture);
        body.Add(new InputChoiceSet(AttachEvidenceCard.KindInput, [.. Enum.GetValues<EvidenceKind>().Select(k => new InputChoice(ClaimTexts.For(k, culture), k.ToString()))])
        {
            Label = text[nameof(Strings.FieldEvidenceKind)], IsRequired = true, ErrorMessage = text[nameof(Strings.FormErrorRequired)], Style = ChoiceInputStyle.Compact,
            Value = scope.DefaultKind.ToString(),
        });
    }

    /// <summary>"name — OneDrive or site · folder · modified · size".</summary>
    private static string Describe(FoundFile file, CultureInfo culture)
    {
        var text = BotText.For(culture);
        var parts = new List<string> { file.LocationKind == FileLocationKind.OneDrive ? "OneDrive" : file.SiteName ?? "SharePoint" };
        if (file.FolderPath is { Length: > 0 } folder)
        {
            parts.Add(folder);
        }

        if (file.LastModified is { } modified)
        {
            parts.Add(modified.ToString("d", culture));
        }

        if (file.SizeBytes is { } size)
        {
            parts.Add(text.Format(nameof(Strings.FileSizeKb), Math.Max(1, (size + 1023) / 1024)));
        }

        return CardText.Escape(file.Name + " — " + string.Join(" · ", parts));
    }
}
