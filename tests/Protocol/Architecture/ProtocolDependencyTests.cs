using CoopAssistant.Protocol.Adapter;
using CoopAssistant.TestKit.Architecture;

namespace CoopAssistant.Protocol.Tests.Architecture;

/// <summary>The protocol layer stands alone: of the app's projects it references only Identity (the MSAL glue it shares with Graph,
/// which itself references nothing of the app: <c>tests/Identity</c> holds it to that), and uses no type of the others.</summary>
public sealed class ProtocolDependencyTests
{
    private static readonly AssemblyDependencies Protocol = AssemblyDependencies.Of(typeof(ActivityProcessor).Assembly);

    [Fact]
    public void Protocol_ReferencesNoOtherAssemblyOfTheApp_ButTheSharedMsalGlue()
    {
        Assert.Equal("CoopAssistant.Protocol", Protocol.Name);
        Assert.Equal(["CoopAssistant.Identity"], Protocol.AssembliesUnder("CoopAssistant"));
    }

    [Fact]
    public void Protocol_UsesNoTypeFromAnotherNamespaceOfTheApp()
    {
        string[] foreign = [.. Protocol.NamespacesUnder("CoopAssistant").Where(n => n is not "CoopAssistant.Protocol" and not "CoopAssistant.Identity" && !n.StartsWith("CoopAssistant.Protocol.", StringComparison.Ordinal))];
        Assert.Empty(foreign);
    }
}
