using System.Globalization;

namespace CoopAssistant.Claims.Bench;

/// <summary>Command line: [--claims N] [--tenants N] [--users-per-tenant N] [--iterations N] [--provider sqlite|postgres|both] [--keep].</summary>
internal sealed record BenchOptions(int Claims, int Tenants, int UsersPerTenant, int Iterations, bool Sqlite, bool Postgres, bool Keep)
{
    public static BenchOptions Parse(string[] args)
    {
        var options = new BenchOptions(1_000_000, 1_000, 50, 300, true, true, false);
        for (var i = 0; i < args.Length; i++)
        {
            string Next() => args[++i];
            options = args[i] switch
            {
                "--claims" => options with { Claims = int.Parse(Next(), CultureInfo.InvariantCulture) },
                "--tenants" => options with { Tenants = int.Parse(Next(), CultureInfo.InvariantCulture) },
                "--users-per-tenant" => options with { UsersPerTenant = int.Parse(Next(), CultureInfo.InvariantCulture) },
                "--iterations" => options with { Iterations = int.Parse(Next(), CultureInfo.InvariantCulture) },
                "--provider" => Next() switch
                {
                    "sqlite" => options with { Sqlite = true, Postgres = false },
                    "postgres" => options with { Sqlite = false, Postgres = true },
                    _ => options with { Sqlite = true, Postgres = true },
                },
                "--keep" => options with { Keep = true },
                _ => throw new ArgumentException($"Unknown argument {args[i]}"),
            };
        }

        return options;
    }
}
