using System.Text;
using CoopAssistant.Graph.Client;
using CoopAssistant.Graph.Evidence;
using Microsoft.Graph.Models;
using Microsoft.Graph.Models.ODataErrors;

namespace CoopAssistant.Graph.People;

/// <summary>
/// Graph's user directory for the person picker. <c>$search</c> on directory objects needs the <c>ConsistencyLevel: eventual</c>
/// header and clauses of the form <c>"property:text"</c> joined by <c>OR</c>
/// (https://learn.microsoft.com/en-us/graph/search-query-parameter#using-search-on-directory-object-collections); listing and
/// reading users needs <c>User.ReadBasic.All</c> delegated at least (https://learn.microsoft.com/en-us/graph/api/user-list#permissions).
/// </summary>
public sealed class GraphPeopleSearch(IGraphClientFactory clients) : IGraphPeopleSearch
{
    public const string ConsistencyLevelHeader = "ConsistencyLevel";
    public const string Eventual = "eventual";

    private static readonly string[] Fields = ["id", "displayName", "mail", "userPrincipalName"];

    public async Task<IReadOnlyList<DirectoryPerson>> SearchAsync(GraphUserKey user, string text, int max, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(user);
        var term = Clean(text);
        if (term.Length == 0)
        {
            return [];
        }

        var client = clients.CreateForUser(user);
        var page = await client.Users.GetAsync(
            request =>
            {
                request.QueryParameters.Search = SearchExpression(term);
                request.QueryParameters.Select = Fields;
                request.QueryParameters.Top = Math.Clamp(max, 1, 50);
                request.Headers.Add(ConsistencyLevelHeader, Eventual);
            },
            cancellationToken);
        return [.. (page?.Value ?? []).Select(ToPerson).OfType<DirectoryPerson>()];
    }

    public async Task<DirectoryPerson?> FindAsync(GraphUserKey user, string idOrPrincipalName, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(user);
        var key = (idOrPrincipalName ?? "").Trim();
        if (key.Length == 0 || key.Length > 256 || key.Any(c => c is '/' or '?' or '#' or '\\' || char.IsWhiteSpace(c)))
        {
            return null;
        }

        try
        {
            var found = await clients.CreateForUser(user).Users[key].GetAsync(request => request.QueryParameters.Select = Fields, cancellationToken);
            return ToPerson(found);
        }
        catch (ODataError error) when (error.ResponseStatusCode == 404)
        {
            return null;
        }
    }

    /// <summary><c>"displayName:text" OR "mail:text"</c>.</summary>
    public static string SearchExpression(string term) => $"\"displayName:{term}\" OR \"mail:{term}\"";

    /// <summary>The typed text without the characters that would end or escape a <c>$search</c> clause, at most 100 characters.</summary>
    private static string Clean(string? text)
    {
        var builder = new StringBuilder();
        foreach (var c in (text ?? "").Trim())
        {
            if (c is not ('"' or '\\') && !char.IsControl(c))
            {
                builder.Append(c);
            }
        }

        var cleaned = builder.ToString().Trim();
        return cleaned.Length > 100 ? cleaned[..100] : cleaned;
    }

    private static DirectoryPerson? ToPerson(User? user) =>
        user?.Id is { Length: > 0 } id ? new DirectoryPerson(id, user.DisplayName ?? user.Mail ?? user.UserPrincipalName ?? id, user.Mail ?? user.UserPrincipalName) : null;
}
