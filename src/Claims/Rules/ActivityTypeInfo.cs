using CoopAssistant.Claims.Model;

namespace CoopAssistant.Claims.Rules;

/// <summary>An activity type's proof-of-execution hint (localised through <see cref="Localization.ClaimTexts.ProofHint"/>) and caps.</summary>
/// <param name="ProofListed">Whether the source's list of proof by activity type names this type's proof (FACTS A); where it gives
/// only a cap, the hint's proof is general advice and says so.</param>
public sealed record ActivityTypeInfo(ActivityType Type, IReadOnlyList<ActivityCap> Caps, bool RequiresPreApproval, bool ProofListed = true);
