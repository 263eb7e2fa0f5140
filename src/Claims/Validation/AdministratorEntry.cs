namespace CoopAssistant.Claims.Validation;

/// <summary>One configured Incentives administrator: <c>Claims:Administrators:0:TenantId</c> and <c>...:ObjectId</c>.</summary>
public sealed class AdministratorEntry
{
    public string TenantId { get; set; } = "";

    public string ObjectId { get; set; } = "";
}
