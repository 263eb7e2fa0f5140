using CoopAssistant.Documents.Sniffing;
using CoopAssistant.Claims.Validation;
using Microsoft.Extensions.Options;

namespace CoopAssistant.Graph.Evidence;

/// <summary>Default rules: a plain file name, not empty, not above the size cap, an allowed extension; and content that is a
/// document, not a program.</summary>
public sealed class DefaultEvidenceFilePolicy(IOptions<EvidenceFileOptions> options) : IEvidenceFilePolicy
{
    public EvidenceErrorCode? Check(string fileName, long sizeBytes)
    {
        var o = options.Value;
        if (!EvidenceFileNames.IsAcceptable(fileName))
        {
            return EvidenceErrorCode.InvalidName;
        }

        if (!o.IsAllowedType(fileName))
        {
            return EvidenceErrorCode.TypeNotAllowed;
        }

        if (sizeBytes <= 0)
        {
            return EvidenceErrorCode.EmptyFile;
        }

        return sizeBytes > o.MaxFileBytes ? EvidenceErrorCode.TooLarge : null;
    }

    /// <summary>A program (Windows, Linux or macOS executable, a <c>#!</c> script) or a macro-enabled Office package is refused
    /// whatever its name says (<see cref="ContentSniffer"/>): an executable named <c>.pdf</c> never reaches a claim.</summary>
    public EvidenceErrorCode? CheckContent(Stream content) =>
        ContentSniffer.Sniff(content) is ContentKind.Executable or ContentKind.OtherOoxml ? EvidenceErrorCode.ContentNotAllowed : null;
}
