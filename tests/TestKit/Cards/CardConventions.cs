using System.Text.Json;
using System.Text.Json.Nodes;

namespace CoopAssistant.TestKit;

/// <summary>
/// The product's rules for cards (DESIGN.md §4, FACTS.md C) that neither the schema nor the renderer checks:
/// every button is an <c>Action.Execute</c> whose data carries its verb, with an <c>Action.Submit</c> fallback carrying
/// the same title and data (a Submit appears only as such a fallback); <c>refresh</c> is an <c>Action.Execute</c> for at
/// most 60 users; no positive/destructive action styles (Teams does not render them).
/// </summary>
public static class CardConventions
{
    public const int MaxRefreshUserIds = 60;

    public static IEnumerable<CardProblem> Check(string name, JsonNode card)
    {
        var problems = new List<CardProblem>();
        if (card is JsonObject root)
        {
            CheckRefresh(name, root, problems);
            Walk(name, root, "$", problems);
        }

        return problems;
    }

    private static void CheckRefresh(string name, JsonObject root, List<CardProblem> problems)
    {
        if (root["refresh"] is not JsonObject refresh)
        {
            return;
        }

        if ((string?)refresh["action"]?["type"] != "Action.Execute")
        {
            problems.Add(Problem(name, "$.refresh.action", "must be an Action.Execute."));
        }

        if (refresh["userIds"] is JsonArray { Count: > MaxRefreshUserIds } users)
        {
            problems.Add(Problem(name, "$.refresh.userIds", $"has {users.Count} users; Teams refreshes for at most {MaxRefreshUserIds}."));
        }
    }

    private static void Walk(string name, JsonNode? node, string path, List<CardProblem> problems)
    {
        switch (node)
        {
            case JsonObject obj:
                var type = obj["type"]?.GetValueKind() == JsonValueKind.String ? (string?)obj["type"] : null;
                if (type == "Action.Execute" && !path.EndsWith(".refresh.action", StringComparison.Ordinal))
                {
                    CheckExecute(name, obj, path, problems);
                }
                else if (type == "Action.Submit" && !path.EndsWith(".fallback", StringComparison.Ordinal))
                {
                    problems.Add(Problem(name, path, "is an Action.Submit; buttons are Action.Execute (Submit only as their fallback)."));
                }

                if (type is not null && type.StartsWith("Action.", StringComparison.Ordinal) && (string?)obj["style"] is "positive" or "destructive")
                {
                    problems.Add(Problem(name, path, $"uses style \"{(string?)obj["style"]}\", which Teams does not render."));
                }

                foreach (var (key, value) in obj)
                {
                    Walk(name, value, path + "." + key, problems);
                }

                break;
            case JsonArray array:
                for (var i = 0; i < array.Count; i++)
                {
                    Walk(name, array[i], $"{path}[{i}]", problems);
                }

                break;
        }
    }

    private static void CheckExecute(string name, JsonObject action, string path, List<CardProblem> problems)
    {
        var verb = (string?)action["verb"];
        if (string.IsNullOrWhiteSpace(verb))
        {
            problems.Add(Problem(name, path, "is an Action.Execute without a verb."));
        }

        if (action["data"] is not JsonObject data || (string?)data["verb"] != verb)
        {
            problems.Add(Problem(name, path, "must carry its verb in data.verb (the Submit fallback only has the data)."));
        }

        if (action["fallback"] is not JsonObject fallback || (string?)fallback["type"] != "Action.Submit")
        {
            problems.Add(Problem(name, path, "needs an Action.Submit fallback for clients without Universal Actions."));
            return;
        }

        if (!JsonNode.DeepEquals(fallback["data"], action["data"]) || (string?)fallback["title"] != (string?)action["title"])
        {
            problems.Add(Problem(name, path + ".fallback", "must have the same title and data as its Action.Execute."));
        }
    }

    private static CardProblem Problem(string name, string path, string message) =>
        new(name, CardChecks.Conventions, $"{path} {message}");
}
