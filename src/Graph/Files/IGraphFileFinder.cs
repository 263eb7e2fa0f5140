using CoopAssistant.Graph.Evidence;

namespace CoopAssistant.Graph.Files;

/// <summary>Finds files the user can reach: Graph search over OneDrive and SharePoint, and recently modified files.</summary>
public interface IGraphFileFinder
{
    /// <summary><c>POST /search/query</c> with entity type driveItem; KQL such as <c>filetype:pdf</c> is allowed in <paramref name="query"/>.</summary>
    Task<FileSearchPage> SearchAsync(GraphUserKey user, string query, int from, int size, CancellationToken cancellationToken);

    /// <summary>Documents the user can reach, last modified first (Graph search sorted by last modification), files only.</summary>
    Task<IReadOnlyList<FoundFile>> RecentAsync(GraphUserKey user, int max, CancellationToken cancellationToken);
}
