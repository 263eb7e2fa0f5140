using CoopAssistant.Claims.Model;

namespace CoopAssistant.Claims.Services;

public sealed record DocumentationRequestView(Guid Id, DateOnly RequestedOn, DateOnly RespondBy, string WhatWasAsked, DateOnly? ResolvedOn)
{
    public bool IsOpen => ResolvedOn is null;

    internal static DocumentationRequestView From(DocumentationRequest r) => new(r.Id, r.RequestedOn, r.RespondBy, r.WhatWasAsked, r.ResolvedOn);
}
