using CoopAssistant.Claims.Access;
using CoopAssistant.Claims.Colleagues;
using CoopAssistant.Bot.Conversation.Commands;

namespace CoopAssistant.Bot.Conversation.Colleagues;

/// <summary>Finds people of the caller's organization (their tenant only: nobody of another tenant is ever found).</summary>
public interface IPeopleDirectory
{
    /// <summary>Up to <paramref name="max"/> people whose name (or e-mail) matches every typed word.</summary>
    Task<IReadOnlyList<KnownPerson>> SearchAsync(ClaimsCaller caller, string text, int max, CancellationToken cancellationToken);

    /// <summary>The person a form names: an Entra object id (the picker's value), or a typed name or e-mail that matches exactly one person.</summary>
    Task<KnownPerson?> FindAsync(ClaimsCaller caller, string idOrTyped, CancellationToken cancellationToken);
}

/// <summary>
/// The directory without Microsoft Graph (local mode): the people of the caller's tenant the app knows by name, the owners of its
/// claims (<see cref="IColleagueRequestStore.KnownPeopleAsync"/>). A typed e-mail matches a person whose name is its local part
/// ("bruno.lima@contoso.com" is Bruno Lima); names compare without case or accents.
/// </summary>
public sealed class KnownPeopleDirectory(IColleagueRequestStore store) : IPeopleDirectory
{
    public async Task<IReadOnlyList<KnownPerson>> SearchAsync(ClaimsCaller caller, string text, int max, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(caller);
        var words = CommandText.Normalize(text ?? "").Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var people = await store.KnownPeopleAsync(caller.TenantId, cancellationToken);
        return [.. people.Where(p => words.All(w => CommandText.Normalize(p.Name).Contains(w, StringComparison.Ordinal))).Take(Math.Clamp(max, 1, 50))];
    }

    public async Task<KnownPerson?> FindAsync(ClaimsCaller caller, string idOrTyped, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(caller);
        var typed = (idOrTyped ?? "").Trim();
        if (typed.Length == 0)
        {
            return null;
        }

        var people = await store.KnownPeopleAsync(caller.TenantId, cancellationToken);
        var byId = people.FirstOrDefault(p => string.Equals(p.ObjectId, typed, StringComparison.OrdinalIgnoreCase));
        if (byId is not null)
        {
            return byId;
        }

        var at = typed.IndexOf('@', StringComparison.Ordinal);
        var name = CommandText.Normalize(at > 0 ? typed[..at].Replace('.', ' ').Replace('_', ' ') : typed);
        var matches = people.Where(p => CommandText.Normalize(p.Name) == name).Take(2).ToList();
        return matches.Count == 1 ? matches[0] : null;
    }
}
