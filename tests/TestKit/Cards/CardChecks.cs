namespace CoopAssistant.TestKit;

/// <summary>Names of the checks a <see cref="CardProblem"/> comes from.</summary>
public static class CardChecks
{
    public const string Schema = "schema";
    public const string Renderer = "renderer";
    public const string Size = "size";
    public const string Teams = "teams";
    public const string Conventions = "conventions";
}
