namespace CoopAssistant.EndToEnd.Tests.Deployment;

/// <summary>A Dockerfile read into its build stages: each stage's base image, name and instructions (continuation lines joined,
/// comments dropped). Enough to check the image's shape where no container engine runs.</summary>
public sealed record Dockerfile(IReadOnlyList<Dockerfile.Stage> Stages)
{
    public Stage Final => Stages[^1];

    public static Dockerfile Parse(string text)
    {
        var stages = new List<Stage>();
        var logical = new List<string>();
        var pending = "";
        foreach (var raw in text.Split('\n'))
        {
            var line = raw.TrimEnd('\r');
            if (pending.Length == 0 && line.TrimStart().StartsWith('#'))
            {
                continue;
            }

            if (line.EndsWith('\\'))
            {
                pending += line[..^1] + " ";
                continue;
            }

            var whole = (pending + line).Trim();
            pending = "";
            if (whole.Length > 0)
            {
                logical.Add(whole);
            }
        }

        foreach (var line in logical)
        {
            var space = line.IndexOf(' ', StringComparison.Ordinal);
            var keyword = (space < 0 ? line : line[..space]).ToUpperInvariant();
            var arguments = space < 0 ? "" : line[(space + 1)..].Trim();
            if (keyword == "FROM")
            {
                var parts = arguments.Split(' ', StringSplitOptions.RemoveEmptyEntries);
                var name = parts.Length == 3 && parts[1].Equals("AS", StringComparison.OrdinalIgnoreCase) ? parts[2] : null;
                stages.Add(new Stage(parts[0], name, new List<Instruction>()));
            }
            else if (stages.Count == 0)
            {
                throw new FormatException($"'{keyword}' before the first FROM");
            }
            else
            {
                ((List<Instruction>)stages[^1].Instructions).Add(new Instruction(keyword, arguments));
            }
        }

        return new Dockerfile(stages);
    }

    public sealed record Stage(string BaseImage, string? Name, IReadOnlyList<Instruction> Instructions)
    {
        public IEnumerable<string> All(string keyword) => Instructions.Where(i => i.Keyword == keyword).Select(i => i.Arguments);

        /// <summary>The stage's ENV settings (<c>ENV A=1 B="2"</c> form).</summary>
        public IReadOnlyDictionary<string, string> Environment()
        {
            var values = new Dictionary<string, string>(StringComparer.Ordinal);
            foreach (var env in All("ENV"))
            {
                var i = 0;
                while (i < env.Length)
                {
                    while (i < env.Length && env[i] == ' ')
                    {
                        i++;
                    }

                    var equals = env.IndexOf('=', i);
                    if (equals < 0)
                    {
                        break;
                    }

                    var key = env[i..equals];
                    i = equals + 1;
                    string value;
                    if (i < env.Length && env[i] == '"')
                    {
                        var close = env.IndexOf('"', i + 1);
                        value = env[(i + 1)..close];
                        i = close + 1;
                    }
                    else
                    {
                        var end = env.IndexOf(' ', i);
                        end = end < 0 ? env.Length : end;
                        value = env[i..end];
                        i = end;
                    }

                    values[key] = value;
                }
            }

            return values;
        }
    }

    public sealed record Instruction(string Keyword, string Arguments);
}
