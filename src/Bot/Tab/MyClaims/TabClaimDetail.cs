using System.Globalization;
using CoopAssistant.Claims.Findings;
using CoopAssistant.Claims.Model;
using CoopAssistant.Claims.Review;

namespace CoopAssistant.Bot.Tab.MyClaims;

/// <summary>A claim's detail panel: facts, checklist (localised kind names), open documentation requests, and the chat command
/// that opens the claim card in the bot chat (<see cref="ChatCommand"/>, used by the deep link).</summary>
public sealed record TabClaimDetail(
    Guid Id,
    string Reference,
    string Title,
    string? OwnerDisplayName,
    ClaimStatus Status,
    string StatusText,
    TabUrgency Urgency,
    string ActivityText,
    DateOnly UsageStart,
    DateOnly UsageEnd,
    DateOnly Deadline,
    int DaysLeft,
    decimal Amount,
    string Currency,
    IReadOnlyList<TabChecklistItem> Checklist,
    IReadOnlyList<TabDocumentationRequest> DocumentationRequests,
    string ChatCommand,
    TabReview? Review = null)
{
    /// <summary>The claim's latest changes, newest first, localised: when, who, what, each field old → new.</summary>
    public IReadOnlyList<TabHistoryEntry> History { get; init; } = [];

    /// <summary>The activity type's caps, said as the claim card says them (<see cref="CoopAssistant.Claims.Rules.CapNotes"/>): a USD
    /// limit on a claim in another currency with the currency statement, a share of funds with no fund known as not checked.</summary>
    public IReadOnlyList<string> Caps { get; init; } = [];
}

public sealed record TabHistoryEntry(DateTimeOffset At, string Who, string Action, IReadOnlyList<string> Changes);

/// <summary>The claim's evidence review: its state, and the lines the claim card shows (claim-level findings, then one per
/// document: ✓ / ⚠ / ✗ and the reason), in the caller's language; null before the review first heard of the claim.</summary>
public sealed record TabReview(ReviewState State, IReadOnlyList<string> Lines)
{
    public static TabReview? From(ClaimReviewView? review, CultureInfo culture)
    {
        if (review is null)
        {
            return null;
        }

        var lines = review.ClaimLevel.Where(f => f.Acceptance is null)
            .Select(f => (f.Severity == ReviewSeverity.Blocks ? "✗ " : f.Severity == ReviewSeverity.Warns ? "⚠ " : "ℹ ") + ReviewTexts.Describe(f, culture))
            .Concat(review.Documents.Select(d => ReviewTexts.DocumentLine(d.Name, d.Outcome, d.Findings, culture)))
            .ToList();
        return new TabReview(review.State, lines);
    }
}

public sealed record TabChecklistItem(EvidenceKind Kind, string Text, bool Required, int Count);

/// <param name="AssumedDays">Null when the person entered the respond-by date; else the days the default assumed.</param>
public sealed record TabDocumentationRequest(DateOnly RequestedOn, DateOnly RespondBy, string WhatWasAsked, int? AssumedDays = null);
