using System.Globalization;
using System.IO.Compression;
using System.Text;
using CoopAssistant.Bot.Conversation.Claims.Turns;
using CoopAssistant.Bot.Localization;
using CoopAssistant.Claims.Localization;
using CoopAssistant.Claims.Services;

namespace CoopAssistant.Bot.Conversation.Claims.Package;

/// <summary>
/// The claim package: a ZIP with <c>summary.txt</c> (claim data, checklist, deadline) and <c>evidence-index.csv</c> (name,
/// kind, link, hash and id of every evidence item), the history and, once the documents were reviewed, the review
/// (<see cref="ClaimPackageReview"/>) — what to upload into Partner Center in one go. Everything in it, the file
/// names and the CSV headers included, is in the claim's language (<c>resumo.txt</c>, <c>indice-de-evidencias.csv</c> in pt-BR).
/// The link is the item's OneDrive/SharePoint address; a copy kept on the host has none (its path never leaves the host) and is
/// named by its evidence id.
/// </summary>
public static class ClaimPackageWriter
{
    public static string SummaryEntry(CultureInfo culture) => BotText.For(culture)[nameof(Strings.PackageSummaryFile)];

    public static string IndexEntry(CultureInfo culture) => BotText.For(culture)[nameof(Strings.PackageIndexFile)];

    public static string HistoryEntry(CultureInfo culture) => BotText.For(culture)[nameof(Strings.PackageHistoryFile)];

    public static byte[] Write(ClaimView claim, CultureInfo culture, DateOnly today, IReadOnlyList<CoopAssistant.Claims.History.HistoryEntryView>? history = null)
    {
        ArgumentNullException.ThrowIfNull(claim);
        using var buffer = new MemoryStream();
        using (var zip = new ZipArchive(buffer, ZipArchiveMode.Create, leaveOpen: true))
        {
            Add(zip, SummaryEntry(culture), Summary(claim, culture, today));
            Add(zip, IndexEntry(culture), Index(claim, culture));
            if (claim.Review is { HasResult: true } review)
            {
                Add(zip, ClaimPackageReview.CsvEntry(culture), ClaimPackageReview.Csv(review, culture));
                Add(zip, ClaimPackageReview.SummaryEntry(culture), ClaimPackageReview.Summary(review, claim.Title, culture));
            }

            if (history is not null)
            {
                Add(zip, HistoryEntry(culture), History(history, culture));
            }
        }

        return buffer.ToArray();
    }

    public static string FileName(ClaimView claim, CultureInfo culture)
    {
        ArgumentNullException.ThrowIfNull(claim);
        return BotText.For(culture).Format(nameof(Strings.PackageFileName), claim.Id.ToString("N")[..8]);
    }

    private static void Add(ZipArchive zip, string name, string content)
    {
        var entry = zip.CreateEntry(name, CompressionLevel.Fastest);
        using var stream = entry.Open();
        var bytes = new UTF8Encoding(encoderShouldEmitUTF8Identifier: true).GetPreamble().Concat(Encoding.UTF8.GetBytes(content)).ToArray();
        stream.Write(bytes);
    }

