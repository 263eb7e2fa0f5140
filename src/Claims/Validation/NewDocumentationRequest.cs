namespace CoopAssistant.Claims.Validation;

/// <summary>Partner Center's request for more documentation. <paramref name="RespondBy"/> null = the configured default.</summary>
public sealed record NewDocumentationRequest(DateOnly RequestedOn, DateOnly? RespondBy, string WhatWasAsked);
