using System.Text.Json.Serialization;

namespace CoopAssistant.Bot.Conversation.Claims.Package;

/// <summary>What a download link carries, encrypted and signed: the claim, the caller, the language, the expiry (Unix seconds).</summary>
public sealed record PackageLinkPayload(Guid ClaimId, string TenantId, string UserObjectId, string Culture, long ExpiresAt);

[JsonSerializable(typeof(PackageLinkPayload))]
internal sealed partial class PackageLinkJsonContext : JsonSerializerContext;
