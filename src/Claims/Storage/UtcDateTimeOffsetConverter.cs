using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace CoopAssistant.Claims.Storage;

/// <summary>PostgreSQL: timestamptz only accepts UTC offsets; normalise on write.</summary>
internal sealed class UtcDateTimeOffsetConverter() : ValueConverter<DateTimeOffset, DateTimeOffset>(
    v => v.ToUniversalTime(),
    v => v.ToUniversalTime());
