using CoopAssistant.Graph.Client;
using CoopAssistant.Graph.Evidence;
using Microsoft.Kiota.Abstractions;

namespace CoopAssistant.Graph.Files;

/// <summary>What a failed Graph call (after the SDK's own retries) means for the user, as an <see cref="EvidenceErrorCode"/>;
/// null when the exception did not come from Graph. The SDK's retry handler reports "too many retries" as an
/// <see cref="AggregateException"/> of the responses it got; the last one decides.</summary>
public static class GraphFailure
{
    public static EvidenceErrorCode? Classify(Exception exception) => exception switch
    {
        AggregateException { InnerExceptions.Count: > 0 } aggregate => Classify(aggregate.InnerExceptions[^1]),
        ApiException or GraphSignInRequiredException => GraphErrors.Map(exception, EvidenceErrorCode.GraphError),
        HttpRequestException => EvidenceErrorCode.GraphError,
        _ => null,
    };
}
