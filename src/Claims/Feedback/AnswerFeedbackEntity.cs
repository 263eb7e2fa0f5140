namespace CoopAssistant.Claims.Feedback;

/// <summary>Storage row for <see cref="AnswerFeedback"/>.</summary>
public sealed class AnswerFeedbackEntity
{
    public Guid Id { get; set; }

    public required string TenantId { get; set; }

    public required string UserId { get; set; }

    public required string Question { get; set; }

    public required string ArticleId { get; set; }

    public bool Helpful { get; set; }

    public required string Language { get; set; }

    public string? ActivityId { get; set; }

    public DateTimeOffset RecordedAt { get; set; }
}
