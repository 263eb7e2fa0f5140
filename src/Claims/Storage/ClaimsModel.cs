using Microsoft.EntityFrameworkCore;

namespace CoopAssistant.Claims.Storage;

/// <summary>Provider-neutral model configuration (tables, keys, lengths, indexes) of every table of the one database, applied
/// owner by owner as <see cref="TableOwners"/> lists them: each table's <see cref="IEntityTypeConfiguration{TEntity}"/> sits next
/// to its entity, in the folder of the code that writes it.</summary>
internal static class ClaimsModel
{
    internal const int IdLength = 64;

    internal static void Configure(ModelBuilder b)
    {
        // TableOwners.Claims: the claims domain (Claims/Model, Claims/Counters), the evidence review (Claims/Findings) and the
        // partner's own identity (Claims/Partner).
        b.ApplyConfiguration(new Model.ClaimConfiguration())
            .ApplyConfiguration(new Counters.ClaimCounterConfiguration())
            .ApplyConfiguration(new Model.EvidenceItemConfiguration())
            .ApplyConfiguration(new Model.DocumentationRequestConfiguration())
            .ApplyConfiguration(new Model.ClaimHistoryEntryConfiguration())
            .ApplyConfiguration(new Model.TenantRoleConfiguration())
            .ApplyConfiguration(new Model.FundConfiguration())
            .ApplyConfiguration(new Findings.ClaimReviewConfiguration())
            .ApplyConfiguration(new Findings.FindingAcceptanceRecordConfiguration())
            .ApplyConfiguration(new Findings.ReviewedDocumentKeyConfiguration())
            .ApplyConfiguration(new Partner.PartnerIdentityEntryConfiguration());

        // TableOwners.Scheduling: reminders and funds-at-risk alerts (entities in Claims/Model), long work (Claims/Work).
        b.ApplyConfiguration(new Model.ReminderConfiguration())
            .ApplyConfiguration(new Model.FundAlertConfiguration())
            .ApplyConfiguration(new Work.BackgroundWorkConfiguration());

        // TableOwners.Conversation: the chat's references, form state and digest channels (Claims/Conversations), requests to
        // colleagues (Claims/Colleagues) and answer votes (Claims/Feedback).
        b.ApplyConfiguration(new Conversations.ConversationReferenceEntityConfiguration())
            .ApplyConfiguration(new Conversations.ConversationStateEntityConfiguration())
            .ApplyConfiguration(new Conversations.DigestChannelEntityConfiguration())
            .ApplyConfiguration(new Colleagues.ColleagueRequestEntityConfiguration())
            .ApplyConfiguration(new Feedback.AnswerFeedbackEntityConfiguration());

        // TableOwners.Graph: the token cache and the SSO exchange ids (Claims/Tokens).
        b.ApplyConfiguration(new Tokens.GraphTokenCacheEntityConfiguration())
            .ApplyConfiguration(new Tokens.TokenExchangeEntityConfiguration());

        // TableOwners.ScaleOut: de-duplication, the tenant send schedule, the Data Protection key ring (Claims/ScaleOut).
        ScaleOut.ScaleOutModel.Configure(b);
    }
}
