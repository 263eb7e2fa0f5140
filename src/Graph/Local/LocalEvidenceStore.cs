using CoopAssistant.Claims.Results;
using CoopAssistant.Claims.Validation;
using System.Text.Json;
using CoopAssistant.Graph.Evidence;
using CoopAssistant.Graph.Options;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace CoopAssistant.Graph.Local;

/// <summary>
/// Embedded default: content-addressed files under <c>{data}/evidence/{tenant}/{claim}/{sha256}</c>,
/// with a <c>{sha256}.json</c> sidecar holding the sanitised original name.
/// </summary>
public sealed partial class LocalEvidenceStore(
    IOptions<EvidenceOptions> options,
    IOptions<EvidenceFileOptions> fileRules,
    IEvidenceFilePolicy policy,
    TimeProvider timeProvider,
    ILogger<LocalEvidenceStore> logger) : IEvidenceStore
{
    private static readonly JsonSerializerOptions SidecarJson = new(JsonSerializerDefaults.Web) { WriteIndented = true };

    public EvidenceStoreKind Kind => EvidenceStoreKind.Local;

    /// <summary>Directory holding one claim's evidence.</summary>
    public string ClaimDirectory(string tenantId, string claimId) =>
        Path.Combine(options.Value.ResolveDataDirectory(), "evidence", EvidenceFileNames.SafeSegment(tenantId), EvidenceFileNames.SafeSegment(claimId));

    public async Task<Result<StoredEvidence, EvidenceRefusal>> StoreAsync(EvidenceUpload upload, IProgress<EvidenceCopyProgress>? progress, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(upload);
        var precheck = policy.Check(upload.FileName, upload.Length ?? 1);
        if (precheck is not null)
        {
            LogRefused(logger, upload.FileName, precheck.Value);
            return new EvidenceRefusal(precheck.Value, upload.FileName);
        }

        var directory = ClaimDirectory(upload.Target.TenantId, upload.Target.ClaimId);
        Directory.CreateDirectory(directory);
        var temp = Path.Combine(directory, $".incoming-{Guid.NewGuid():N}");
        try
        {
            HashingCopy.Result copied;
            var bytes = new Progress<long>(b => progress?.Report(new EvidenceCopyProgress(0, 1, upload.FileName, b)));
            await using (var file = new FileStream(temp, FileMode.CreateNew, FileAccess.Write, FileShare.None, 81920, useAsync: true))
            {
                copied = await HashingCopy.CopyAsync(upload.Content, file, fileRules.Value.MaxFileBytes, bytes, cancellationToken);
            }

            var check = copied.ExceededLimit ? EvidenceErrorCode.TooLarge : policy.Check(upload.FileName, copied.Length);
            if (check is null)
            {
                await using var kept = new FileStream(temp, FileMode.Open, FileAccess.Read, FileShare.Read, 8192, useAsync: false);
                check = policy.CheckContent(kept);
            }

            if (check is not null)
            {
                LogRefused(logger, upload.FileName, check.Value);
                return new EvidenceRefusal(check.Value, upload.FileName);
            }

            var contentPath = Path.Combine(directory, copied.Sha256);
            if (File.Exists(contentPath))
            {
                File.Delete(temp);
            }
            else
            {
                File.Move(temp, contentPath);
            }

            var name = EvidenceFileNames.Sanitise(upload.FileName);
            var sidecar = new LocalEvidenceSidecar(name, upload.ContentType, copied.Length, copied.Sha256, timeProvider.GetUtcNow());
            var sidecarPath = contentPath + ".json";
            if (!File.Exists(sidecarPath))
            {
                await File.WriteAllTextAsync(sidecarPath, JsonSerializer.Serialize(sidecar, SidecarJson), cancellationToken);
            }

            progress?.Report(new EvidenceCopyProgress(1, 1, upload.FileName, copied.Length));
            LogStored(logger, name, copied.Sha256, copied.Length);
            return Result<StoredEvidence, EvidenceRefusal>.Ok(new StoredEvidence(
                EvidenceStoreKind.Local, contentPath, name, copied.Length, upload.ContentType, copied.Sha256));
        }
        finally
        {
            if (File.Exists(temp))
            {
                File.Delete(temp);
            }
        }
    }

    /// <summary>
    /// Moves a kept file (and its sidecar) into the target claim's folder. Files are content-addressed: when the target already
    /// has the same bytes, the kept file stays where it is (another copy may still wait for its claim) and the target's is used.
    /// </summary>
    public Task<Result<StoredEvidence, EvidenceRefusal>> MoveAsync(StoredEvidence kept, EvidenceTarget target, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(kept);
        ArgumentNullException.ThrowIfNull(target);
        var root = Path.GetFullPath(Path.Combine(options.Value.ResolveDataDirectory(), "evidence")) + Path.DirectorySeparatorChar;
        var source = Path.GetFullPath(kept.Location);
        if (kept.Kind != EvidenceStoreKind.Local || kept.Sha256 is not { Length: 64 } sha || !source.StartsWith(root, StringComparison.Ordinal))
        {
            return Task.FromResult<Result<StoredEvidence, EvidenceRefusal>>(new EvidenceRefusal(EvidenceErrorCode.NotFound, kept.FileName));
        }

        var directory = ClaimDirectory(target.TenantId, target.ClaimId);
        Directory.CreateDirectory(directory);
        var destination = Path.Combine(directory, sha);
        if (!File.Exists(destination))
        {
            if (!File.Exists(source))
            {
                return Task.FromResult<Result<StoredEvidence, EvidenceRefusal>>(new EvidenceRefusal(EvidenceErrorCode.NotFound, kept.FileName));
            }

            File.Move(source, destination);
            if (File.Exists(source + ".json") && !File.Exists(destination + ".json"))
            {
                File.Move(source + ".json", destination + ".json");
            }
        }

        cancellationToken.ThrowIfCancellationRequested();
        LogMoved(logger, kept.FileName, sha);
        return Task.FromResult(Result<StoredEvidence, EvidenceRefusal>.Ok(kept with { Location = destination }));
    }

    /// <summary>Deletes a file (and its sidecar) kept in a tenant's incoming folder; files anywhere else are never touched.</summary>
    public Task<bool> DiscardIncomingAsync(StoredEvidence kept, GraphUserKey owner, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(kept);
        ArgumentNullException.ThrowIfNull(owner);
        var incoming = Path.GetFullPath(ClaimDirectory(owner.TenantId, EvidenceTarget.IncomingFolder)) + Path.DirectorySeparatorChar;
        var path = Path.GetFullPath(kept.Location);
        if (kept.Kind != EvidenceStoreKind.Local || !path.StartsWith(incoming, StringComparison.Ordinal))
        {
            return Task.FromResult(false);
        }

        File.Delete(path);
        File.Delete(path + ".json");
        cancellationToken.ThrowIfCancellationRequested();
        return Task.FromResult(true);
    }

    /// <summary>Opens a kept file for reading, or null when it is not there.</summary>
    public static Stream? OpenRead(StoredEvidence evidence)
    {
        ArgumentNullException.ThrowIfNull(evidence);
        return evidence.Kind == EvidenceStoreKind.Local && File.Exists(evidence.Location)
            ? new FileStream(evidence.Location, FileMode.Open, FileAccess.Read, FileShare.Read, 81920, useAsync: true)
            : null;
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Evidence file {FileName} refused: {Code}")]
    private static partial void LogRefused(ILogger logger, string fileName, EvidenceErrorCode code);

    [LoggerMessage(Level = LogLevel.Information, Message = "Evidence file {FileName} ({Sha256}) moved to its claim's folder")]
    private static partial void LogMoved(ILogger logger, string fileName, string sha256);

    [LoggerMessage(Level = LogLevel.Information, Message = "Evidence file {FileName} stored locally as {Sha256} ({Size} bytes)")]
    private static partial void LogStored(ILogger logger, string fileName, string sha256, long size);
}
