using CoopAssistant.Claims.Limits;

namespace CoopAssistant.Graph.Evidence;

/// <summary>A forward-only view of an incoming file that counts its bytes against the uploader's hourly limits
/// (<see cref="UsageLimits.TryTakeEvidenceBytes"/>) as they are read, and throws <see cref="EvidenceUploadLimitException"/> at
/// the first read the limits refuse, so the store stops and deletes its partial copy.</summary>
public sealed class QuotaReadStream(Stream inner, UsageLimits limits, GraphUserKey uploader) : Stream
{
    private const long Unit = 1024;

    private long _read;
    private long _counted; // bytes already taken from the limits, in whole KiB: small reads are not each rounded up

    public override bool CanRead => true;

    public override bool CanSeek => false;

    public override bool CanWrite => false;

    public override long Length => throw new NotSupportedException();

    public override long Position
    {
        get => _read;
        set => throw new NotSupportedException();
    }

    public override int Read(byte[] buffer, int offset, int count) => Count(inner.Read(buffer, offset, count));

    public override async ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default) =>
        Count(await inner.ReadAsync(buffer, cancellationToken));

    public override Task<int> ReadAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken) =>
        ReadAsync(buffer.AsMemory(offset, count), cancellationToken).AsTask();

    public override void Flush()
    {
    }

    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

    public override void SetLength(long value) => throw new NotSupportedException();

    public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();

    private int Count(int read)
    {
        _read += read;
        var owed = (_read + Unit - 1) / Unit * Unit - _counted;
        if (owed > 0)
        {
            if (limits.TryTakeEvidenceBytes(uploader.TenantId, uploader.ObjectId, owed) is { } refused)
            {
                throw new EvidenceUploadLimitException(refused);
            }

            _counted += owed;
        }

        return read;
    }
}
