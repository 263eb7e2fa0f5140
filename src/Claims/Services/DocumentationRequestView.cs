using CoopAssistant.Claims.Model;

namespace CoopAssistant.Claims.Services;

/// <param name="AssumedDays">Null when the person entered the respond-by date; otherwise the days the default assumed (shown as
/// "assumed: 30 days").</param>
public sealed record DocumentationRequestView(Guid Id, DateOnly RequestedOn, DateOnly RespondBy, string WhatWasAsked, DateOnly? ResolvedOn, int? AssumedDays = null)
{
    public bool IsOpen => ResolvedOn is null;

    internal static DocumentationRequestView From(DocumentationRequest r) =>
        new(r.Id, r.RequestedOn, r.RespondBy, r.WhatWasAsked, r.ResolvedOn, AssumedDaysOf(r.RespondByAssumed, r.RequestedOn, r.RespondBy));

    /// <summary>The days the default assumed for a respond-by date the person did not enter; null when they entered it.</summary>
    public static int? AssumedDaysOf(bool respondByAssumed, DateOnly requestedOn, DateOnly respondBy) =>
        respondByAssumed ? respondBy.DayNumber - requestedOn.DayNumber : null;
}
