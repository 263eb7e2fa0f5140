using System.Net;
using System.Text.Json.Nodes;
using CoopAssistant.Bot.Conversation.Colleagues;
using CoopAssistant.Bot.Tests.Conversation.Evidence;
using CoopAssistant.Bot.Tests.Hosting;
using CoopAssistant.TestKit.App.Hosting;
using CoopAssistant.Claims.Access;
using CoopAssistant.Graph.Evidence;
using CoopAssistant.Graph.Tokens;
using Microsoft.Extensions.DependencyInjection;

namespace CoopAssistant.Bot.Tests.Conversation.Colleagues;

/// <summary>The person picker of an owner signed in to Microsoft Graph searches Graph's users of their tenant (the fake Graph);
/// without their Graph token it offers the known people only.</summary>
public sealed class GraphPeoplePickerTests(SignInHostFixture fixture) : IClassFixture<SignInHostFixture>
{
    private const string Conversation = "a:people-picker";

    [Fact]
    public async Task ASignedInOwner_FindsTheTenantsUsersThroughGraph_NeverAnotherTenants_AndSignedOut_OnlyTheKnownPeople()
    {
        fixture.Graph.AddUser(BotHostFactory.TenantId, "oid-zeca", "Zeca Pagodinho", "zeca@contoso.com");
        fixture.Graph.AddUser("99999999-9999-9999-9999-999999999999", "oid-zelia", "Zelia Duncan", "zelia@fabrikam.com");
        var user = new GraphUserKey(BotHostFactory.TenantId, BotHostFactory.UserObjectId);
        await fixture.Host.Services.GetRequiredService<IGraphTokenService>().SignOutAsync(user, default);
        var searches = fixture.Graph.Requests.Count(r => r.Kind == "users");

        Assert.Empty(await SearchAsync("ze"));
        Assert.Equal(searches, fixture.Graph.Requests.Count(r => r.Kind == "users"));

        await new GraphChat(fixture, Conversation).SignInAsync();
        var found = await SearchAsync("ze");

        Assert.Equal([("Zeca Pagodinho", "oid-zeca")], found);
        var directory = fixture.Host.Services.GetRequiredService<IPeopleDirectory>();
        var caller = new ClaimsCaller(BotHostFactory.TenantId, BotHostFactory.UserObjectId, "Alex Wilber", false);
        Assert.Equal("Zeca Pagodinho", (await directory.FindAsync(caller, "oid-zeca", default))?.Name);
        Assert.Null(await directory.FindAsync(caller, "oid-zelia", default));
    }

    private async Task<List<(string Title, string Value)>> SearchAsync(string text)
    {
        var invoke = Activities.Base("invoke", fixture.Channel.ServiceUrl, "en-US", null, new JsonObject
        {
            ["name"] = PeopleSearchHandler.SearchInvoke,
            ["value"] = new JsonObject { ["queryText"] = text, ["dataset"] = PeopleSearchHandler.Dataset, ["queryOptions"] = new JsonObject { ["skip"] = 0, ["top"] = 15 } },
        });
        invoke["conversation"]!["id"] = Conversation;
        var (status, body) = await new GraphChat(fixture, Conversation).PostAsync(invoke);
        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal(PeopleSearchHandler.ResponseType, body!["type"]!.GetValue<string>());
        return [.. body["value"]!["results"]!.AsArray().Select(r => (r!["title"]!.GetValue<string>(), r["value"]!.GetValue<string>()))];
    }
}
