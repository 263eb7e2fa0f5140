using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CoopAssistant.Claims.Tokens;

/// <summary>Table <c>GraphTokenCache</c>: one row per user and tenant.</summary>
internal sealed class GraphTokenCacheEntityConfiguration : IEntityTypeConfiguration<GraphTokenCacheEntity>
{
    /// <summary>"{oid}.{tid}": two GUIDs and a dot, with room for MSAL's other key forms.</summary>
    internal const int KeyLength = 256;

    public void Configure(EntityTypeBuilder<GraphTokenCacheEntity> builder)
    {
        builder.ToTable("GraphTokenCache");
        builder.HasKey(x => x.CacheKey);
        builder.Property(x => x.CacheKey).HasMaxLength(KeyLength);
        builder.Property(x => x.Value).IsRequired();
    }
}
