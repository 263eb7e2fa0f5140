using System.Collections.Concurrent;
using CoopAssistant.Graph.Evidence;
using CoopAssistant.Graph.Options;
using Microsoft.Extensions.Options;
using Microsoft.Graph;
using Microsoft.Graph.Models;
using Microsoft.Kiota.Abstractions;

namespace CoopAssistant.Graph.Files;

/// <summary>
/// Finds or creates <c>{EvidenceFolder}/{claimId}</c> in the configured SharePoint drive, or in the user's OneDrive by default.
/// Found folders are remembered per drive and claim.
/// </summary>
public sealed class EvidenceFolderResolver(IOptions<GraphOptions> options)
{
    private readonly ConcurrentDictionary<string, EvidenceFolder> known = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, string> oneDrives = new(StringComparer.Ordinal);

    public async Task<EvidenceFolder> ResolveAsync(GraphServiceClient client, EvidenceTarget target, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(client);
        ArgumentNullException.ThrowIfNull(target);
        var o = options.Value;
        var driveId = o.EvidenceDriveId;
        var driveKey = string.IsNullOrEmpty(driveId) ? $"me:{target.User.CacheKey}" : driveId;
        var segments = o.EvidenceFolder.Split('/', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Select(EvidenceFileNames.Sanitise)
            .Append(EvidenceFileNames.SafeSegment(target.ClaimId))
            .ToArray();
        var path = string.Join('/', segments);
        var cacheKey = $"{driveKey}|{path}";
        if (known.TryGetValue(cacheKey, out var folder))
        {
            return folder;
        }

        if (string.IsNullOrEmpty(driveId) && !oneDrives.TryGetValue(driveKey, out driveId))
        {
            var drive = await client.Me.Drive.GetAsync(rc => rc.QueryParameters.Select = ["id"], cancellationToken);
            driveId = drive?.Id ?? throw new InvalidOperationException("The user has no OneDrive.");
            oneDrives[driveKey] = driveId;
        }

        var id = await TryGetIdAsync(client, driveId, path, cancellationToken);
        if (id is null)
        {
            var parentId = "root";
            var prefix = string.Empty;
            foreach (var segment in segments)
            {
                prefix = prefix.Length == 0 ? segment : $"{prefix}/{segment}";
                parentId = await TryGetIdAsync(client, driveId, prefix, cancellationToken)
                    ?? await CreateAsync(client, driveId, parentId, segment, prefix, cancellationToken);
            }

            id = parentId;
        }

        folder = new EvidenceFolder(driveId, id, path);
        known[cacheKey] = folder;
        return folder;
    }

    private static async Task<string?> TryGetIdAsync(GraphServiceClient client, string driveId, string path, CancellationToken cancellationToken)
    {
        try
        {
            var item = await client.Drives[driveId].Root.ItemWithPath(path).GetAsync(rc => rc.QueryParameters.Select = ["id", "folder"], cancellationToken);
            return item?.Id;
        }
        catch (ApiException ex) when (ex.ResponseStatusCode == 404)
        {
            return null;
        }
    }

    private static async Task<string> CreateAsync(GraphServiceClient client, string driveId, string parentId, string name, string path, CancellationToken cancellationToken)
    {
        var body = new DriveItem
        {
            Name = name,
            Folder = new Folder(),
            AdditionalData = new Dictionary<string, object> { ["@microsoft.graph.conflictBehavior"] = "fail" },
        };
        try
        {
            var created = await client.Drives[driveId].Items[parentId].Children.PostAsync(body, cancellationToken: cancellationToken);
            return created?.Id ?? throw new InvalidOperationException("Graph created a folder without an id.");
        }
        catch (ApiException ex) when (ex.ResponseStatusCode == 409)
        {
            return await TryGetIdAsync(client, driveId, path, cancellationToken)
                ?? throw new InvalidOperationException("The evidence folder exists but cannot be read.", ex);
        }
    }
}
