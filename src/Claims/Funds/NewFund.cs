using CoopAssistant.Claims.Model;

namespace CoopAssistant.Claims.Funds;

/// <summary>A fund as entered (card, dashboard, a CSV line). <see cref="Location"/> is optional.</summary>
public sealed record NewFund(ClaimProgram Program, string? Location, DateOnly UsageStart, DateOnly UsageEnd, decimal Amount, string Currency);
