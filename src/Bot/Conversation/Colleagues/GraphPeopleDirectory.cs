using CoopAssistant.Bot.Conversation.Evidence.SignIn;
using CoopAssistant.Claims.Access;
using CoopAssistant.Claims.Colleagues;
using CoopAssistant.Graph.Evidence;
using CoopAssistant.Graph.Files;
using CoopAssistant.Graph.People;

namespace CoopAssistant.Bot.Conversation.Colleagues;

/// <summary>
/// The directory of a caller signed in to Microsoft Graph: Graph's users of their tenant (<see cref="IGraphPeopleSearch"/>; a
/// token is for one tenant, so nobody of another tenant can be found). Without Graph configured, without the caller's Graph
/// token, or while Graph fails, it is the local directory (<see cref="KnownPeopleDirectory"/>: known people, typed e-mail).
/// </summary>
public sealed partial class GraphPeopleDirectory(KnownPeopleDirectory known, GraphSignIn signIn, IGraphPeopleSearch graph, ILogger<GraphPeopleDirectory> logger) : IPeopleDirectory
{
    public async Task<IReadOnlyList<KnownPerson>> SearchAsync(ClaimsCaller caller, string text, int max, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(caller);
        if (await GraphUserAsync(caller, cancellationToken) is { } user && !string.IsNullOrWhiteSpace(text))
        {
            try
            {
                var people = await graph.SearchAsync(user, text, max, cancellationToken);
                return [.. people.Select(p => new KnownPerson(p.ObjectId, p.DisplayName))];
            }
            catch (Exception exception) when (GraphFailure.Classify(exception) is not null)
            {
                LogGraphFailed(logger, exception);
            }
        }

        return await known.SearchAsync(caller, text, max, cancellationToken);
    }

    public async Task<KnownPerson?> FindAsync(ClaimsCaller caller, string idOrTyped, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(caller);
        if (await known.FindAsync(caller, idOrTyped, cancellationToken) is { } person)
        {
            return person;
        }

        if (await GraphUserAsync(caller, cancellationToken) is { } user)
        {
            try
            {
                return await graph.FindAsync(user, idOrTyped, cancellationToken) is { } found ? new KnownPerson(found.ObjectId, found.DisplayName) : null;
            }
            catch (Exception exception) when (GraphFailure.Classify(exception) is not null)
            {
                LogGraphFailed(logger, exception);
            }
        }

        return null;
    }

    private async Task<GraphUserKey?> GraphUserAsync(ClaimsCaller caller, CancellationToken cancellationToken)
    {
        if (!signIn.IsConfigured || string.IsNullOrEmpty(caller.TenantId) || string.IsNullOrEmpty(caller.UserObjectId))
        {
            return null;
        }

        var user = new GraphUserKey(caller.TenantId, caller.UserObjectId);
        return await signIn.NeedsSignInAsync(user, cancellationToken) ? null : user;
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Graph people search failed; the picker offers the known people instead")]
    private static partial void LogGraphFailed(ILogger logger, Exception exception);
}
