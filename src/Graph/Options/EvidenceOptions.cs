using System.ComponentModel.DataAnnotations;

namespace CoopAssistant.Graph.Options;

/// <summary>Where evidence is kept and where chat files may be downloaded from, bound from the <c>Evidence</c> section. The file
/// rules of the same section (size cap, allowed types) are <see cref="CoopAssistant.Claims.Validation.EvidenceFileOptions"/>.</summary>
public sealed class EvidenceOptions
{
    public const string SectionName = "Evidence";

    /// <summary>Data directory of the local store; a relative path is resolved against AppContext.BaseDirectory.</summary>
    [Required]
    public string DataDirectory { get; set; } = "data";

    /// <summary>Hosts (or <c>*.suffix</c>) that Teams chat file download URLs may point at; empty = SharePoint.</summary>
    public IList<string> AllowedDownloadHosts { get; } = [];

    public IReadOnlyList<string> EffectiveAllowedDownloadHosts => AllowedDownloadHosts.Count > 0
        ? [.. AllowedDownloadHosts]
        : ["*.sharepoint.com", "*.sharepoint-df.com"];

    /// <summary>How long files dropped into the chat wait, kept in the incoming folder, for the user to choose their claim; then they are deleted.</summary>
    public TimeSpan IncomingRetention { get; set; } = TimeSpan.FromDays(1);

    /// <summary>Tests only: also accept http/https URLs on loopback.</summary>
    public bool AllowLoopbackDownloads { get; set; }

    public string ResolveDataDirectory() =>
        Path.IsPathRooted(DataDirectory) ? DataDirectory : Path.GetFullPath(Path.Combine(AppContext.BaseDirectory, DataDirectory));
}
