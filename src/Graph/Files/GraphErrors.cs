using System.Net;
using CoopAssistant.Graph.Client;
using CoopAssistant.Graph.Evidence;
using Microsoft.Kiota.Abstractions;
using Microsoft.Kiota.Abstractions.Serialization;
using Microsoft.Graph.Models.ODataErrors;

namespace CoopAssistant.Graph.Files;

/// <summary>Maps SDK exceptions to typed evidence codes.</summary>
internal static class GraphErrors
{
    public static Dictionary<string, ParsableFactory<IParsable>> Mapping { get; } = new(StringComparer.Ordinal)
    {
        ["XXX"] = ODataError.CreateFromDiscriminatorValue,
    };

    public static EvidenceErrorCode Map(Exception exception, EvidenceErrorCode fallback) => exception switch
    {
        GraphSignInRequiredException => EvidenceErrorCode.SignInRequired,
        AggregateException { InnerExceptions.Count: > 0 } retries => Map(retries.InnerExceptions[^1], fallback),
        ApiException { ResponseStatusCode: 401 or 403 or 404 or 410 or 429 or 503 or 504 } api =>
            GraphMetadataReader.MapStatus((HttpStatusCode)api.ResponseStatusCode),
        _ => fallback,
    };
}
