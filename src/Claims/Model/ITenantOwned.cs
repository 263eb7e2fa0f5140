namespace CoopAssistant.Claims.Model;

/// <summary>A row that belongs to exactly one tenant; the storage layer filters and checks it.</summary>
public interface ITenantOwned
{
    string TenantId { get; }
}
