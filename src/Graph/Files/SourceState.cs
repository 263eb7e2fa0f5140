namespace CoopAssistant.Graph.Files;

/// <summary>How a recorded source file compares with what Graph holds now.</summary>
public enum SourceState
{
    Unchanged,

    /// <summary>The content differs (cTag, or quickXorHash when no cTag was recorded): the file was edited after it was attached.
    /// A rename or a move changes the eTag only, and is not a change.</summary>
    Changed,

    /// <summary>The file was deleted (or moved out of reach) since it was attached.</summary>
    Deleted,

    NoAccess,

    /// <summary>Graph could not answer (throttled, sign-in needed…); try later.</summary>
    Unknown,
}
