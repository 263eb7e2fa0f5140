namespace CoopAssistant.Graph.Options;

/// <summary>Microsoft Graph settings, bound from the <c>Graph</c> configuration section.</summary>
public sealed class GraphOptions
{
    public const string SectionName = "Graph";

    /// <summary>Graph endpoint; tests point it at a fake on loopback.</summary>
    public Uri BaseUrl { get; set; } = new("https://graph.microsoft.com/v1.0");

    /// <summary>The app's id in the tenant's Teams app catalog (<c>teamsApp.id</c>; for an app uploaded to the org catalog it differs from
    /// the manifest id). With it, a colleague the bot cannot reach gets the app installed through Graph; without it, the owner is told to share it.</summary>
    public string? TeamsAppCatalogId { get; set; }

    /// <summary>Delegated scopes asked on behalf of the user; empty = <c>https://graph.microsoft.com/.default</c>.</summary>
    public IList<string> Scopes { get; } = [];

    public IReadOnlyList<string> EffectiveScopes => Scopes.Count > 0 ? [.. Scopes] : ["https://graph.microsoft.com/.default"];

    /// <summary>Drive (SharePoint document library) that receives the copies; empty = the user's OneDrive.</summary>
    public string? EvidenceDriveId { get; set; }

    /// <summary>Folder inside the evidence drive; the claim id is appended.</summary>
    public string EvidenceFolder { get; set; } = "CoopAssistant/Claims";

    /// <summary>Search page size cap (Graph allows up to 1000).</summary>
    public int MaxSearchPageSize { get; set; } = 50;

    /// <summary>Requests per <c>$batch</c> (Graph allows at most 20).</summary>
    public int BatchSize { get; set; } = 20;

    /// <summary>Attempts for batch steps that came back 429/503/504 inside a batch.</summary>
    public int BatchStepRetries { get; set; } = 3;

    /// <summary>Base delay of the SDK retry handler when no Retry-After is sent (seconds, 0–180).</summary>
    public int RetryDelaySeconds { get; set; } = 3;

    /// <summary>Retries of the SDK retry handler (0–10).</summary>
    public int MaxRetries { get; set; } = 3;

    public TimeSpan CopyPollInterval { get; set; } = TimeSpan.FromSeconds(1);

    public TimeSpan CopyTimeout { get; set; } = TimeSpan.FromMinutes(10);

    /// <summary>Copies started in parallel.</summary>
    public int CopyParallelism { get; set; } = 4;

    /// <summary>Above this size uploads go through an upload session (LargeFileUploadTask).</summary>
    public long SimpleUploadLimitBytes { get; set; } = 4L * 1024 * 1024;

    /// <summary>Slice size of large uploads; a multiple of 320 KiB.</summary>
    public int UploadSliceBytes { get; set; } = 10 * 320 * 1024;

    /// <summary>How long a source check (eTag of attached OneDrive/SharePoint files) stays fresh before the claim card asks Graph again.</summary>
    public TimeSpan SourceCheckInterval { get; set; } = TimeSpan.FromMinutes(15);

    /// <summary>At most this many sources are checked per claim card (the longest unchecked first); two <c>$batch</c> calls.</summary>
    public int SourceCheckMaxItems { get; set; } = 40;

    /// <summary>The claim card does not wait longer than this for the check; the card then shows the last known state.</summary>
    public TimeSpan SourceCheckTimeout { get; set; } = TimeSpan.FromSeconds(5);

    /// <summary>False turns Graph off even when <c>AzureAd</c> is configured (local evidence store then).</summary>
    public bool? Enabled { get; set; }
}
