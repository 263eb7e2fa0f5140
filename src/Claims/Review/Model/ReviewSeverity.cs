namespace CoopAssistant.Claims.Review;

/// <summary>How much a finding matters: a blocking finding stops "ready" and "submit" until it is fixed (or, for the few
/// codes that allow it, accepted by an administrator with a reason); a warning can be accepted with a reason; info is a note.</summary>
public enum ReviewSeverity
{
    Info = 0,
    Warns = 1,
    Blocks = 2,
}
