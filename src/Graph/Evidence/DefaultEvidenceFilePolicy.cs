using CoopAssistant.Graph.Options;
using Microsoft.Extensions.Options;

namespace CoopAssistant.Graph.Evidence;

/// <summary>Default rules: a plain file name, not empty, not above the size cap, an allowed extension.</summary>
public sealed class DefaultEvidenceFilePolicy(IOptions<EvidenceOptions> options) : IEvidenceFilePolicy
{
    public EvidenceErrorCode? Check(string fileName, long sizeBytes)
    {
        var o = options.Value;
        if (!EvidenceFileNames.IsAcceptable(fileName))
        {
            return EvidenceErrorCode.InvalidName;
        }

        var extension = Path.GetExtension(fileName).TrimStart('.');
        if (extension.Length == 0 || !o.EffectiveAllowedExtensions.Contains(extension, StringComparer.OrdinalIgnoreCase))
        {
            return EvidenceErrorCode.TypeNotAllowed;
        }

        if (sizeBytes <= 0)
        {
            return EvidenceErrorCode.EmptyFile;
        }

        return sizeBytes > o.MaxFileBytes ? EvidenceErrorCode.TooLarge : null;
    }
}
