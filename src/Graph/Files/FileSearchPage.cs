namespace CoopAssistant.Graph.Files;

/// <summary>One page of search results; ask for the next page with <c>from = From + Items.Count</c> while <see cref="MoreAvailable"/>.</summary>
public sealed record FileSearchPage(IReadOnlyList<FoundFile> Items, int From, int? Total, bool MoreAvailable);
