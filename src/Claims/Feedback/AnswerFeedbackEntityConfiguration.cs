using CoopAssistant.Claims.Storage;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CoopAssistant.Claims.Feedback;

/// <summary>Table <c>AnswerFeedback</c> (owner: <see cref="TableOwners.Conversation"/>): votes on the bot's answers.</summary>
internal sealed class AnswerFeedbackEntityConfiguration : IEntityTypeConfiguration<AnswerFeedbackEntity>
{
    public void Configure(EntityTypeBuilder<AnswerFeedbackEntity> builder)
    {
        builder.ToTable("AnswerFeedback");
        builder.HasKey(x => x.Id);
        builder.Property(x => x.TenantId).HasMaxLength(64);
        builder.Property(x => x.UserId).HasMaxLength(256);
        builder.Property(x => x.Question).HasMaxLength(512);
        builder.Property(x => x.ArticleId).HasMaxLength(128);
        builder.Property(x => x.Language).HasMaxLength(16);
        builder.Property(x => x.ActivityId).HasMaxLength(256);
        builder.HasIndex(x => new { x.TenantId, x.ActivityId });
        builder.HasIndex(x => new { x.TenantId, x.RecordedAt });
    }
}
