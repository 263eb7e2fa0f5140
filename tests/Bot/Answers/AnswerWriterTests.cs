using System.Globalization;
using CoopAssistant.Bot.Answers;
using Microsoft.Extensions.AI;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace CoopAssistant.Bot.Tests.Answers;

public sealed class AnswerWriterTests(KnowledgeBaseFixture fixture) : IClassFixture<KnowledgeBaseFixture>
{
    private static readonly CultureInfo English = CultureInfo.GetCultureInfo("en-US");

    private ServiceProvider Services(IChatClient? chat)
    {
        var services = new ServiceCollection();
        services.AddLogging();
        services.AddSingleton<IConfiguration>(new ConfigurationBuilder().Build());
        if (chat is not null)
        {
            services.AddSingleton(chat);
        }

        services.AddSingleton(fixture.Knowledge);
        services.AddSingleton<IKnowledgeBase>(fixture.Knowledge);
        services.AddKnowledgeBase();
        return services.BuildServiceProvider();
    }

    [Fact]
    public async Task Without_a_chat_client_the_answer_is_the_quoted_passage()
    {
        using var provider = Services(null);
        var answer = fixture.Knowledge.Ask("when is my claim due?", English);

        var written = await provider.GetRequiredService<IKnowledgeAnswerWriter>().WriteAsync("when is my claim due?", answer, CancellationToken.None);

        Assert.Same(answer, written);
        Assert.False(written.IsGenerated);
    }

    [Fact]
    public async Task With_a_chat_client_the_model_writes_from_the_retrieved_passages_only()
    {
        var chat = new FakeChatClient("Within 45 days after the usage period ends [1].");
        using var provider = Services(chat);
        var answer = fixture.Knowledge.Ask("when is my claim due?", English);

        var written = await provider.GetRequiredService<IKnowledgeAnswerWriter>().WriteAsync("when is my claim due?", answer, CancellationToken.None);

        Assert.True(written.IsGenerated);
        Assert.Equal("Within 45 days after the usage period ends [1].", written.Passage);
        Assert.Equal(answer.Source, written.Source);
        var system = chat.Received[0];
        Assert.Equal(ChatRole.System, system.Role);
        Assert.Contains("Use only the numbered passages", system.Text, StringComparison.Ordinal);
        Assert.All(answer.Evidence, p => Assert.Contains(p.Text, system.Text, StringComparison.Ordinal));
        Assert.Equal("when is my claim due?", chat.Received[1].Text);
    }

    [Fact]
    public async Task An_unknown_answer_never_reaches_the_model()
    {
        var chat = new FakeChatClient("made up");
        using var provider = Services(chat);
        var answer = fixture.Knowledge.Ask("what's the weather?", English);

        var written = await provider.GetRequiredService<IKnowledgeAnswerWriter>().WriteAsync("what's the weather?", answer, CancellationToken.None);

        Assert.False(written.Found);
        Assert.Empty(chat.Received);
    }

    [Fact]
    public async Task A_failing_model_falls_back_to_the_quoted_passage()
    {
        using var provider = Services(new FakeChatClient(null, new HttpRequestException("model down")));
        var answer = fixture.Knowledge.Ask("when is my claim due?", English);

        var written = await provider.GetRequiredService<IKnowledgeAnswerWriter>().WriteAsync("when is my claim due?", answer, CancellationToken.None);

        Assert.Equal(answer, written);
    }
}
