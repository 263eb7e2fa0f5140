namespace CoopAssistant.Bot.ScaleOut;

/// <summary>Registered when no certificate encrypts the Data Protection key ring and the host is not in local mode: says so at
/// every start, at Warning, with what to set (<see cref="DataProtectionCertificate"/>).</summary>
internal sealed partial class KeyRingEncryptionWarning(ILogger<KeyRingEncryptionWarning> logger) : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken)
    {
        LogNotEncrypted(logger, DataProtectionCertificate.PathSetting, DataProtectionCertificate.ThumbprintSetting);
        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    [LoggerMessage(EventId = 7401, Level = LogLevel.Warning, Message =
        "DATA PROTECTION KEYS ARE STORED UNENCRYPTED in the database: whoever reads it can decrypt the users' Graph sign-ins and forge " +
        "claim package links. Set {PathSetting} (a PKCS#12 file) or {ThumbprintSetting} (a certificate in the My store); required in " +
        "production (docs/deploy.md).")]
    private static partial void LogNotEncrypted(ILogger logger, string pathSetting, string thumbprintSetting);
}
