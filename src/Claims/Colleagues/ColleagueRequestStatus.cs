namespace CoopAssistant.Claims.Colleagues;

/// <summary>Where a request to a colleague stands: open until the colleague uploads, declines or suggests someone else, or the owner cancels it.</summary>
public static class ColleagueRequestStatus
{
    public const string Open = "Open";
    public const string Uploaded = "Uploaded";
    public const string Declined = "Declined";
    public const string Redirected = "Redirected";
    public const string Cancelled = "Cancelled";
}
