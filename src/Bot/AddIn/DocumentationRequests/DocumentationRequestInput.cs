namespace CoopAssistant.Bot.AddIn.DocumentationRequests;

/// <summary>Body of <c>POST /api/addin/claims/{id}/documentation-requests</c>. <see cref="RequestedOn"/> defaults to the caller's today (<see cref="CoopAssistant.Claims.Rules.ClaimClock"/>),
/// <see cref="RespondBy"/> to the claims domain's default response time.</summary>
public sealed record DocumentationRequestInput(string? WhatWasAsked, DateOnly? RespondBy, DateOnly? RequestedOn);
