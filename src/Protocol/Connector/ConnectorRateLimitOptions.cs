namespace CoopAssistant.Protocol.Connector;

/// <summary>Per-conversation send limits (section <c>BotFramework:RateLimits</c>); Teams' published limits by default.</summary>
public sealed class ConnectorRateLimitOptions
{
    public const string SectionName = "BotFramework:RateLimits";

    public IList<Window> Windows { get; } =
    [
        new(7, TimeSpan.FromSeconds(1), 10),
        new(8, TimeSpan.FromSeconds(2), 10),
        new(60, TimeSpan.FromSeconds(30), 30),
        new(1800, TimeSpan.FromHours(1), 60),
    ];

    public sealed record Window(int Permits, TimeSpan Duration, int Segments)
    {
        public TimeSpan Margin { get; init; } = TimeSpan.FromMilliseconds(50);
    }
}
