using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace CoopAssistant.Claims.Storage;

/// <summary>SQLite: stores instants as UTC ticks (INTEGER) so they can be compared and ordered in SQL.</summary>
internal sealed class UtcTicksConverter() : ValueConverter<DateTimeOffset, long>(
    v => v.UtcTicks,
    v => new DateTimeOffset(v, TimeSpan.Zero));
