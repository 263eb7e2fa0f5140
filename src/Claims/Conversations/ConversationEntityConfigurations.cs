using CoopAssistant.Claims.Storage;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CoopAssistant.Claims.Conversations;

// The chat's tables (owner: TableOwners.Conversation).

/// <summary>Table <c>ConversationReferences</c>: whom the bot may message proactively, per tenant and user.</summary>
internal sealed class ConversationReferenceEntityConfiguration : IEntityTypeConfiguration<ConversationReferenceEntity>
{
    public void Configure(EntityTypeBuilder<ConversationReferenceEntity> builder)
    {
        builder.ToTable("ConversationReferences");
        builder.HasKey(x => new { x.TenantId, x.UserAadObjectId });
        builder.Property(x => x.TenantId).HasMaxLength(ClaimsModel.IdLength);
        builder.Property(x => x.UserAadObjectId).HasMaxLength(ClaimsModel.IdLength);
        builder.Property(x => x.UserId).HasMaxLength(256);
        builder.Property(x => x.ConversationId).HasMaxLength(512);
        builder.Property(x => x.ServiceUrl).HasMaxLength(2048);
        builder.Property(x => x.BotId).HasMaxLength(256);
        builder.Property(x => x.ChannelId).HasMaxLength(64);
        builder.Property(x => x.Locale).HasMaxLength(32);
        builder.Property(x => x.TimeZone).HasMaxLength(64);
    }
}

/// <summary>Table <c>DigestChannels</c>: the channel a tenant's administrator chose for the weekly digest.</summary>
internal sealed class DigestChannelEntityConfiguration : IEntityTypeConfiguration<DigestChannelEntity>
{
    public void Configure(EntityTypeBuilder<DigestChannelEntity> builder)
    {
        builder.ToTable("DigestChannels");
        builder.HasKey(x => x.TenantId);
        builder.Property(x => x.TenantId).HasMaxLength(ClaimsModel.IdLength);
        builder.Property(x => x.ConversationId).HasMaxLength(512);
        builder.Property(x => x.ServiceUrl).HasMaxLength(2048);
        builder.Property(x => x.BotId).HasMaxLength(256);
        builder.Property(x => x.ChannelId).HasMaxLength(64);
        builder.Property(x => x.ConversationType).HasMaxLength(32);
        builder.Property(x => x.TeamId).HasMaxLength(512);
        builder.Property(x => x.Locale).HasMaxLength(32);
        builder.Property(x => x.ChosenByObjectId).HasMaxLength(ClaimsModel.IdLength);
    }
}

/// <summary>Table <c>ConversationStates</c>: a conversation's form state, versioned.</summary>
internal sealed class ConversationStateEntityConfiguration : IEntityTypeConfiguration<ConversationStateEntity>
{
    public void Configure(EntityTypeBuilder<ConversationStateEntity> builder)
    {
        builder.ToTable("ConversationStates");
        builder.HasKey(x => x.ConversationId);
        builder.Property(x => x.ConversationId).HasMaxLength(512);
        builder.Property(x => x.Version).IsConcurrencyToken();
    }
}
