using System.Text.Json.Nodes;
using CoopAssistant.Bot.Cards;
using CoopAssistant.Claims.Model;
using CoopAssistant.Claims.Services;

namespace CoopAssistant.Bot.Conversation.Evidence.Search;

/// <summary>
/// What a file search is for: a claim (its owner's search — the card asks for the kind of evidence), or a colleague's request
/// (the kind is the item asked for, and the card names the claim by its title only). The buttons carry <see cref="Data"/>
/// (the claim's id and version, or the request's id) and nothing else.
/// </summary>
public sealed record FileSearchScope(string Title, string SearchVerb, string AttachVerb, JsonObject Data, EvidenceKind DefaultKind, bool KindFixed)
{
    public static FileSearchScope ForClaim(ClaimView claim)
    {
        ArgumentNullException.ThrowIfNull(claim);
        return new FileSearchScope(
            claim.Title,
            CardVerbs.EvidenceSearch,
            CardVerbs.EvidenceAttachFound,
            new JsonObject { [CardDataKeys.ClaimId] = claim.Id.ToString("D"), [CardDataKeys.ClaimVersion] = claim.Version },
            claim.Checklist.Missing.Count > 0 ? claim.Checklist.Missing[0] : EvidenceKind.ProofOfExecution,
            KindFixed: false);
    }

    /// <summary>A button of this scope: <paramref name="verb"/> with <see cref="Data"/> and <paramref name="extra"/>.</summary>
    public ExecuteAction Action(string title, string verb, JsonObject? extra = null)
    {
        var data = (JsonObject)Data.DeepClone();
        foreach (var (key, value) in extra ?? [])
        {
            data[key] = value?.DeepClone();
        }

        return CardActions.Execute(title, verb, data);
    }
}
