namespace CoopAssistant.Answers.Bench;

internal static class Percentiles
{
    /// <summary>Nearest-rank percentile (0 &lt; p &lt;= 1).</summary>
    public static double Of(IReadOnlyCollection<double> values, double p)
    {
        var sorted = values.Order().ToArray();
        var rank = (int)Math.Ceiling(p * sorted.Length);
        return sorted[Math.Clamp(rank - 1, 0, sorted.Length - 1)];
    }
}
