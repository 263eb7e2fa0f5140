using System.Text.Json.Nodes;
using CoopAssistant.Bot.Cards;
using CoopAssistant.Bot.Tests.Hosting;
using CoopAssistant.Claims.Validation;
using CoopAssistant.TestKit.Channel;
using CoopAssistant.TestKit.App.Hosting;

namespace CoopAssistant.Bot.Tests.Conversation.Claims;

/// <summary>A form sent back with errors is stored: after a restart of the host, "new claim" continues it with the values kept.</summary>
public sealed class FormSurvivesRestartTests
{
    [Fact]
    public async Task AFormWithErrors_IsContinuedAfterARestart_AndCreatesTheClaimOnce()
    {
        var folder = Directory.CreateTempSubdirectory("coop-restart-").FullName;
        var settings = new Dictionary<string, string?> { ["ConnectionStrings:CoopAssistant"] = $"Data Source={Path.Combine(folder, "coop.db")}" };
        await using var channel = await FakeTeamsChannel.StartAsync("_connector");
        try
        {
            string formId;
            using (var before = new BotHostFactory(channel, settings: settings))
            {
                before.StartServer();
                var chat = new ClaimConversation(before, channel, "a:restart");
                var form = await chat.SendTextAsync("new claim");
                var values = ClaimConversation.ValidForm("Kept across restarts");
                values[ClaimFields.ActivityDate] = string.Empty;
                var withErrors = await chat.PressAsync(form, CardVerbs.ClaimCreate, values);
                Assert.Contains("\"id\":\"activityDate.error\"", ClaimConversation.Json(withErrors), StringComparison.Ordinal);
                formId = ClaimConversation.ActionData(withErrors, CardVerbs.ClaimCreate)["formId"]!.GetValue<string>();
            }

            using var after = new BotHostFactory(channel, settings: settings);
            after.StartServer();
            var resumed = new ClaimConversation(after, channel, "a:restart");
            var continued = await resumed.SendTextAsync("new claim");
            Assert.Contains("Kept across restarts", ClaimConversation.Json(continued), StringComparison.Ordinal);
            Assert.Equal(formId, ClaimConversation.ActionData(continued, CardVerbs.ClaimCreate)["formId"]!.GetValue<string>());

            var created = await resumed.PressAsync(continued, CardVerbs.ClaimCreate, ClaimConversation.ValidForm("Kept across restarts"));
            var again = await resumed.PressAsync(continued, CardVerbs.ClaimCreate, ClaimConversation.ValidForm("Kept across restarts"));
            Assert.Contains("Claim created.", ClaimConversation.Json(created), StringComparison.Ordinal);
            Assert.Contains("Claim created.", ClaimConversation.Json(again), StringComparison.Ordinal);
            Assert.Single(await resumed.Claims.ListMineAsync(ClaimConversation.User, 50, default), c => c.Title == "Kept across restarts");
            var fresh = await resumed.SendTextAsync("new claim");
            Assert.DoesNotContain("Kept across restarts", ClaimConversation.Json(fresh), StringComparison.Ordinal);
        }
        finally
        {
            try
            {
                Directory.Delete(folder, recursive: true);
            }
            catch (IOException)
            {
            }
        }
    }
}
