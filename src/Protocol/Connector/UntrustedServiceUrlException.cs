namespace CoopAssistant.Protocol.Connector;

/// <summary>A call to a service URL that no authenticated activity brought (refused, nothing sent).</summary>
public sealed class UntrustedServiceUrlException : Exception
{
    public UntrustedServiceUrlException(string serviceUrl) : base($"The service URL is not trusted: {serviceUrl}") { }

    public UntrustedServiceUrlException() : base("The service URL is not trusted.") { }

    public UntrustedServiceUrlException(string message, Exception innerException) : base(message, innerException) { }
}
