using CoopAssistant.Claims.Storage;
using Microsoft.EntityFrameworkCore;

namespace CoopAssistant.Claims.Feedback;

internal sealed class AnswerFeedbackStore(ClaimsDatabase database, TimeProvider time) : IAnswerFeedbackStore
{
    public async Task RecordAsync(AnswerFeedback feedback, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(feedback);
        await using var context = database.ForSystem();
        if (feedback.ActivityId is { } activityId
            && await context.AnswerFeedback.AnyAsync(f => f.TenantId == feedback.TenantId && f.ActivityId == activityId, cancellationToken))
        {
            return;
        }

        context.AnswerFeedback.Add(new AnswerFeedbackEntity
        {
            Id = Guid.NewGuid(),
            TenantId = feedback.TenantId,
            UserId = feedback.UserId,
            Question = feedback.Question,
            ArticleId = feedback.ArticleId,
            Helpful = feedback.Helpful,
            Language = feedback.Language,
            ActivityId = feedback.ActivityId,
            RecordedAt = time.GetUtcNow(),
        });
        await context.SaveChangesAsync(cancellationToken);
    }

    public async Task<IReadOnlyList<AnswerFeedback>> ListAsync(string tenantId, int take, CancellationToken cancellationToken)
    {
        await using var context = database.ForSystem();
        var rows = await context.AnswerFeedback.AsNoTracking()
            .Where(f => f.TenantId == tenantId)
            .OrderByDescending(f => f.RecordedAt)
            .Take(take)
            .ToListAsync(cancellationToken);
        return [.. rows.Select(f => new AnswerFeedback(f.TenantId, f.UserId, f.Question, f.ArticleId, f.Helpful, f.Language, f.ActivityId))];
    }
}
