using System.Globalization;
using System.Text.Json;
using CoopAssistant.Claims.Model;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;

namespace CoopAssistant.Claims.History;

/// <summary>Reads what a unit of work is about to save for one claim from the change tracker: the claim's own fields (old → new)
/// and every claim part added, changed or removed. Derived and bookkeeping columns are left out.</summary>
internal static class ClaimChangeDescriber
{
    /// <summary>Columns recomputed from others, or bookkeeping: never a change of their own.</summary>
    private static readonly HashSet<string> Derived = new(StringComparer.Ordinal)
    {
        nameof(Claim.Deadline), nameof(Claim.RetentionEnd), nameof(Claim.UrgencyDate), nameof(Claim.UpdatedAt), nameof(Claim.Version),
        nameof(Claim.CreatedAt), nameof(Claim.Id), nameof(Claim.TenantId),
    };

    public static List<HistoryChange> Describe(ChangeTracker tracker, Guid claimId)
    {
        var changes = new List<HistoryChange>();
        foreach (var entry in tracker.Entries<Claim>().Where(e => e.Entity.Id == claimId))
        {
            foreach (var property in entry.Properties.Where(p => !Derived.Contains(p.Metadata.Name)))
            {
                var name = property.Metadata.Name;
                if (entry.State == EntityState.Added)
                {
                    if (Format(property.CurrentValue) is { } value)
                    {
                        changes.Add(new(name, null, value));
                    }
                }
                else if (entry.State == EntityState.Modified && property.IsModified && !Equals(property.OriginalValue, property.CurrentValue))
                {
                    changes.Add(new(name, Format(property.OriginalValue), Format(property.CurrentValue)));
                }
            }
        }

        foreach (var entry in tracker.Entries<IClaimPart>().Where(e => e.Entity.ClaimId == claimId))
        {
            var part = entry.Metadata.ClrType.Name;
            switch (entry.State)
            {
                case EntityState.Added:
                    changes.Add(new(part, null, entry.Entity.Describe()));
                    break;
                case EntityState.Deleted:
                    changes.Add(new(part, entry.Entity.Describe(), null));
                    break;
                case EntityState.Modified:
                    foreach (var property in entry.Properties.Where(p => p.IsModified && !Equals(p.OriginalValue, p.CurrentValue)))
                    {
                        changes.Add(new(part + "." + property.Metadata.Name, Format(property.OriginalValue), Format(property.CurrentValue)));
                    }

                    break;
                default:
                    break;
            }
        }

        return changes;
    }

    public static string Serialize(List<HistoryChange> changes) => JsonSerializer.Serialize(changes, HistoryJsonContext.Default.ListHistoryChange);

    public static IReadOnlyList<HistoryChange> Deserialize(string json)
    {
        try
        {
            return JsonSerializer.Deserialize(json, HistoryJsonContext.Default.ListHistoryChange) ?? [];
        }
        catch (JsonException)
        {
            return [];
        }
    }

    public static string? Format(object? value) => value switch
    {
        null => null,
        string s => s,
        DateOnly d => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        DateTimeOffset t => t.ToString("O", CultureInfo.InvariantCulture),
        decimal m => m.ToString("0.00##", CultureInfo.InvariantCulture),
        bool b => b ? "true" : "false",
        Enum e => e.ToString(),
        IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
        _ => value.ToString(),
    };
}
