using CoopAssistant.Graph.Evidence;

namespace CoopAssistant.Graph.People;

/// <summary>The signed-in user's directory through Graph: only users of their own tenant (Graph answers per tenant).</summary>
public interface IGraphPeopleSearch
{
    /// <summary><c>GET /users?$search="displayName:x" OR "mail:x"</c> with <c>ConsistencyLevel: eventual</c>, at most <paramref name="max"/>.</summary>
    Task<IReadOnlyList<DirectoryPerson>> SearchAsync(GraphUserKey user, string text, int max, CancellationToken cancellationToken);

    /// <summary><c>GET /users/{id | userPrincipalName}</c>, or null when the tenant has no such user.</summary>
    Task<DirectoryPerson?> FindAsync(GraphUserKey user, string idOrPrincipalName, CancellationToken cancellationToken);
}
