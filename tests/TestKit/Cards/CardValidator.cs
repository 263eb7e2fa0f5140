using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using NJsonSchema;
using NJsonSchema.Validation;

namespace CoopAssistant.TestKit;

/// <summary>
/// Checks Adaptive Cards the way Teams would need them: (a) the official 1.5 JSON schema, (b) the official JavaScript
/// renderer (npm <c>adaptivecards</c>, one node process per batch, parse + validate + render in jsdom, no event
/// allowed), (c) the serialised size under Teams' 28 KB payload limit. The Teams host extension <c>msteams</c> on the
/// top-level card is not in the schema: it is checked on its own (only <c>{"width": "Full"}</c>) and removed before (a);
/// the top-level <c>version</c>, which the schema does not require, must be 1.0–1.5. (d) Unless turned off, the
/// product's <see cref="CardConventions"/>.
/// </summary>
public sealed class CardValidator
{
    public const int MaxCardBytes = 28 * 1024;

    private static readonly TimeSpan RendererTimeout = TimeSpan.FromMinutes(2);

    private readonly string? schemaPath;
    private readonly bool checkConventions;
    private readonly Lazy<Task<JsonSchema>> schema;

    /// <param name="schemaPath">Defaults to the shared Adaptive Cards 1.5 schema.</param>
    /// <param name="checkConventions">Also apply <see cref="CardConventions"/> (the product's button rules); on by default.</param>
    public CardValidator(string? schemaPath = null, bool checkConventions = true)
    {
        this.schemaPath = schemaPath;
        this.checkConventions = checkConventions;
        schema = new Lazy<Task<JsonSchema>>(LoadSchemaAsync);
    }

    /// <summary>A validator for the shared Adaptive Cards 1.5 schema with the product conventions (the schema is loaded once).</summary>
    public static CardValidator Default { get; } = new();

    /// <summary>Schema, renderer, size and Teams checks only, for cards that are not the bot's own (samples, fixtures).</summary>
    public static CardValidator WithoutConventions { get; } = new(checkConventions: false);

    public async Task<CardValidationResult> ValidateAsync(IEnumerable<(string Name, JsonNode Card)> cards, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(cards);
        var batch = cards.ToList();
        var problems = new List<CardProblem>();
        var loadedSchema = await schema.Value;
        var forRenderer = new JsonArray();
        foreach (var (name, card) in batch)
        {
            var json = card.ToJsonString();
            var bytes = Encoding.UTF8.GetByteCount(json);
            if (bytes >= MaxCardBytes)
            {
                problems.Add(new CardProblem(name, CardChecks.Size, $"{bytes} bytes; Teams accepts less than {MaxCardBytes}."));
            }

            var withoutHostExtension = card.DeepClone();
            problems.AddRange(CheckTeamsRules(name, withoutHostExtension));
            foreach (var error in loadedSchema.Validate(withoutHostExtension.ToJsonString()))
            {
                problems.Add(new CardProblem(name, CardChecks.Schema, Describe(error)));
            }

            if (checkConventions)
            {
                problems.AddRange(CardConventions.Check(name, card));
            }

            // The JavaScript renderer knows choices.data only from Adaptive Cards 1.6 on: checked above, left out for it.
            var rendered = card.DeepClone();
            CheckDynamicSearch(name, rendered);
            forRenderer.Add(rendered);
        }

        if (batch.Count > 0)
        {
            problems.AddRange(await RunRendererAsync(batch.Select(c => c.Name).ToList(), forRenderer, cancellationToken));
        }

        return new CardValidationResult(batch.Select(c => c.Name).ToList(), problems);
    }

    public Task<CardValidationResult> ValidateAsync(string name, JsonNode card, CancellationToken cancellationToken = default) =>
        ValidateAsync([(name, card)], cancellationToken);

    /// <summary>What Teams needs beyond the schema: a top-level version it renders (1.0–1.5) and a well-formed <c>msteams</c>.</summary>
    private static IEnumerable<CardProblem> CheckTeamsRules(string name, JsonNode card)
    {
        if (card is not JsonObject root)
        {
            yield return new CardProblem(name, CardChecks.Teams, "a card must be a JSON object.");
            yield break;
        }

        var version = root["version"]?.GetValueKind() == JsonValueKind.String ? (string?)root["version"] : null;
        if (version is not ("1.0" or "1.1" or "1.2" or "1.3" or "1.4" or "1.5"))
        {
            yield return new CardProblem(name, CardChecks.Teams, $"a top-level card needs \"version\" 1.0 to 1.5 (Teams renders up to 1.5), found {root["version"]?.ToJsonString() ?? "none"}.");
        }

        foreach (var problem in CheckDynamicSearch(name, root))
        {
            yield return problem;
        }

        if (!root.TryGetPropertyValue("msteams", out var extension))
        {
            yield break;
        }

        root.Remove("msteams");
        if (extension is not JsonObject options || options.Count != 1 || options["width"]?.GetValueKind() != JsonValueKind.String || (string?)options["width"] != "Full")
        {
            yield return new CardProblem(name, CardChecks.Teams, $"msteams must be {{\"width\":\"Full\"}}, found {extension?.ToJsonString() ?? "null"}.");
        }
    }

