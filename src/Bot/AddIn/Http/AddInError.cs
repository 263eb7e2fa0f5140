namespace CoopAssistant.Bot.AddIn.Http;

/// <summary>The JSON body of every add-in API error: a stable code, a localised message, and per-field details when validation failed.</summary>
public sealed record AddInError(string Code, string Message, IReadOnlyList<AddInFieldError> Errors);

public sealed record AddInFieldError(string Field, string Code, string Message);
