using System.Globalization;
using CoopAssistant.Bot.Answers;
using CoopAssistant.Bot.Conversation.Questions;
using CoopAssistant.TestKit.AzureOpenAI;
using CoopAssistant.TestKit.Hosting;
using CoopAssistant.TestKit.Tokens;
using Microsoft.Extensions.DependencyInjection;

namespace CoopAssistant.Bot.Tests.Answers.Generative;

/// <summary>
/// The generative mode against a loopback Azure OpenAI (<see cref="FakeAzureOpenAIServer"/>, the real OpenAI client and
/// Microsoft.Extensions.AI): the model picks the passage for a question the ranking leaves unanswered, rewrites found answers,
/// and every failure keeps the ranking's answer.
/// </summary>
public sealed class ModelPassagePickTests(KnowledgeBaseFixture fixture) : IClassFixture<KnowledgeBaseFixture>, IAsyncLifetime
{
    private static readonly CultureInfo English = CultureInfo.GetCultureInfo("en-US");
    private static readonly CultureInfo Portuguese = CultureInfo.GetCultureInfo("pt-BR");

    // In-domain questions whose words the ranking cannot place (checked by each test: "I don't know" with candidates).
    private const string EnglishQuestion = "tenant GA wants to press submit himself, ok?";
    private const string PortugueseQuestion = "cliente recebe aviso quando associamos ele?";

    private FakeAzureOpenAIServer fake = null!;

    public async Task InitializeAsync() => fake = await FakeAzureOpenAIServer.StartAsync();

    public Task DisposeAsync() => fake.DisposeWithinAsync(TimeSpan.FromSeconds(30), "fake Azure OpenAI");

    private Task<KnowledgeAnswer> WriteAsync(ServiceProvider services, string question, CultureInfo culture) =>
        WriteAsync(services, question, fixture.Knowledge.Ask(question, culture));

    private static async Task<KnowledgeAnswer> WriteAsync(ServiceProvider services, string question, KnowledgeAnswer answer)
    {
        using var limit = new CancellationTokenSource(TimeSpan.FromSeconds(60));
        return await services.GetRequiredService<IKnowledgeAnswerWriter>().WriteAsync(question, answer, limit.Token);
    }

    private KnowledgeAnswer Unanswered(string question, CultureInfo culture)
    {
        var answer = fixture.Knowledge.Ask(question, culture);
        Assert.False(answer.Found);
        Assert.NotEmpty(answer.Candidates);
        return answer;
    }

    [Fact]
    public async Task Mode_is_off_by_default_and_no_model_is_called()
    {
        Unanswered(EnglishQuestion, English);
        using var services = AzureOpenAIHarness.Services(fixture.Knowledge, new Dictionary<string, string?>(), fake);

        var written = await WriteAsync(services, EnglishQuestion, English);
        var found = await WriteAsync(services, "when is my claim due?", English);

        Assert.False(written.Found);
        Assert.False(found.IsGenerated);
        Assert.Empty(fake.Requests);
    }

