namespace CoopAssistant.Claims.Work;

/// <summary>Work to queue: its kind, payload (JSON), optional idempotency key and tenant, and when it may start.</summary>
public sealed record NewBackgroundWork(string Kind, string Payload, string? IdempotencyKey, string? TenantId, DateTimeOffset DueAt);
