namespace CoopAssistant.Claims.ScaleOut;

/// <summary>Per tenant, the earliest moment the next proactive send may leave any host (a cluster-wide evenly spaced
/// send schedule kept by the bot host's <c>PostgresTenantSendPacer</c>).</summary>
public sealed class TenantSendSlotEntity
{
    public required string TenantId { get; set; }

    public DateTimeOffset NextAt { get; set; }
}
