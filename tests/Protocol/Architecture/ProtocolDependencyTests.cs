using CoopAssistant.Protocol.Adapter;
using CoopAssistant.TestKit.Architecture;

namespace CoopAssistant.Protocol.Tests.Architecture;

/// <summary>The protocol layer stands alone: it references no other project of the app, and uses no type of theirs.</summary>
public sealed class ProtocolDependencyTests
{
    private static readonly AssemblyDependencies Protocol = AssemblyDependencies.Of(typeof(ActivityProcessor).Assembly);

    [Fact]
    public void Protocol_ReferencesNoOtherAssemblyOfTheApp()
    {
        Assert.Equal("CoopAssistant.Protocol", Protocol.Name);
        Assert.Empty(Protocol.AssembliesUnder("CoopAssistant"));
    }

    [Fact]
    public void Protocol_UsesNoTypeFromAnotherNamespaceOfTheApp()
    {
        string[] foreign = [.. Protocol.NamespacesUnder("CoopAssistant").Where(n => n != "CoopAssistant.Protocol" && !n.StartsWith("CoopAssistant.Protocol.", StringComparison.Ordinal))];
        Assert.Empty(foreign);
    }
}
