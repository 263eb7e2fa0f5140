using CoopAssistant.Graph.Client;
using CoopAssistant.Graph.Evidence;
using CoopAssistant.Graph.Options;
using Microsoft.Extensions.Options;
using Microsoft.Graph.Models;
using Microsoft.Graph.Search.Query;

namespace CoopAssistant.Graph.Files;

public sealed class GraphFileFinder(IGraphClientFactory clients, IOptions<GraphOptions> options) : IGraphFileFinder
{
    /// <summary>KQL for "any document" (files, not folders or list items).</summary>
    public const string AnyDocument = "IsDocument:1";

    /// <summary>
    /// The sortable managed property of the last change: search can only sort on properties the search schema marks sortable
    /// (https://learn.microsoft.com/graph/search-concept-sort).
    /// </summary>
    public const string LastModifiedProperty = "LastModifiedTime";

    public async Task<FileSearchPage> SearchAsync(GraphUserKey user, string query, int from, int size, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(query);
        return await QueryAsync(user, query, Math.Max(0, from), size, sortByLastModified: false, cancellationToken);
    }

    /// <summary>
    /// The documents the user can reach, last modified first: Graph search sorted by <see cref="LastModifiedProperty"/>. Not
    /// <c>/me/drive/recent</c>, deprecated and returning no data after November 2026
    /// (https://learn.microsoft.com/graph/api/drive-recent), nor <c>/me/insights/used</c>, deprecated as well and turned off
    /// wherever an administrator disabled item insights (https://learn.microsoft.com/graph/api/resources/insightssettings).
    /// Search needs no permission beyond the one the query already uses.
    /// </summary>
    public async Task<IReadOnlyList<FoundFile>> RecentAsync(GraphUserKey user, int max, CancellationToken cancellationToken)
    {
        var page = await QueryAsync(user, AnyDocument, 0, max, sortByLastModified: true, cancellationToken);
        return page.Items;
    }

    private async Task<FileSearchPage> QueryAsync(GraphUserKey user, string query, int from, int size, bool sortByLastModified, CancellationToken cancellationToken)
    {
        size = Math.Clamp(size, 1, options.Value.MaxSearchPageSize);
        var client = clients.CreateForUser(user);
        var request = new SearchRequest
        {
            EntityTypes = [EntityType.DriveItem],
            Query = new SearchQuery { QueryString = query },
            From = from,
            Size = size,
        };
        if (sortByLastModified)
        {
            request.SortProperties = [new SortProperty { Name = LastModifiedProperty, IsDescending = true }];
        }

        var response = await client.Search.Query.PostAsQueryPostResponseAsync(new QueryPostRequestBody { Requests = [request] }, cancellationToken: cancellationToken);
        var container = response?.Value?.FirstOrDefault()?.HitsContainers?.FirstOrDefault();
        var items = new List<FoundFile>();
        foreach (var hit in container?.Hits ?? [])
        {
            if (FileLocations.ToFoundFile(hit.Resource as DriveItem) is { } file)
            {
                items.Add(file);
            }
        }

        return new FileSearchPage(items, from, container?.Total, container?.MoreResultsAvailable ?? false);
    }
}
