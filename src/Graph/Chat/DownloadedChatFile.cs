namespace CoopAssistant.Graph.Chat;

/// <summary>A file downloaded from the Teams chat; dispose it to release the connection.</summary>
public sealed class DownloadedChatFile(string fileName, string? contentType, long? length, Stream content, IDisposable owner) : IAsyncDisposable, IDisposable
{
    public string FileName { get; } = fileName;

    public string? ContentType { get; } = contentType;

    public long? Length { get; } = length;

    public Stream Content { get; } = content;

    public void Dispose()
    {
        Content.Dispose();
        owner.Dispose();
    }

    public async ValueTask DisposeAsync()
    {
        await Content.DisposeAsync();
        owner.Dispose();
    }
}
