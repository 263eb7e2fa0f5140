using System.Globalization;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace CoopAssistant.Claims.Validation;

/// <summary>
/// Reads the file rules' retired keys, <c>Claims:MaxEvidenceBytes</c> and <c>Claims:AllowedEvidenceExtensions</c> (from when the
/// claims domain had its own copy of the rules), into <see cref="EvidenceFileOptions"/> when the <c>Evidence</c> key is not set,
/// and logs a warning naming the key to use instead. When both are set the <c>Evidence</c> key wins and the warning says so.
/// </summary>
public sealed partial class RetiredEvidenceFileKeys(IConfiguration configuration, ILogger<RetiredEvidenceFileKeys> logger) : IConfigureOptions<EvidenceFileOptions>
{
    public const string RetiredMaxBytesKey = "Claims:MaxEvidenceBytes";
    public const string RetiredExtensionsKey = "Claims:AllowedEvidenceExtensions";

    public void Configure(EvidenceFileOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var evidence = configuration.GetSection(EvidenceFileOptions.SectionName);

        if (configuration[RetiredMaxBytesKey] is { Length: > 0 } maxBytes)
        {
            var replacement = $"{EvidenceFileOptions.SectionName}:{nameof(EvidenceFileOptions.MaxFileBytes)}";
            var used = evidence[nameof(EvidenceFileOptions.MaxFileBytes)] is null;
            if (used)
            {
                // A value that is not a number is left to the validation: it stops the start naming the setting.
                options.MaxFileBytes = long.TryParse(maxBytes, NumberStyles.Integer, CultureInfo.InvariantCulture, out var parsed) ? parsed : 0;
            }

            LogRetiredKey(logger, RetiredMaxBytesKey, replacement, used ? "used until it is moved" : "ignored: the new key is set");
        }

        var retiredTypes = configuration.GetSection(RetiredExtensionsKey).GetChildren().Select(c => c.Value).OfType<string>().ToList();
        if (retiredTypes.Count > 0)
        {
            var replacement = $"{EvidenceFileOptions.SectionName}:{nameof(EvidenceFileOptions.AllowedExtensions)}";
            var used = !evidence.GetSection(nameof(EvidenceFileOptions.AllowedExtensions)).GetChildren().Any();
            if (used)
            {
                // The retired key added its entries to the defaults (binding could not remove one): keep that meaning.
                foreach (var type in EvidenceFileOptions.DefaultExtensions.Concat(retiredTypes))
                {
                    options.AllowedExtensions.Add(type);
                }
            }

            LogRetiredKey(logger, RetiredExtensionsKey, replacement, used ? "used until it is moved" : "ignored: the new key is set");
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "The setting {RetiredKey} is deprecated: use {Key} instead ({What})")]
    private static partial void LogRetiredKey(ILogger logger, string retiredKey, string key, string what);
}
