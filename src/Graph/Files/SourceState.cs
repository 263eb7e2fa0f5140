namespace CoopAssistant.Graph.Files;

/// <summary>How a recorded source file compares with what Graph holds now.</summary>
public enum SourceState
{
    Unchanged,

    /// <summary>The eTag differs: the file was edited after it was attached.</summary>
    Changed,

    /// <summary>The file was deleted (or moved out of reach) since it was attached.</summary>
    Deleted,

    NoAccess,

    /// <summary>Graph could not answer (throttled, sign-in needed…); try later.</summary>
    Unknown,
}
