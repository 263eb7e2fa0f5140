namespace CoopAssistant.Claims.Model;

/// <summary>A role held by a user in a tenant (storage entity).</summary>
public sealed class TenantRole
{
    public const string IncentivesAdministrator = "IncentivesAdministrator";

    public required string TenantId { get; set; }

    public required string UserObjectId { get; set; }

    public required string Role { get; set; }
}
