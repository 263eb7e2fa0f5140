namespace CoopAssistant.Claims.Access;

/// <summary>Who is asking: the signed-in user's tenant and Entra object id, and whether they are an Incentives administrator
/// (resolve that with <see cref="IClaimsRoleResolver"/>).</summary>
public sealed record ClaimsCaller(string TenantId, string UserObjectId, string? DisplayName, bool IsIncentivesAdministrator);
