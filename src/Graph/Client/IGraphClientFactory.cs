using CoopAssistant.Graph.Evidence;
using Microsoft.Graph;

namespace CoopAssistant.Graph.Client;

/// <summary>Graph clients acting for one signed-in user.</summary>
public interface IGraphClientFactory
{
    GraphServiceClient CreateForUser(GraphUserKey user);
}
