using System.Reflection;
using CoopAssistant.TestKit.Architecture;

namespace CoopAssistant.Bot.Tests.Architecture;

/// <summary>
/// The projects' layering, read from the compiled assemblies: Identity (the MSAL glue) and Claims depend on no other project of the
/// app, the protocol only on Identity, Documents (reading evidence files) and Scheduling only on Claims, Graph on Claims, Documents and Identity (it judges uploads by their
/// content), and only the host (and the protocol's HTTP adapter) knows ASP.NET Core. Data Protection
/// (<c>Microsoft.AspNetCore.DataProtection.Abstractions</c>, which Graph uses to encrypt its token cache) is a library of its own
/// that needs none of the web stack, so it does not count.
/// </summary>
public sealed class DependencyRulesTests
{
    public static TheoryData<string, string[]> AllowedProjects => new()
    {
        { "CoopAssistant.Identity", [] },
        { "CoopAssistant.Protocol", ["CoopAssistant.Identity"] },
        { "CoopAssistant.Claims", [] },
        { "CoopAssistant.Documents", ["CoopAssistant.Claims"] },
        { "CoopAssistant.Graph", ["CoopAssistant.Claims", "CoopAssistant.Documents", "CoopAssistant.Identity"] },
        { "CoopAssistant.Scheduling", ["CoopAssistant.Claims"] },
        // The host uses Identity's MSAL glue too: the generative Q&A mode's Entra token for Azure OpenAI (Answers/Generative).
        { "CoopAssistant.Bot", ["CoopAssistant.Protocol", "CoopAssistant.Claims", "CoopAssistant.Documents", "CoopAssistant.Graph", "CoopAssistant.Scheduling", "CoopAssistant.Identity"] },
    };

    public static TheoryData<string> WithoutAspNetCore => ["CoopAssistant.Identity", "CoopAssistant.Documents", "CoopAssistant.Graph", "CoopAssistant.Scheduling"];

    [Fact]
    public void Claims_KnowsNothingOfAspNetCore_NotEvenDataProtection()
    {
        var dependencies = AssemblyDependencies.Of(Load("CoopAssistant.Claims"));

        Assert.Empty(dependencies.AssembliesUnder("Microsoft.AspNetCore"));
        Assert.Empty(dependencies.NamespacesUnder("Microsoft.AspNetCore"));
    }

    private static readonly string[] DataProtection = ["Microsoft.AspNetCore.DataProtection", "Microsoft.AspNetCore.DataProtection.Abstractions"];

    [Theory]
    [MemberData(nameof(AllowedProjects))]
    public void Project_ReferencesOnlyTheProjectsBelowIt(string project, string[] allowed)
    {
        var dependencies = AssemblyDependencies.Of(Load(project));

        Assert.Equal(allowed.Order(StringComparer.Ordinal), dependencies.AssembliesUnder("CoopAssistant"));
        string[] foreign = [.. dependencies.NamespacesUnder("CoopAssistant").Where(n => !allowed.Any(a => n == a || n.StartsWith(a + ".", StringComparison.Ordinal)))];
        Assert.Empty(foreign);
    }

    [Theory]
    [MemberData(nameof(WithoutAspNetCore))]
    public void Project_KnowsNothingOfAspNetCore(string project)
    {
        var dependencies = AssemblyDependencies.Of(Load(project));

        string[] assemblies = [.. dependencies.AssembliesUnder("Microsoft.AspNetCore").Except(DataProtection)];
        string[] namespaces = [.. dependencies.NamespacesUnder("Microsoft.AspNetCore").Where(n => !n.StartsWith("Microsoft.AspNetCore.DataProtection", StringComparison.Ordinal))];
        Assert.Empty(assemblies);
        Assert.Empty(namespaces);
    }

    private static Assembly Load(string name) => Assembly.Load(new AssemblyName(name));
}

/// <summary>Features of the host do not borrow each other's insides: the add-in and the tab share only the browser APIs' folder.</summary>
public sealed class FeatureBoundaryTests
{
    private static readonly NamespaceReferences Bot = NamespaceReferences.Of(typeof(Program).Assembly);

    [Theory]
    [InlineData("CoopAssistant.Bot.Tab", "CoopAssistant.Bot.AddIn")]
    [InlineData("CoopAssistant.Bot.AddIn", "CoopAssistant.Bot.Tab")]
    [InlineData("CoopAssistant.Bot.BrowserApi", "CoopAssistant.Bot.AddIn")]
    [InlineData("CoopAssistant.Bot.BrowserApi", "CoopAssistant.Bot.Tab")]
    public void Feature_UsesNothingOfAnother(string feature, string other)
    {
        Assert.Empty(Bot.Uses(feature, other));
    }

    [Fact]
    public void BothBrowserApis_UseTheSharedFolder()
    {
        Assert.NotEmpty(Bot.Uses("CoopAssistant.Bot.Tab", "CoopAssistant.Bot.BrowserApi"));
        Assert.NotEmpty(Bot.Uses("CoopAssistant.Bot.AddIn", "CoopAssistant.Bot.BrowserApi"));
    }
}
