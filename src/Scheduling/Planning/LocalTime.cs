namespace CoopAssistant.Scheduling.Planning;

/// <summary>Local wall-clock times in a time zone, DST-safe.</summary>
public static class LocalTime
{
    /// <summary>The instant <paramref name="date"/> at <paramref name="hour"/>:00 in <paramref name="zone"/> (a time skipped by
    /// a DST change moves forward by the gap; an ambiguous one takes the first occurrence).</summary>
    public static DateTimeOffset At(DateOnly date, int hour, TimeZoneInfo zone)
    {
        ArgumentNullException.ThrowIfNull(zone);
        var local = date.ToDateTime(new TimeOnly(Math.Clamp(hour, 0, 23), 0), DateTimeKind.Unspecified);
        while (zone.IsInvalidTime(local))
        {
            local = local.AddMinutes(30);
        }

        var offset = zone.IsAmbiguousTime(local) ? zone.GetAmbiguousTimeOffsets(local).Max() : zone.GetUtcOffset(local);
        return new DateTimeOffset(local, offset).ToUniversalTime();
    }

    /// <summary>The date <paramref name="days"/> business days (Monday to Friday) after <paramref name="date"/>.</summary>
    public static DateOnly AddBusinessDays(DateOnly date, int days)
    {
        var result = date;
        for (var added = 0; added < days;)
        {
            result = result.AddDays(1);
            if (IsWorkday(result))
            {
                added++;
            }
        }

        return result;
    }

    /// <summary><paramref name="instant"/> if it is inside working hours on a weekday in <paramref name="zone"/>, else the next start.</summary>
    public static DateTimeOffset NextWorkingTime(DateTimeOffset instant, TimeZoneInfo zone, int startHour, int endHour)
    {
        ArgumentNullException.ThrowIfNull(zone);
        var local = TimeZoneInfo.ConvertTime(instant, zone);
        var date = DateOnly.FromDateTime(local.DateTime);
        if (IsWorkday(date) && local.Hour >= startHour && local.Hour < endHour)
        {
            return instant;
        }

        if (!IsWorkday(date) || local.Hour >= endHour)
        {
            date = date.AddDays(1);
        }

        while (!IsWorkday(date))
        {
            date = date.AddDays(1);
        }

        return At(date, startHour, zone);
    }

    /// <summary><paramref name="date"/> on a weekday; a Saturday or Sunday becomes the Friday before it.</summary>
    public static DateOnly OnOrBeforeWorkday(DateOnly date) => date.DayOfWeek switch
    {
        DayOfWeek.Saturday => date.AddDays(-1),
        DayOfWeek.Sunday => date.AddDays(-2),
        _ => date,
    };

    /// <summary><paramref name="date"/> on a weekday; a Saturday or Sunday becomes the Monday after it.</summary>
    public static DateOnly OnOrAfterWorkday(DateOnly date) => date.DayOfWeek switch
    {
        DayOfWeek.Saturday => date.AddDays(2),
        DayOfWeek.Sunday => date.AddDays(1),
        _ => date,
    };

    public static bool IsWorkday(DateOnly date) => date.DayOfWeek is not (DayOfWeek.Saturday or DayOfWeek.Sunday);
}
