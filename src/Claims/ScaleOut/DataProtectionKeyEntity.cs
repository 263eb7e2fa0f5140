namespace CoopAssistant.Claims.ScaleOut;

/// <summary>One ASP.NET Core Data Protection key (its XML element), shared by every host.</summary>
public sealed class DataProtectionKeyEntity
{
    public int Id { get; set; }

    public string? FriendlyName { get; set; }

    public required string Xml { get; set; }
}
