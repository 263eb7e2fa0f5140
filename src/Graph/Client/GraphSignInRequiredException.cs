using CoopAssistant.Graph.Evidence;

namespace CoopAssistant.Graph.Client;

/// <summary>No cached Graph token for the user: the Bot sends a sign-in card.</summary>
public sealed class GraphSignInRequiredException : Exception
{
    public GraphSignInRequiredException()
    {
    }

    public GraphSignInRequiredException(string message)
        : base(message)
    {
    }

    public GraphSignInRequiredException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    public GraphSignInRequiredException(GraphUserKey user)
        : base("A new sign-in is needed for Microsoft Graph.")
    {
        User = user;
    }

    public GraphUserKey? User { get; }
}
