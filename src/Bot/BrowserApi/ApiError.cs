namespace CoopAssistant.Bot.BrowserApi;

/// <summary>The JSON body of every add-in API error: a stable code, a localised message, and per-field details when validation failed.</summary>
public sealed record ApiError(string Code, string Message, IReadOnlyList<ApiFieldError> Errors);

public sealed record ApiFieldError(string Field, string Code, string Message);
