namespace CoopAssistant.Claims.Storage;

/// <summary>
/// The app's one database is everybody's persistence: the claims domain's tables and the tables other modules own. Their
/// entities and configurations are compiled here (one EF Core model, one migrations history for SQLite and one for
/// PostgreSQL, so every host migrates one schema), but each table has one owning module, the only one that writes it; the
/// code that reads and writes it lives in that module where it can (see docs/storage.md). A table missing here fails
/// <c>TableOwnershipTests</c>: a new table names its owner. Each table's configuration sits next to its entity, and
/// <see cref="ClaimsModel"/> applies them owner by owner in the order of this list.
/// </summary>
public static class TableOwners
{
    public const string Claims = "Claims";
    public const string Graph = "Graph";
    public const string Scheduling = "Scheduling";
    public const string Conversation = "Bot (conversation)";
    public const string ScaleOut = "Bot (scale-out)";

    /// <summary>Table name → owning module.</summary>
    public static IReadOnlyDictionary<string, string> ByTable { get; } = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        // The claims domain (Claims/Model, Claims/Services, Claims/Access).
        ["Claims"] = Claims,
        ["EvidenceItems"] = Claims,
        ["DocumentationRequests"] = Claims,
        ["TenantRoles"] = Claims,

        // The evidence review's findings, acceptances and duplicate keys (Claims/Findings), and the partner's own identity
        // (Claims/Partner): the claims domain writes them; the review's background work saves through Claims/Findings.
        ["ClaimReviews"] = Claims,
        ["FindingAcceptances"] = Claims,
        ["ReviewedDocumentKeys"] = Claims,
        ["PartnerIdentities"] = Claims,
        // Co-op funds and their ledger (Claims/Funds; the ledger columns move with the claim unit of work), and every claim's
        // history, written by the claim unit of work in the same transaction as the change (Claims/Services, Claims/History).
        ["Funds"] = Claims,
        ["ClaimHistory"] = Claims,

        // Claims counted per tenant, deadline, status and currency for the dashboard's organization view, kept by the claim unit
        // of work in the change's transaction (Claims/Counters).
        ["ClaimCounters"] = Claims,

        // Reminder rows, planned and sent by Scheduling (Scheduling/Storage/ReminderStore; rows cascade with their claim).
        ["Reminders"] = Scheduling,

        // Funds-at-risk alerts, claimed before they are sent (Scheduling/Funds/FundsAtRiskRunner).
        ["FundAlerts"] = Scheduling,

        // Long work that outlives a turn (files to keep, found files to attach), run by Scheduling/Work; the store is Claims/Work.
        ["BackgroundWork"] = Scheduling,

        // The chat: whom to message proactively (also read by Scheduling's time zones), a form's state, answer votes, and the
        // channel a tenant's administrator chose for the digest (also read by Scheduling's weekly digest).
        ["ConversationReferences"] = Conversation,
        ["ConversationStates"] = Conversation,
        ["AnswerFeedback"] = Conversation,
        ["DigestChannels"] = Conversation,

        // Requests to a colleague for a claim's document (Bot/Conversation/Colleagues; the store is Claims/Colleagues).
        ["ColleagueRequests"] = Conversation,

        // Graph's token cache and the SSO exchange ids (Graph/Tokens).
        ["GraphTokenCache"] = Graph,
        ["TokenExchanges"] = Graph,

        // Several hosts on one database (Bot/ScaleOut): de-duplication, the tenant send schedule, the Data Protection key ring.
        ["ProcessedActivities"] = ScaleOut,
        ["TenantSendSlots"] = ScaleOut,
        ["DataProtectionKeys"] = ScaleOut,
    };
}
