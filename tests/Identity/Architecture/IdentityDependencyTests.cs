using CoopAssistant.TestKit.Architecture;

namespace CoopAssistant.Identity.Tests.Architecture;

/// <summary>Identity is the MSAL glue the protocol and Graph share, so it may depend on neither, nor on anything else of the app.</summary>
public sealed class IdentityDependencyTests
{
    [Fact]
    public void Identity_ReferencesNoOtherAssemblyOfTheApp()
    {
        var identity = AssemblyDependencies.Of(typeof(MsalHttpClientFactory).Assembly);

        Assert.Equal("CoopAssistant.Identity", identity.Name);
        Assert.Empty(identity.AssembliesUnder("CoopAssistant"));
    }
}
