using System.Text;

namespace CoopAssistant.Graph.Evidence;

/// <summary>File-name checks and sanitising shared by the stores.</summary>
public static class EvidenceFileNames
{
    public const int MaxLength = 200;

    /// <summary>False for names with path separators, <c>..</c>, control characters, reserved characters or blank names.</summary>
    public static bool IsAcceptable(string? fileName)
    {
        if (string.IsNullOrWhiteSpace(fileName) || fileName.Length > MaxLength)
        {
            return false;
        }

        if (fileName.Contains("..", StringComparison.Ordinal) || fileName.Trim() is "." or "..")
        {
            return false;
        }

        foreach (var c in fileName)
        {
            if (char.IsControl(c) || c is '/' or '\\' or ':' or '*' or '?' or '"' or '<' or '>' or '|')
            {
                return false;
            }
        }

        return fileName == fileName.Trim() && !fileName.EndsWith('.');
    }

    /// <summary>A safe name for storage: unsafe characters become '_', never empty.</summary>
    public static string Sanitise(string? fileName)
    {
        if (string.IsNullOrWhiteSpace(fileName))
        {
            return "file";
        }

        var sb = new StringBuilder(fileName.Length);
        foreach (var c in fileName.Trim())
        {
            sb.Append(char.IsControl(c) || c is '/' or '\\' or ':' or '*' or '?' or '"' or '<' or '>' or '|' ? '_' : c);
        }

        var s = sb.ToString().Replace("..", "_", StringComparison.Ordinal).Trim('.', ' ');
        if (s.Length == 0)
        {
            s = "file";
        }

        return s.Length > MaxLength ? s[..MaxLength] : s;
    }

    /// <summary>A path segment made of letters, digits, '-' and '_' only (tenant and claim ids).</summary>
    public static string SafeSegment(string value)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(value);
        var sb = new StringBuilder(value.Length);
        foreach (var c in value)
        {
            sb.Append(char.IsAsciiLetterOrDigit(c) || c is '-' or '_' ? c : '_');
        }

        return sb.ToString();
    }
}
