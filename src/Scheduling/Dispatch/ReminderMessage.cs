using CoopAssistant.Claims.Model;
using CoopAssistant.Scheduling.Planning;

namespace CoopAssistant.Scheduling.Dispatch;

/// <summary>Everything a reminder card shows, for one recipient. <see cref="RespondByAssumedDays"/>: null when the person entered the
/// request's respond-by date, else the days the default assumed (the card says "assumed: 30 days").</summary>
public sealed record ReminderMessage(
    string IdempotencyKey,
    ReminderNotice Notice,
    string TenantId,
    string RecipientObjectId,
    bool RecipientIsOwner,
    Guid ClaimId,
    long ClaimVersion,
    string ClaimTitle,
    ClaimStatus Status,
    DateOnly Deadline,
    DateOnly RetentionEnd,
    IReadOnlyList<EvidenceKind> Missing,
    Guid? RequestId,
    string? WhatWasAsked,
    DateOnly? RespondBy,
    int? RespondByAssumedDays = null);
