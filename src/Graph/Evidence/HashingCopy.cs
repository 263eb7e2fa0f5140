using System.Security.Cryptography;

namespace CoopAssistant.Graph.Evidence;

/// <summary>Copies a stream while computing its SHA-256 and stopping once a size cap is passed.</summary>
internal static class HashingCopy
{
    internal sealed record Result(long Length, string Sha256, bool ExceededLimit);

    public static async Task<Result> CopyAsync(Stream source, Stream destination, long maxBytes, IProgress<long>? progress, CancellationToken cancellationToken)
    {
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        var buffer = new byte[81920];
        long total = 0;
        int read;
        while ((read = await source.ReadAsync(buffer, cancellationToken)) > 0)
        {
            total += read;
            if (total > maxBytes)
            {
                return new Result(total, string.Empty, ExceededLimit: true);
            }

            hash.AppendData(buffer, 0, read);
            await destination.WriteAsync(buffer.AsMemory(0, read), cancellationToken);
            progress?.Report(total);
        }

        await destination.FlushAsync(cancellationToken);
        return new Result(total, Convert.ToHexStringLower(hash.GetHashAndReset()), ExceededLimit: false);
    }
}