    /// <summary>
    /// Teams' dynamic typeahead (<c>choices.data</c> on an <c>Input.ChoiceSet</c>, not in the 1.5 schema): a <c>Data.Query</c>
    /// object with a non-empty <c>dataset</c> and optionally <c>count</c>, <c>skip</c>, <c>value</c> and <c>associatedInputs</c>
    /// (<c>auto</c> or <c>none</c>)
    /// (https://learn.microsoft.com/microsoftteams/platform/task-modules-and-cards/cards/dynamic-search#dataquery). Checked here
    /// and removed before the schema.
    /// </summary>
    private static List<CardProblem> CheckDynamicSearch(string name, JsonNode node)
    {
        var problems = new List<CardProblem>();
        void Walk(JsonNode? current)
        {
            if (current is JsonArray array)
            {
                foreach (var item in array)
                {
                    Walk(item);
                }
            }
            else if (current is JsonObject obj)
            {
                if (obj.TryGetPropertyValue("choices.data", out var query))
                {
                    obj.Remove("choices.data");
                    var allowed = new[] { "type", "dataset", "count", "skip", "value", "associatedInputs" };
                    if ((string?)obj["type"] != "Input.ChoiceSet")
                    {
                        problems.Add(new CardProblem(name, CardChecks.Teams, "choices.data belongs on an Input.ChoiceSet only."));
                    }

                    if (query is not JsonObject q || q["type"]?.GetValueKind() != JsonValueKind.String || (string?)q["type"] != "Data.Query"
                        || q["dataset"]?.GetValueKind() != JsonValueKind.String || string.IsNullOrEmpty((string?)q["dataset"])
                        || q.Any(p => !allowed.Contains(p.Key))
                        || (q["associatedInputs"] is { } associated && (string?)associated is not ("auto" or "none")))
                    {
                        problems.Add(new CardProblem(name, CardChecks.Teams, $"choices.data must be a Data.Query with a dataset, found {query?.ToJsonString() ?? "null"}."));
                    }
                }

                foreach (var property in obj.ToList())
                {
                    Walk(property.Value);
                }
            }
        }

        Walk(node);
        return problems;
    }

    private static async Task<List<CardProblem>> RunRendererAsync(List<string> names, JsonArray cards, CancellationToken cancellationToken)
    {
        var result = await NodeTools.RunScriptAsync("validate-cards.js", cards.ToJsonString(), RendererTimeout, cancellationToken: cancellationToken);
        if (!result.Succeeded)
        {
            throw new InvalidOperationException($"validate-cards.js failed: {result}");
        }

        var verdicts = JsonNode.Parse(result.StandardOutput)?.AsArray()
            ?? throw new InvalidOperationException($"validate-cards.js printed no verdicts: {result}");
        if (verdicts.Count != names.Count)
        {
            throw new InvalidOperationException($"validate-cards.js returned {verdicts.Count} verdicts for {names.Count} cards: {result}");
        }

        var problems = new List<CardProblem>();
        for (var i = 0; i < names.Count; i++)
        {
            foreach (var error in verdicts[i]?["errors"]?.AsArray() ?? [])
            {
                problems.Add(new CardProblem(names[i], CardChecks.Renderer, "error: " + (string?)error));
            }

            foreach (var warning in verdicts[i]?["warnings"]?.AsArray() ?? [])
            {
                problems.Add(new CardProblem(names[i], CardChecks.Renderer, "warning: " + (string?)warning));
            }
        }

        return problems;
    }

    private static string Describe(ValidationError error)
    {
        var text = $"{error.Kind} at {(string.IsNullOrEmpty(error.Path) ? "#" : error.Path)}";
        if (error is ChildSchemaValidationError child && child.Errors.Count > 0)
        {
            // For anyOf/oneOf, show why the closest alternative failed (the one with the fewest errors).
            var closest = child.Errors.Values.OrderBy(e => e.Count).First();
            text += " (" + string.Join("; ", closest.Select(Describe)) + ")";
        }

        return text;
    }

    private async Task<JsonSchema> LoadSchemaAsync()
    {
        // Resolved on first use, so a missing schema fails the test that needs it with its own message.
        var path = schemaPath ?? RepoPaths.AdaptiveCardSchema;
        if (!File.Exists(path))
        {
            throw new FileNotFoundException($"The Adaptive Cards schema '{path}' does not exist.", path);
        }

        // Loaded from text with its own path as document path: every $ref is local ("#/definitions/…"),
        // and the draft-06 "$schema" URL is only an identifier, never fetched.
        var json = await File.ReadAllTextAsync(path);
        return await JsonSchema.FromJsonAsync(json, path);
    }
}
