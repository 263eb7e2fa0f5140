using System.Reflection;
using System.Runtime.CompilerServices;
using CoopAssistant.Claims.Results;

namespace CoopAssistant.Bot.Tests.Architecture;

/// <summary>
/// One result shape for services (issue 18, "Results"): a public method under <c>src/</c> that hands back how a call went returns
/// <see cref="Result{TValue, TError}"/> (or a type derived from it, such as <c>ClaimResult&lt;T&gt;</c>), never a type of its own
/// named <c>*Result</c> or <c>*Outcome</c>. Commands have their own one shape (cards; the browser APIs' <c>IResult</c>), which
/// this does not look at, and a library's own contract a method implements (<c>ValidationResult</c> of an options validator,
/// <c>HealthCheckResult</c>) is not the app's to shape. The few types with such a name that are values of the domain, not a
/// call's outcome, are listed here with the reason; see <c>docs/architecture.md</c>.
/// </summary>
public sealed class ServiceResultTests
{
    /// <summary>Named like a result, but a value the domain computes or records, not how a service call went.</summary>
    private static readonly Dictionary<string, string> DomainValues = new(StringComparer.Ordinal)
    {
        ["CoopAssistant.Claims.Rules.ChecklistResult"] = "the checklist's evaluation of a claim (a pure rule, nothing can fail)",
        ["CoopAssistant.Claims.Funds.FundCsvResult"] = "a parsed CSV file: its rows and the errors per line, shown to the user",
        ["CoopAssistant.Claims.Review.DocumentOutcome"] = "the review's verdict on one document (✓, ⚠, ✗), shown on the card",
    };

    [Fact]
    public void PublicMethods_ReturnOnlyTheOneResultShape()
    {
        var found = AdHocResults(OneWayPerThingTests.AppTypes());

        Assert.True(found.Count == 0, "Return Result<TValue, TError> (src/Claims/Results) instead of a type of your own:\n" + string.Join("\n", found));
    }

    [Fact]
    public void TheCheck_FindsAServiceThatReturnsAResultTypeOfItsOwn()
    {
        Assert.Equal(
            [
                $"{typeof(SampleService).FullName}.{nameof(SampleService.CopyAsync)} returns {nameof(SampleCopyOutcome)}",
                $"{typeof(SampleService).FullName}.{nameof(SampleService.ReadAll)} returns {nameof(SampleReadResult)}",
            ],
            AdHocResults([typeof(SampleService), typeof(SampleShapedService)]));
    }

    [Fact]
    public void DomainValues_AreStillThere()
    {
        // A listed type that is gone or renamed leaves a stale exception behind: remove it from the list.
        Assert.All(DomainValues.Keys, name => Assert.Contains(OneWayPerThingTests.AppTypes(), t => t.FullName == name));
    }

    internal static IReadOnlyList<string> AdHocResults(IEnumerable<Type> types) =>
        [.. (from type in types
             where type.IsPublic || type.IsNestedPublic
             where !type.IsDefined(typeof(CompilerGeneratedAttribute), inherit: false)
             from method in type.GetMethods(BindingFlags.Public | BindingFlags.Instance | BindingFlags.Static | BindingFlags.DeclaredOnly)
             where !method.IsSpecialName && !method.Name.StartsWith('<')
             from returned in Mentioned(method.ReturnType)
             where IsAdHoc(returned) && !IsOwnFactory(type, returned)
             select $"{type.FullName}.{method.Name} returns {returned.Name}")
            .Distinct()
            .Order(StringComparer.Ordinal)];

    /// <summary>The returned type and what it carries (a task's, a list's, an array's element), but not inside the one shape.</summary>
    private static IEnumerable<Type> Mentioned(Type type)
    {
        if (type.HasElementType)
        {
            return Mentioned(type.GetElementType()!);
        }

        IEnumerable<Type> self = [type];
        return IsTheOneShape(type) || !type.IsGenericType ? self : self.Concat(type.GetGenericArguments().SelectMany(Mentioned));
    }

    private static bool IsAdHoc(Type type)
    {
        var name = type.IsGenericType ? type.Name[..type.Name.IndexOf('`', StringComparison.Ordinal)] : type.Name;
        return (name.EndsWith("Result", StringComparison.Ordinal) || name.EndsWith("Outcome", StringComparison.Ordinal))
            && type.Namespace?.StartsWith("CoopAssistant.", StringComparison.Ordinal) == true
            && !IsTheOneShape(type)
            && !DomainValues.ContainsKey(type.FullName ?? type.Name);
    }

    private static bool IsTheOneShape(Type? type)
    {
        for (; type is not null; type = type.BaseType)
        {
            if (type.IsGenericType && type.GetGenericTypeDefinition() == typeof(Result<,>))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>A type's own factories and members (and those of the types nested in it) are not a service handing it back.</summary>
    private static bool IsOwnFactory(Type declaring, Type returned)
    {
        for (Type? t = declaring; t is not null; t = t.DeclaringType)
        {
            if (t == returned || (returned.IsGenericType && t.IsGenericType && t.GetGenericTypeDefinition() == returned.GetGenericTypeDefinition()))
            {
                return true;
            }
        }

        return false;
    }

    public sealed record SampleCopyOutcome(string? ItemId, string? Error);

    public sealed record SampleReadResult(string? Text, string? Error);

    public sealed class SampleService
    {
        public Task<SampleCopyOutcome> CopyAsync() => Task.FromResult(new SampleCopyOutcome("item", null));

        public IReadOnlyList<SampleReadResult> ReadAll() => [new("text", null)];
    }

    public sealed class SampleShapedService
    {
        public Task<Result<string, int>> CopyAsync() => Task.FromResult(Result<string, int>.Ok("item"));

        public IReadOnlyList<Result<string, int>> ReadAll() => [Result<string, int>.Fail(404)];
    }
}
