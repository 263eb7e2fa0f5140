using System.ComponentModel.DataAnnotations;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace CoopAssistant.Claims.Validation;

/// <summary>
/// The one set of evidence file rules (section <c>Evidence</c>): the size cap and the allowed file types. The claim validator
/// checks a recorded item against them, and the evidence stores, the chat-file download and the add-in upload hold the bytes to
/// them. (Where files are kept, <c>Evidence:DataDirectory</c> and the download hosts, are Graph's <c>EvidenceOptions</c>.)
/// </summary>
public sealed class EvidenceFileOptions
{
    public const string SectionName = "Evidence";

    /// <summary>The default file types (without the dot) when <see cref="AllowedExtensions"/> is empty.</summary>
    public static IReadOnlyList<string> DefaultExtensions { get; } =
        ["pdf", "docx", "xlsx", "pptx", "csv", "txt", "png", "jpg", "jpeg", "gif", "msg", "eml", "zip"];

    /// <summary>Largest evidence file, in bytes (default 100 MiB).</summary>
    [Range(1L, long.MaxValue)]
    public long MaxFileBytes { get; set; } = 100L * 1024 * 1024;

    /// <summary>Allowed file types, without the dot (a leading dot is ignored); empty = <see cref="DefaultExtensions"/>. A
    /// configured list replaces the defaults.</summary>
    public IList<string> AllowedExtensions { get; } = [];

    /// <summary>The allowed types in force: <see cref="AllowedExtensions"/>, or the defaults when none are configured.</summary>
    public IReadOnlyList<string> EffectiveAllowedExtensions => AllowedExtensions.Count > 0
        ? [.. AllowedExtensions.Select(e => e.Trim().TrimStart('.'))]
        : DefaultExtensions;

    /// <summary>True when <paramref name="fileName"/> has an extension of <see cref="EffectiveAllowedExtensions"/> (any case).</summary>
    public bool IsAllowedType(string fileName)
    {
        ArgumentNullException.ThrowIfNull(fileName);
        var extension = Path.GetExtension(fileName).TrimStart('.');
        return extension.Length > 0 && EffectiveAllowedExtensions.Contains(extension, StringComparer.OrdinalIgnoreCase);
    }

    /// <summary>Binds the rules from <c>Evidence</c> (once, however many modules ask), validated at start, with the retired
    /// <c>Claims:MaxEvidenceBytes</c> and <c>Claims:AllowedEvidenceExtensions</c> still read (<see cref="RetiredEvidenceFileKeys"/>).</summary>
    public static void Register(IServiceCollection services)
    {
        ArgumentNullException.ThrowIfNull(services);
        if (services.Any(d => d.ServiceType == typeof(RetiredEvidenceFileKeys)))
        {
            return;
        }

        services.AddLogging();
        services.AddSingleton<RetiredEvidenceFileKeys>();
        services.AddOptions<EvidenceFileOptions>().BindConfiguration(SectionName).ValidateDataAnnotations().ValidateOnStart();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IConfigureOptions<EvidenceFileOptions>, RetiredEvidenceFileKeys>(
            sp => sp.GetRequiredService<RetiredEvidenceFileKeys>()));
    }
}
