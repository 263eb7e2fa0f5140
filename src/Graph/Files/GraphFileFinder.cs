using CoopAssistant.Graph.Client;
using CoopAssistant.Graph.Evidence;
using CoopAssistant.Graph.Options;
using Microsoft.Extensions.Options;
using Microsoft.Graph.Models;
using Microsoft.Graph.Search.Query;

namespace CoopAssistant.Graph.Files;

public sealed class GraphFileFinder(IGraphClientFactory clients, IOptions<GraphOptions> options) : IGraphFileFinder
{
    public async Task<FileSearchPage> SearchAsync(GraphUserKey user, string query, int from, int size, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(query);
        from = Math.Max(0, from);
        size = Math.Clamp(size, 1, options.Value.MaxSearchPageSize);
        var client = clients.CreateForUser(user);
        var body = new QueryPostRequestBody
        {
            Requests =
            [
                new SearchRequest
                {
                    EntityTypes = [EntityType.DriveItem],
                    Query = new SearchQuery { QueryString = query },
                    From = from,
                    Size = size,
                },
            ],
        };
        var response = await client.Search.Query.PostAsQueryPostResponseAsync(body, cancellationToken: cancellationToken);
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

    public async Task<IReadOnlyList<FoundFile>> RecentAsync(GraphUserKey user, int max, CancellationToken cancellationToken)
    {
        max = Math.Clamp(max, 1, options.Value.MaxSearchPageSize);
        var client = clients.CreateForUser(user);
        var url = $"{options.Value.BaseUrl.AbsoluteUri.TrimEnd('/')}/me/drive/recent?$top={max}";
        // Graph marks drive/recent deprecated (no data after November 2027); the issue still asks for it.
#pragma warning disable CS0618
        var response = await client.Drives["me"].Recent.WithUrl(url).GetAsRecentGetResponseAsync(cancellationToken: cancellationToken);
#pragma warning restore CS0618
        var items = new List<FoundFile>();
        foreach (var item in response?.Value ?? [])
        {
            if (FileLocations.ToFoundFile(item) is { } file)
            {
                items.Add(file);
            }
        }

        return items.Count > max ? items[..max] : items;
    }
}
