namespace CoopAssistant.Claims.Review;

/// <summary>One line per document on the card: ✓ (nothing open), ⚠ (a warning or a note to check by eye), ✗ (blocking).</summary>
public enum DocumentOutcome
{
    Fine = 0,
    Warning = 1,
    Blocking = 2,
}
