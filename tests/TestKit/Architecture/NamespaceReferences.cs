using System.Reflection;
using System.Reflection.Emit;
using System.Reflection.Metadata;
using System.Reflection.Metadata.Ecma335;
using System.Reflection.PortableExecutable;

namespace CoopAssistant.TestKit.Architecture;

/// <summary>
/// Which namespaces of one assembly use which others of the same assembly, read from the method bodies' IL (calls, fields,
/// constructions, casts) and the types' base types: a lambda or an async method counts for the namespace of the type that
/// declares it. Architecture tests assert feature boundaries inside one project with it.
/// </summary>
public sealed class NamespaceReferences
{
    private static readonly Dictionary<short, OperandType> Operands = typeof(OpCodes).GetFields(BindingFlags.Public | BindingFlags.Static)
        .Select(f => (OpCode)f.GetValue(null)!).ToDictionary(o => o.Value, o => o.OperandType);

    private readonly HashSet<(string From, string To)> _edges;

    private NamespaceReferences(HashSet<(string From, string To)> edges) => _edges = edges;

    public static NamespaceReferences Of(Assembly assembly)
    {
        ArgumentNullException.ThrowIfNull(assembly);
        using var stream = File.OpenRead(assembly.Location);
        using var pe = new PEReader(stream);
        var metadata = pe.GetMetadataReader();
        var edges = new HashSet<(string, string)>();
        foreach (var handle in metadata.TypeDefinitions)
        {
            var type = metadata.GetTypeDefinition(handle);
            var from = NamespaceOf(metadata, handle);
            if (!type.BaseType.IsNil && TargetNamespace(metadata, type.BaseType) is { } baseNamespace)
            {
                edges.Add((from, baseNamespace));
            }

            foreach (var methodHandle in type.GetMethods())
            {
                var method = metadata.GetMethodDefinition(methodHandle);
                if (method.RelativeVirtualAddress == 0)
                {
                    continue;
                }

                var il = pe.GetMethodBody(method.RelativeVirtualAddress).GetILReader();
                while (il.RemainingBytes > 0)
                {
                    short code = il.ReadByte();
                    if (code == 0xFE)
                    {
                        code = unchecked((short)(0xFE00 | il.ReadByte()));
                    }

                    switch (Operands[code])
                    {
                        case OperandType.InlineMethod or OperandType.InlineField or OperandType.InlineType or OperandType.InlineTok:
                            if (TargetNamespace(metadata, MetadataTokens.EntityHandle(il.ReadInt32())) is { } to)
                            {
                                edges.Add((from, to));
                            }

                            break;
                        case OperandType.InlineNone:
                            break;
                        case OperandType.ShortInlineBrTarget or OperandType.ShortInlineI or OperandType.ShortInlineVar:
                            il.ReadByte();
                            break;
                        case OperandType.InlineVar:
                            il.ReadInt16();
                            break;
                        case OperandType.InlineI8 or OperandType.InlineR:
                            il.ReadInt64();
                            break;
                        case OperandType.InlineSwitch:
                            var count = il.ReadInt32();
                            il.Offset += count * 4;
                            break;
                        default:
                            il.ReadInt32();
                            break;
                    }
                }
            }
        }

        return new NamespaceReferences(edges);
    }

    /// <summary>The namespaces under <paramref name="to"/> that code under <paramref name="from"/> uses (both prefixes).</summary>
    public IReadOnlyList<string> Uses(string from, string to) =>
        [.. _edges.Where(e => Under(e.From, from) && Under(e.To, to)).Select(e => $"{e.From} -> {e.To}").Distinct().Order(StringComparer.Ordinal)];

    private static bool Under(string name, string prefix) => name == prefix || name.StartsWith(prefix + ".", StringComparison.Ordinal);

    /// <summary>The namespace of a type of this assembly (nested types: their outermost declaring type's); null for other assemblies' members.</summary>
    private static string? TargetNamespace(MetadataReader metadata, EntityHandle handle) => handle.Kind switch
    {
        HandleKind.TypeDefinition => NamespaceOf(metadata, (TypeDefinitionHandle)handle),
        HandleKind.MethodDefinition => NamespaceOf(metadata, metadata.GetMethodDefinition((MethodDefinitionHandle)handle).GetDeclaringType()),
        HandleKind.FieldDefinition => NamespaceOf(metadata, metadata.GetFieldDefinition((FieldDefinitionHandle)handle).GetDeclaringType()),
        HandleKind.MemberReference => metadata.GetMemberReference((MemberReferenceHandle)handle).Parent is var parent
            && parent.Kind is HandleKind.TypeDefinition or HandleKind.TypeSpecification
            ? TargetNamespace(metadata, (EntityHandle)parent)
            : null,
        HandleKind.MethodSpecification => TargetNamespace(metadata, metadata.GetMethodSpecification((MethodSpecificationHandle)handle).Method),
        HandleKind.TypeSpecification => GenericTypeDefinition(metadata, (TypeSpecificationHandle)handle),
        _ => null,
    };

    /// <summary>For a generic instantiation <c>X&lt;…&gt;</c> of a type of this assembly, X's namespace.</summary>
    private static string? GenericTypeDefinition(MetadataReader metadata, TypeSpecificationHandle handle)
    {
        var blob = metadata.GetBlobReader(metadata.GetTypeSpecification(handle).Signature);
        if (blob.ReadSignatureTypeCode() != SignatureTypeCode.GenericTypeInstance)
        {
            return null;
        }

        blob.ReadSignatureTypeCode();
        var generic = blob.ReadTypeHandle();
        return generic.Kind == HandleKind.TypeDefinition ? NamespaceOf(metadata, (TypeDefinitionHandle)generic) : null;
    }

    private static string NamespaceOf(MetadataReader metadata, TypeDefinitionHandle handle)
    {
        var type = metadata.GetTypeDefinition(handle);
        while (type.IsNested)
        {
            type = metadata.GetTypeDefinition(type.GetDeclaringType());
        }

        return metadata.GetString(type.Namespace);
    }
}
