using CoopAssistant.Claims.Model;
using CoopAssistant.Claims.Storage;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CoopAssistant.Claims.Colleagues;

/// <summary>Table <c>ColleagueRequests</c> (owner: <see cref="TableOwners.Conversation"/>): a request to a colleague for a claim's document.</summary>
internal sealed class ColleagueRequestEntityConfiguration : IEntityTypeConfiguration<ColleagueRequestEntity>
{
    public void Configure(EntityTypeBuilder<ColleagueRequestEntity> builder)
    {
        builder.ToTable("ColleagueRequests");
        builder.HasKey(x => x.Id);
        builder.Property(x => x.TenantId).HasMaxLength(ClaimsModel.IdLength);
        builder.Property(x => x.OwnerObjectId).HasMaxLength(ClaimsModel.IdLength);
        builder.Property(x => x.OwnerName).HasMaxLength(256);
        builder.Property(x => x.ColleagueObjectId).HasMaxLength(ClaimsModel.IdLength);
        builder.Property(x => x.ColleagueName).HasMaxLength(256);
        builder.Property(x => x.Item).HasMaxLength(64);
        builder.Property(x => x.Note).HasMaxLength(1000);
        builder.Property(x => x.Status).HasMaxLength(16);
        builder.Property(x => x.Answer).HasMaxLength(1000);
        builder.Property(x => x.OwnerCardServiceUrl).HasMaxLength(2048);
        builder.Property(x => x.OwnerCardConversationId).HasMaxLength(512);
        builder.Property(x => x.OwnerCardActivityId).HasMaxLength(512);
        // A colleague's open requests (their chat's files answer the oldest); a claim's requests.
        builder.HasIndex(x => new { x.TenantId, x.ColleagueObjectId, x.Status }).HasDatabaseName("IX_ColleagueRequests_Colleague_Status");
        builder.HasIndex(x => new { x.TenantId, x.ClaimId }).HasDatabaseName("IX_ColleagueRequests_Claim");
        builder.HasOne<Claim>().WithMany().HasForeignKey(x => x.ClaimId).OnDelete(DeleteBehavior.Cascade);
    }
}
