using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CoopAssistant.Claims.Tokens;

/// <summary>Table <c>TokenExchanges</c>: the primary key makes "first host to insert wins"; expired rows are swept by expiry.</summary>
internal sealed class TokenExchangeEntityConfiguration : IEntityTypeConfiguration<TokenExchangeEntity>
{
    internal const int IdLength = 256;

    public void Configure(EntityTypeBuilder<TokenExchangeEntity> builder)
    {
        builder.ToTable("TokenExchanges");
        builder.HasKey(x => x.ExchangeId);
        builder.Property(x => x.ExchangeId).HasMaxLength(IdLength);
        builder.HasIndex(x => x.ExpiresAt);
    }
}
