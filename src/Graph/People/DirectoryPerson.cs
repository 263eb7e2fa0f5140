namespace CoopAssistant.Graph.People;

/// <summary>A user of the signed-in user's tenant as Graph lists them: Entra object id, display name and mail (may be null).</summary>
public sealed record DirectoryPerson(string ObjectId, string DisplayName, string? Mail);
