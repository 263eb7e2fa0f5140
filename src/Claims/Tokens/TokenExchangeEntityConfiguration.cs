using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CoopAssistant.Claims.Tokens;

/// <summary>Table <c>TokenExchanges</c>: the primary key makes "first host to insert wins"; expired rows are swept by expiry.</summary>
internal sealed class TokenExchangeEntityConfiguration : IEntityTypeConfiguration<TokenExchangeEntity>
{
    public void Configure(EntityTypeBuilder<TokenExchangeEntity> builder)
    {
        builder.ToTable("TokenExchanges");
        builder.HasKey(x => x.ExchangeId);
        builder.Property(x => x.ExchangeId).HasMaxLength(TokenExchangeEntity.MaxIdLength);
        builder.HasIndex(x => x.ExpiresAt);
    }
}