    private static string Summary(ClaimView claim, CultureInfo culture, DateOnly today)
    {
        var text = BotText.For(culture);
        var s = new StringBuilder();
        s.AppendLine(text[nameof(Strings.PackageSummaryTitle)]);
        s.AppendLine();
        Line(nameof(Strings.FieldTitle), claim.Title);
        Line(nameof(Strings.FieldProgram), ClaimNames.Program(claim.Program, culture));
        Line(nameof(Strings.FieldActivityType), ClaimTexts.For(claim.ActivityType, culture));
        Line(nameof(Strings.FieldStatus), ClaimTexts.WithPartnerCenterName(claim.Status, culture));
        Line(nameof(Strings.FieldUsagePeriod), CardFormat.Date(claim.UsageStart, culture) + " – " + CardFormat.Date(claim.UsageEnd, culture));
        Line(nameof(Strings.FieldActivityDate), CardFormat.Date(claim.ActivityDate, culture));
        Line(nameof(Strings.FieldAmount), CardFormat.Amount(claim.Amount, claim.Currency, culture));
        Line(nameof(Strings.FieldVendorsUsed), text[claim.VendorsUsed ? nameof(Strings.Yes) : nameof(Strings.No)]);
        Line(nameof(Strings.FieldInHouseWork), text[claim.InHouseWork ? nameof(Strings.Yes) : nameof(Strings.No)]);
        s.AppendLine(text.Format(nameof(Strings.DeadlineWithDaysLeft), CardFormat.Date(claim.Deadline, culture), CardFormat.DaysLeft(claim.Deadline.DayNumber - today.DayNumber, culture)));
        s.AppendLine(text.Format(nameof(Strings.PackageRetentionAtLeast), CardFormat.Date(claim.RetentionEnd, culture)));
        s.AppendLine();
        s.AppendLine(text[nameof(Strings.ChecklistTitle)]);
        foreach (var item in claim.Checklist.Items.Where(i => i.Required || i.Count > 0))
        {
            var kind = ClaimTexts.For(item.Kind, culture);
            s.Append("- ").AppendLine(item.Missing ? text.Format(nameof(Strings.ChecklistMissing), kind) : text.Format(nameof(Strings.ChecklistPresent), kind, item.Count));
        }

        s.AppendLine(text.Format(nameof(Strings.ProofHint), ClaimTexts.ProofHint(claim.ActivityType, culture)));
        foreach (var request in claim.DocumentationRequests)
        {
            s.AppendLine(text.Format(nameof(Strings.DocumentationOpen), CardFormat.Date(request.RequestedOn, culture), request.WhatWasAsked, CardFormat.Date(request.RespondBy, culture)));
        }

        s.AppendLine();
        s.AppendLine(text.Format(nameof(Strings.PackageIndexNote), IndexEntry(culture)));
        return s.ToString();

        void Line(string key, string value) => s.Append(text[key]).Append(": ").AppendLine(value);
    }

    private static string Index(ClaimView claim, CultureInfo culture)
    {
        var s = new StringBuilder();
        s.AppendLine(BotText.For(culture)[nameof(Strings.PackageIndexHeader)]);
        foreach (var e in claim.Evidence)
        {
            var link = e.WebUrl?.AbsoluteUri ?? string.Empty;
            var hash = e.Sha256 is { Length: > 0 } sha ? "sha256:" + sha : e.QuickXorHash is { Length: > 0 } qx ? "quickXorHash:" + qx : string.Empty;
            s.AppendJoin(',', Csv(e.Name), Csv(ClaimTexts.For(e.Kind, culture)), Csv(link), Csv(hash),
                e.SizeBytes.ToString(CultureInfo.InvariantCulture), e.AddedAt.ToString("O", CultureInfo.InvariantCulture), e.Id.ToString("D"));
            s.AppendLine();
        }

        return s.ToString();
    }

    /// <summary>Every change of the claim, oldest first: when (UTC), who, what, each field old → new, the note and the source email.</summary>
    private static string History(IReadOnlyList<CoopAssistant.Claims.History.HistoryEntryView> history, CultureInfo culture)
    {
        var s = new StringBuilder();
        s.AppendLine(BotText.For(culture)[nameof(Strings.PackageHistoryHeader)]);
        foreach (var e in history.OrderBy(e => e.ClaimVersion))
        {
            var who = e.ActorObjectId is null ? ClaimTexts.System(culture) : (e.ActorName ?? e.ActorObjectId);
            var changes = string.Join("; ", e.Changes.Select(c => $"{ClaimTexts.Field(c.Field, culture)}: {c.Old ?? "—"} → {c.New ?? "—"}"));
            s.AppendJoin(',', e.ClaimVersion.ToString(CultureInfo.InvariantCulture), e.At.UtcDateTime.ToString("O", CultureInfo.InvariantCulture), Csv(who),
                Csv(ClaimTexts.For(e.Action, culture)), Csv(changes), Csv(e.Note ?? ""), Csv(e.SourceLink ?? ""),
                e.SourceDate?.UtcDateTime.ToString("O", CultureInfo.InvariantCulture) ?? "");
            s.AppendLine();
        }

        return s.ToString();
    }

    /// <summary>A CSV field, quoted, with a leading quote mark when a spreadsheet would read it as a formula.</summary>
    internal static string Csv(string value)
    {
        if (value.Length > 0 && value[0] is '=' or '+' or '-' or '@' or '\t' or '\r')
        {
            value = "'" + value;
        }

        return "\"" + value.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"";
    }
}
