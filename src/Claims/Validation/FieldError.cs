namespace CoopAssistant.Claims.Validation;

/// <summary>A validation error on one input field (field names are the <see cref="ClaimFields"/> constants).</summary>
public sealed record FieldError(string Field, ClaimErrorCode Code);
