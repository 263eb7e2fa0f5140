namespace CoopAssistant.Claims.Conversations;

/// <summary>
/// Where a tenant's weekly digest and funds-at-risk alerts are posted for the whole team to see: a team channel or group chat an
/// Incentives administrator chose ("digest here"). <paramref name="ConversationType"/> is <c>channel</c> or <c>groupChat</c>.
/// </summary>
[System.Diagnostics.CodeAnalysis.SuppressMessage("Design", "CA1056:URI-like properties should not be strings", Justification = "Contract: the service URL is kept exactly as the channel sent it.")]
public sealed record DigestChannelRecord(
    string TenantId,
    string ConversationId,
    string ServiceUrl,
    string BotId,
    string ChannelId,
    string ConversationType,
    string? TeamId,
    string? Locale,
    string ChosenByObjectId,
    DateTimeOffset ChosenAt);

public interface IDigestChannelStore
{
    Task<DigestChannelRecord?> FindAsync(string tenantId, CancellationToken cancellationToken);

    /// <summary>Chooses the tenant's digest channel, replacing the one chosen before.</summary>
    Task SetAsync(DigestChannelRecord channel, CancellationToken cancellationToken);
}
