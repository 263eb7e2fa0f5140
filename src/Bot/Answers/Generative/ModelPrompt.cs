using System.Globalization;
using System.Text;
using Microsoft.Extensions.AI;

namespace CoopAssistant.Bot.Answers.Generative;

/// <summary>The generative mode's one prompt shape: the instruction with the passages numbered [1], [2], …, then the question.</summary>
internal static class ModelPrompt
{
    public static List<ChatMessage> Numbered(string instruction, IEnumerable<string> passages, string question)
    {
        var context = new StringBuilder();
        var number = 0;
        foreach (var passage in passages)
        {
            context.Append(CultureInfo.InvariantCulture, $"[{++number}] {passage}").AppendLine();
        }

        return
        [
            new ChatMessage(ChatRole.System, instruction + Environment.NewLine + Environment.NewLine + context),
            new ChatMessage(ChatRole.User, question),
        ];
    }
}
