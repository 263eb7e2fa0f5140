namespace CoopAssistant.Scheduling.Dispatch;

/// <summary>What one dispatch run did.</summary>
public sealed record DispatchSummary(int Sent, int Skipped, int Blocked, int Retried, int LeaseLost);
