using System.Reflection;
using System.Reflection.Metadata;
using System.Reflection.PortableExecutable;

namespace CoopAssistant.TestKit.Architecture;

/// <summary>
/// What a compiled assembly depends on, read from its metadata (no loading, no reflection over members): the assemblies it
/// references and the namespaces of every type it uses from them. Architecture tests assert rules over these.
/// </summary>
public sealed class AssemblyDependencies
{
    private AssemblyDependencies(string name, IReadOnlySet<string> assemblies, IReadOnlySet<string> namespaces)
    {
        Name = name;
        ReferencedAssemblies = assemblies;
        ReferencedNamespaces = namespaces;
    }

    public string Name { get; }

    /// <summary>Names of the referenced assemblies (e.g. <c>CoopAssistant.Claims</c>, <c>Microsoft.AspNetCore.Http.Abstractions</c>).</summary>
    public IReadOnlySet<string> ReferencedAssemblies { get; }

    /// <summary>Namespaces of the types the assembly uses from other assemblies (type references).</summary>
    public IReadOnlySet<string> ReferencedNamespaces { get; }

    public static AssemblyDependencies Of(Assembly assembly)
    {
        ArgumentNullException.ThrowIfNull(assembly);
        using var stream = File.OpenRead(assembly.Location);
        using var pe = new PEReader(stream);
        var metadata = pe.GetMetadataReader();
        var assemblies = metadata.AssemblyReferences
            .Select(h => metadata.GetString(metadata.GetAssemblyReference(h).Name))
            .ToHashSet(StringComparer.Ordinal);
        var namespaces = metadata.TypeReferences
            .Select(h => metadata.GetTypeReference(h))
            .Where(t => t.ResolutionScope.Kind == HandleKind.AssemblyReference)
            .Select(t => metadata.GetString(t.Namespace))
            .Where(n => n.Length > 0)
            .ToHashSet(StringComparer.Ordinal);
        return new AssemblyDependencies(assembly.GetName().Name!, assemblies, namespaces);
    }

    /// <summary>The referenced assemblies whose names start with <paramref name="prefix"/> (a trailing dot is implied).</summary>
    public IReadOnlyList<string> AssembliesUnder(string prefix) =>
        [.. ReferencedAssemblies.Where(a => a == prefix || a.StartsWith(prefix + ".", StringComparison.Ordinal)).Order(StringComparer.Ordinal)];

    /// <summary>The used namespaces that are <paramref name="prefix"/> or under it.</summary>
    public IReadOnlyList<string> NamespacesUnder(string prefix) =>
        [.. ReferencedNamespaces.Where(n => n == prefix || n.StartsWith(prefix + ".", StringComparison.Ordinal)).Order(StringComparer.Ordinal)];
}
