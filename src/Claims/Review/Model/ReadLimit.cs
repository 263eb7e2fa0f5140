namespace CoopAssistant.Claims.Review;

/// <summary>Which reading limit stopped a document early, if any.</summary>
public enum ReadLimit
{
    None = 0,
    Pages = 1,
    Characters = 2,
    Time = 3,
    Size = 4,
    DecodedBytes = 5,
}
