using CoopAssistant.TestKit.App.Answers;

namespace CoopAssistant.Bot.Tests.Answers.HeldOut;

/// <summary>
/// The held-out question sets (tests/Bot/Answers/HeldOut/{name}.json, embedded in the test assembly), never
/// used to tune the retrieval: tuning uses QuestionSetData. See HeldOut/README.md for when each set was written.
/// </summary>
internal static class HeldOutSet
{
    /// <summary>Loads the set <paramref name="set"/>: "en-US", "pt-BR" (v1) or "en-US.v2", "pt-BR.v2".</summary>
    public static HeldOutQuestionSet Load(string set) => HeldOutQuestionSet.Embedded(typeof(HeldOutSet).Assembly, set);
}
