namespace CoopAssistant.Bot.Answers;

/// <summary>
/// A recognised question about the user's own claims. <see cref="ClaimReference"/> is the claim
/// the user named (as typed: a number, a code or a name), or null when none was named (use the
/// claim in progress, or ask which one).
/// </summary>
public sealed record ClaimQuestion(ClaimQuestionKind Kind, string? ClaimReference);
