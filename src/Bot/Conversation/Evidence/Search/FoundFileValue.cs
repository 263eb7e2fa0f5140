using CoopAssistant.Claims.Model;
using CoopAssistant.Graph.Files;

namespace CoopAssistant.Bot.Conversation.Evidence.Search;

/// <summary>A found file as a choice value: <c>{o|s}/{driveId}/{itemId}</c> (OneDrive or SharePoint); a multi-select submits them joined by commas.</summary>
public static class FoundFileValue
{
    public static string Format(FoundFile file)
    {
        ArgumentNullException.ThrowIfNull(file);
        return (file.LocationKind == FileLocationKind.OneDrive ? "o" : "s") + "/" + file.Ref.DriveId + "/" + file.Ref.ItemId;
    }

    public static IReadOnlyList<(DriveItemRef Ref, EvidenceSource Source)> Parse(string? values)
    {
        var found = new List<(DriveItemRef, EvidenceSource)>();
        foreach (var value in (values ?? string.Empty).Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            var parts = value.Split('/');
            if (parts.Length == 3 && parts[0] is "o" or "s" && parts[1].Length > 0 && parts[2].Length > 0)
            {
                var item = (new DriveItemRef(parts[1], parts[2]), parts[0] == "o" ? EvidenceSource.OneDrive : EvidenceSource.SharePoint);
                if (!found.Contains(item))
                {
                    found.Add(item);
                }
            }
        }

        return found;
    }
}
