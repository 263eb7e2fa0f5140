using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using CoopAssistant.Claims.Model;
using CoopAssistant.Claims.Review;

namespace CoopAssistant.Claims.Findings;

/// <summary>Fingerprints of what a review depends on: the claim's facts and evidence, and the partner's identity. A change in
/// either makes the stored findings out of date.</summary>
public static class ReviewInputs
{
    /// <summary>The claim's facts the checks compare against and each evidence item (what it is, which bytes): SHA-256 hex.</summary>
    public static string Of(Claim claim)
    {
        ArgumentNullException.ThrowIfNull(claim);
        var s = new StringBuilder("claim/1|");
        s.Append(claim.ActivityType).Append('|')
            .Append(claim.UsageStart.ToString("O", CultureInfo.InvariantCulture)).Append('|')
            .Append(claim.UsageEnd.ToString("O", CultureInfo.InvariantCulture)).Append('|')
            .Append(claim.ActivityDate.ToString("O", CultureInfo.InvariantCulture)).Append('|')
            .Append(claim.Amount.ToString("0.####", CultureInfo.InvariantCulture)).Append('|')
            .Append(claim.Currency).Append('|');
        foreach (var e in claim.Evidence.OrderBy(e => e.Id))
        {
            s.Append('\n').Append(e.Id.ToString("N")).Append('|').Append(e.Kind).Append('|').Append(e.Name).Append('|')
                .Append(e.Sha256).Append('|').Append(e.CTag).Append('|').Append(e.QuickXorHash).Append('|').Append(e.KeptCopyLocation);
        }

        return Hash(s.ToString());
    }

    /// <summary>The partner identity the self-issued check compares issuers with.</summary>
    public static string Of(PartnerIdentity identity)
    {
        ArgumentNullException.ThrowIfNull(identity);
        return Hash("identity/1|" + string.Join('\n', identity.LegalNames.Order(StringComparer.Ordinal)) + "|" + string.Join('\n', identity.TaxIds.Order(StringComparer.Ordinal)));
    }

    private static string Hash(string text) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text)));
}
