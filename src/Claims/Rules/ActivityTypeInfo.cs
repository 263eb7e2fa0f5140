using CoopAssistant.Claims.Model;

namespace CoopAssistant.Claims.Rules;

/// <summary>An activity type's proof-of-execution hint (localised through <see cref="Localization.ClaimTexts.ProofHint"/>) and caps.</summary>
public sealed record ActivityTypeInfo(ActivityType Type, IReadOnlyList<ActivityCap> Caps, bool RequiresPreApproval);
