namespace CoopAssistant.Claims.Feedback;

/// <summary>One "was this helpful?" vote on an answer: the question, the article, up or down, who and when.</summary>
public sealed record AnswerFeedback(string TenantId, string UserId, string Question, string ArticleId, bool Helpful, string Language, string? ActivityId);

/// <summary>Where votes are kept so the knowledge articles can be improved.</summary>
public interface IAnswerFeedbackStore
{
    /// <summary>Records a vote; the same activity recorded twice (a redelivered click) is kept once.</summary>
    Task RecordAsync(AnswerFeedback feedback, CancellationToken cancellationToken);

    /// <summary>The votes of one tenant, newest first.</summary>
    Task<IReadOnlyList<AnswerFeedback>> ListAsync(string tenantId, int take, CancellationToken cancellationToken);
}
