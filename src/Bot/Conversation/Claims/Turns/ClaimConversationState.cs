using CoopAssistant.Bot.Conversation.Claims.NewClaim;
using CoopAssistant.Claims.Model;

namespace CoopAssistant.Bot.Conversation.Claims.Turns;

/// <summary>The claim flow's part of a conversation's stored state: the form in progress, forms already turned into claims
/// (so a second click does not create a second claim), Partner Center claim ids the user gave, the evidence kind chosen last.</summary>
public sealed record ClaimConversationState
{
    /// <summary>How many created-form ids are remembered.</summary>
    public const int MaxRemembered = 20;

    public ClaimFormState? Form { get; init; }

    public IReadOnlyDictionary<string, Guid> Created { get; init; } = new Dictionary<string, Guid>();

    public IReadOnlyDictionary<string, string> PartnerCenterClaimIds { get; init; } = new Dictionary<string, string>();

    public PendingEvidence? PendingEvidence { get; init; }

    /// <summary>Files dropped into the chat before the user signed in to Microsoft 365; kept once the token exchange succeeds.</summary>
    public CoopAssistant.Bot.Conversation.Evidence.ChatFilesAwaitingSignIn? FilesAwaitingSignIn { get; init; }

    /// <summary>The funds file last dropped into the chat and previewed, waiting for "Import".</summary>
    public CoopAssistant.Bot.Conversation.Funds.PendingFundsFile? FundsFile { get; init; }

    public ClaimConversationState WithCreated(string formId, Guid claimId)
    {
        var created = Created.Where(kv => kv.Key != formId).TakeLast(MaxRemembered - 1).ToDictionary();
        created[formId] = claimId;
        return this with { Created = created, Form = null };
    }

    public ClaimConversationState WithPartnerCenterClaimId(Guid claimId, string partnerCenterClaimId)
    {
        var key = claimId.ToString("D");
        var ids = PartnerCenterClaimIds.Where(kv => kv.Key != key).TakeLast(MaxRemembered - 1).ToDictionary();
        ids[key] = partnerCenterClaimId;
        return this with { PartnerCenterClaimIds = ids };
    }
}

/// <summary>A claim form being filled in: new or editing <see cref="ClaimId"/>, with the values as last submitted.</summary>
public sealed record ClaimFormState(ClaimFormMode Mode, string FormId, Guid? ClaimId, long? ClaimVersion, ClaimFormValues Values);

/// <summary>The evidence kind the user chose for a claim; the evidence conversation picks it up when a file arrives.</summary>
public sealed record PendingEvidence(Guid ClaimId, EvidenceKind Kind);