    [Fact]
    public async Task A_picked_number_answers_with_that_passage_in_english()
    {
        var unanswered = Unanswered(EnglishQuestion, English);
        fake.Model = request => FakeModelReply.Say(AzureOpenAIHarness.NumberOf(request, "Who can file and submit"));
        using var services = AzureOpenAIHarness.Services(fixture.Knowledge, AzureOpenAIHarness.Settings(fake), fake);

        var answer = await WriteAsync(services, EnglishQuestion, English);

        Assert.True(answer.Found);
        Assert.True(answer.IsPickedByModel);
        Assert.False(answer.IsGenerated);
        Assert.Equal("roles", answer.ArticleId);
        var picked = Assert.Single(unanswered.Candidates, c => c.Text == answer.Passage);
        Assert.Equal(picked.Source, answer.Source);
        Assert.NotNull(answer.Source);
        var request = Assert.Single(fake.Requests);
        Assert.Equal(EnglishQuestion, request.User);
        Assert.Contains("Reply with the number of the passage", request.System, StringComparison.Ordinal);
        Assert.All(unanswered.Candidates, c => Assert.Contains(c.Text, request.System, StringComparison.Ordinal));

        var card = AnswerCard.Create(answer, EnglishQuestion).ToJson();
        Assert.Contains("Chosen by an AI model", card, StringComparison.Ordinal);
        Assert.Contains(answer.Source!.ToString(), card, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_picked_number_answers_with_that_passage_in_portuguese()
    {
        var unanswered = Unanswered(PortugueseQuestion, Portuguese);
        fake.Model = request => FakeModelReply.Say(AzureOpenAIHarness.NumberOf(request, "O cliente é notificado"));
        using var services = AzureOpenAIHarness.Services(fixture.Knowledge, AzureOpenAIHarness.Settings(fake), fake);

        var answer = await WriteAsync(services, PortugueseQuestion, Portuguese);

        Assert.True(answer.IsPickedByModel);
        Assert.Equal("cpor", answer.ArticleId);
        Assert.StartsWith("O cliente é notificado", answer.Passage, StringComparison.Ordinal);
        Assert.Equal("pt-BR", answer.Language.Name);
        Assert.Contains(unanswered.Candidates, c => c.Text == answer.Passage);
        Assert.Contains("Responda somente com o número", Assert.Single(fake.Requests).System, StringComparison.Ordinal);
        Assert.Contains("Escolhido por um modelo de IA", AnswerCard.Create(answer, PortugueseQuestion).ToJson(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("0")]
    [InlineData("9")]
    [InlineData("Passage 2")]
    [InlineData("2.")]
    [InlineData("I think 1 answers it")]
    [InlineData("")]
    public async Task Zero_out_of_range_or_prose_keeps_i_dont_know(string reply)
    {
        Unanswered(EnglishQuestion, English);
        fake.Model = _ => FakeModelReply.Say(reply);
        using var services = AzureOpenAIHarness.Services(fixture.Knowledge, AzureOpenAIHarness.Settings(fake), fake);

        var answer = await WriteAsync(services, EnglishQuestion, English);

        Assert.False(answer.Found);
        Assert.False(answer.IsPickedByModel);
        Assert.Single(fake.Requests);
    }

    [Fact]
    public async Task A_model_slower_than_the_timeout_keeps_i_dont_know()
    {
        Unanswered(EnglishQuestion, English);
        fake.Model = _ => FakeModelReply.Slow(TimeSpan.FromSeconds(20), "1");
        using var services = AzureOpenAIHarness.Services(fixture.Knowledge, AzureOpenAIHarness.Settings(fake, timeout: TimeSpan.FromMilliseconds(500)), fake);

        var answer = await WriteAsync(services, EnglishQuestion, English);

        Assert.False(answer.Found);
        Assert.Single(fake.Requests);
    }

    [Theory]
    [InlineData("what is the exchange rate for the claim?", "en-US")]
    [InlineData("qual a cotação do dólar para a reivindicação?", "pt-BR")]
    public async Task An_off_topic_question_never_reaches_the_model(string question, string culture)
    {
        fake.Model = _ => FakeModelReply.Say("1");
        using var services = AzureOpenAIHarness.Services(fixture.Knowledge, AzureOpenAIHarness.Settings(fake), fake);

        var answer = await WriteAsync(services, question, CultureInfo.GetCultureInfo(culture));

        Assert.False(answer.Found);
        Assert.Empty(answer.Candidates);
        Assert.Empty(fake.Requests);
    }

    [Fact]
    public async Task A_throttled_model_falls_back_at_once_without_retrying()
    {
        Unanswered(EnglishQuestion, English);
        fake.Model = _ => FakeModelReply.Throttled(retryAfterSeconds: 1);
        using var services = AzureOpenAIHarness.Services(fixture.Knowledge, AzureOpenAIHarness.Settings(fake), fake);

        var unknown = await WriteAsync(services, EnglishQuestion, English);
        var found = fixture.Knowledge.Ask("when is my claim due?", English);
        var rewritten = await WriteAsync(services, "when is my claim due?", found);

        Assert.False(unknown.Found);
        Assert.Same(found, rewritten);
        Assert.Equal(2, fake.Requests.Count);
    }

    [Fact]
    public async Task A_failing_model_falls_back_to_the_rankings_answer()
    {
        Unanswered(EnglishQuestion, English);
        fake.Model = _ => FakeModelReply.Fails();
        using var services = AzureOpenAIHarness.Services(fixture.Knowledge, AzureOpenAIHarness.Settings(fake), fake);

        var unknown = await WriteAsync(services, EnglishQuestion, English);
        var found = fixture.Knowledge.Ask("when is my claim due?", English);
        var rewritten = await WriteAsync(services, "when is my claim due?", found);

        Assert.False(unknown.Found);
        Assert.Same(found, rewritten);
    }

    [Fact]
    public async Task The_key_goes_to_the_v1_path_with_the_deployment_as_model()
    {
        fake.Model = _ => FakeModelReply.Say("0");
        using var services = AzureOpenAIHarness.Services(fixture.Knowledge, AzureOpenAIHarness.Settings(fake), fake);

        await WriteAsync(services, EnglishQuestion, English);

        var request = Assert.Single(fake.Requests);
        Assert.Equal(FakeAuthentication.KeyAsBearer, request.Authentication);
        Assert.Equal("/openai/v1/chat/completions", request.Path);
        Assert.Equal("chat", request.Deployment);
        Assert.Empty(fake.Refused);
    }

    [Fact]
    public async Task A_wrong_key_is_refused_and_the_answer_falls_back()
    {
        fake.Keys.Clear();
        fake.Keys.Add("another-key");
        using var services = AzureOpenAIHarness.Services(fixture.Knowledge, AzureOpenAIHarness.Settings(fake), fake);

        var answer = await WriteAsync(services, EnglishQuestion, English);

        Assert.False(answer.Found);
        Assert.Equal(System.Net.HttpStatusCode.Unauthorized, Assert.Single(fake.Refused));
    }

    [Fact]
    public async Task Without_a_key_the_apps_entra_token_for_azure_openai_is_sent()
    {
        await using var issuer = await LocalTokenIssuer.StartAsync();
        issuer.Clients["app-1"] = "app-secret";
        var settings = AzureOpenAIHarness.Settings(fake, withKey: false);
        settings["MicrosoftAppId"] = "app-1";
        settings["MicrosoftAppPassword"] = "app-secret";
        settings["MicrosoftAppType"] = "SingleTenant";
        settings["MicrosoftAppTenantId"] = "tenant-1";
        settings["BotFramework:EntraInstance"] = issuer.BaseAddress.ToString();
        fake.Model = request => FakeModelReply.Say(AzureOpenAIHarness.NumberOf(request, "Who can file and submit"));
        using var services = AzureOpenAIHarness.Services(fixture.Knowledge, settings, fake, issuer);

        var first = await WriteAsync(services, EnglishQuestion, English);
        var second = await WriteAsync(services, EnglishQuestion, English);

        Assert.True(first.IsPickedByModel);
        Assert.True(second.IsPickedByModel);
        Assert.All(fake.Requests, r => Assert.Equal(FakeAuthentication.EntraToken, r.Authentication));
        Assert.Equal(1, issuer.Hits("token"));
    }

    [Fact]
    public async Task A_found_answer_is_still_rewritten_with_citations()
    {
        fake.Model = _ => FakeModelReply.Say("Within 45 days after the usage period ends [1].");
        using var services = AzureOpenAIHarness.Services(fixture.Knowledge, AzureOpenAIHarness.Settings(fake), fake);
        var found = fixture.Knowledge.Ask("when is my claim due?", English);

        var answer = await WriteAsync(services, "when is my claim due?", English);

        Assert.True(answer.IsGenerated);
        Assert.False(answer.IsPickedByModel);
        Assert.Equal("Within 45 days after the usage period ends [1].", answer.Passage);
        Assert.Equal(found.Source, answer.Source);
        var request = Assert.Single(fake.Requests);
        Assert.Contains("cite the passages you used as [1], [2]", request.System, StringComparison.Ordinal);
        Assert.All(found.Evidence, p => Assert.Contains(p.Text, request.System, StringComparison.Ordinal));
    }
}
