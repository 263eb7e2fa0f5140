using System.Net;
using System.Text.Json.Nodes;
using CoopAssistant.Bot.Tests.Hosting;
using CoopAssistant.Claims.Access;
using CoopAssistant.Claims.Model;
using CoopAssistant.Claims.Services;
using CoopAssistant.Claims.Validation;
using CoopAssistant.TestKit.App.Hosting;
using CoopAssistant.TestKit.Channel;
using CoopAssistant.TestKit.Hosting;
using Microsoft.Extensions.DependencyInjection;

namespace CoopAssistant.Bot.Tests.Conversation.Sharing;

/// <summary>A local-mode host on a fake channel with one Incentives administrator, and the people of the sharing tests: the owner
/// (Alex), the administrator (Ana), an unrelated colleague (Bruno) and an administrator of another tenant (Olga).</summary>
public sealed class SharingHost(IReadOnlyDictionary<string, string?>? extraSettings = null) : IAsyncLifetime
{
    public const string OtherTenantId = "00000000-0000-0000-0000-0000000000002";
    public const string GroupChatId = "19:group-chat-1@thread.v2";

    public static readonly Person Owner = new(BotHostFactory.TenantId, BotHostFactory.UserObjectId, "29:user-id-0", "Alex Wilber");
    public static readonly Person Administrator = new(BotHostFactory.TenantId, "00000000-0000-0000-0000-0000000000030", "29:ana", "Ana Costa");
    public static readonly Person Colleague = new(BotHostFactory.TenantId, "00000000-0000-0000-0000-0000000000040", "29:bruno", "Bruno Lima");
    public static readonly Person Outsider = new(OtherTenantId, "00000000-0000-0000-0000-0000000000050", "29:olga", "Olga Petrova");

    public FakeTeamsChannel Channel { get; private set; } = null!;

    public BotHostFactory Host { get; private set; } = null!;

    public IClaimService Claims => Host.Services.GetRequiredService<IClaimService>();

    public async Task InitializeAsync()
    {
        Channel = await FakeTeamsChannel.StartAsync();
        Host = new BotHostFactory(Channel, settings: new Dictionary<string, string?>
        {
            ["Claims:Administrators:0:TenantId"] = Administrator.TenantId,
            ["Claims:Administrators:0:ObjectId"] = Administrator.ObjectId,
            ["Claims:Administrators:1:TenantId"] = Outsider.TenantId,
            ["Claims:Administrators:1:ObjectId"] = Outsider.ObjectId,
        }.Concat(extraSettings ?? new Dictionary<string, string?>()).ToDictionary());
        Host.StartServer();
    }

    public async Task DisposeAsync()
    {
        await Host.DisposeWithinAsync(BoundedDispose.HostLimit, "The sharing test host");
        await Channel.DisposeWithinAsync(TimeSpan.FromSeconds(30), "The fake channel");
    }

    /// <summary>A draft claim of <paramref name="owner"/>; by default its deadline is months away, else <paramref name="deadlineInDays"/> from today.</summary>
    public async Task<ClaimView> CreateClaimAsync(Person owner, string title, int? deadlineInDays = null)
    {
        var usageEnd = deadlineInDays is { } days ? DateOnly.FromDateTime(DateTime.UtcNow).AddDays(days - 45) : new DateOnly(2027, 3, 31);
        var result = await Claims.CreateAsync(
            owner.Caller,
            new ClaimDraft(ClaimProgram.PartnerCoop, ActivityType.Seminar, title, usageEnd.AddDays(-120), usageEnd, usageEnd.AddDays(-10), 1234.5m, "USD", true, false),
            default);
        return Assert.IsType<ClaimView>(result.Value);
    }

    /// <summary>An invoke from <paramref name="person"/> in a group chat; returns the HTTP body (the invoke response).</summary>
    public async Task<JsonObject> InvokeAsync(Person person, string name, JsonObject value, string locale = "en-US", string conversationType = "groupChat", string? replyToId = null)
    {
        var activity = Activities.Base("invoke", Channel.ServiceUrl, locale, null, new JsonObject { ["name"] = name, ["value"] = value });
        if (replyToId is not null)
        {
            activity["replyToId"] = replyToId; // the message whose card's button was pressed
        }

        person.Apply(activity, conversationType);
        using var response = await Host.PostActivityAsync(activity);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return JsonNode.Parse(await response.Content.ReadAsStringAsync())!.AsObject();
    }

    public static JsonObject Search(string? text, int skip = 0, int count = 25)
    {
        var parameters = text is null
            ? new JsonArray(new JsonObject { ["name"] = "initialRun", ["value"] = "true" })
            : new JsonArray(new JsonObject { ["name"] = "query", ["value"] = text });
        return new JsonObject
        {
            ["commandId"] = "findClaim",
            ["parameters"] = parameters,
            ["queryOptions"] = new JsonObject { ["skip"] = skip, ["count"] = count },
        };
    }

    /// <summary>The shared card's refresh, as Teams sends it for <paramref name="person"/> (trigger automatic).</summary>
    public async Task<JsonObject> RefreshAsync(Person person, JsonObject postedCard, string locale = "en-US")
    {
        var action = postedCard["refresh"]!["action"]!.DeepClone().AsObject();
        var body = await InvokeAsync(person, "adaptiveCard/action", new JsonObject
        {
            ["action"] = new JsonObject { ["type"] = "Action.Execute", ["verb"] = action["verb"]!.DeepClone(), ["data"] = action["data"]!.DeepClone() },
            ["trigger"] = "automatic",
        }, locale);
        Assert.Equal(200, body["statusCode"]!.GetValue<int>());
        Assert.Equal("application/vnd.microsoft.card.adaptive", body["type"]!.GetValue<string>());
        return body["value"]!.AsObject();
    }
}

public sealed record Person(string TenantId, string ObjectId, string ChannelId, string Name)
{
    public ClaimsCaller Caller => new(TenantId, ObjectId, Name, false);

    public void Apply(JsonObject activity, string conversationType)
    {
        activity["from"] = new JsonObject { ["id"] = ChannelId, ["name"] = Name, ["aadObjectId"] = ObjectId };
        activity["channelData"] = new JsonObject { ["tenant"] = new JsonObject { ["id"] = TenantId } };
        activity["conversation"] = conversationType == "personal"
            ? new JsonObject { ["id"] = "a:personal-" + ChannelId, ["conversationType"] = "personal", ["tenantId"] = TenantId }
            : new JsonObject { ["id"] = SharingHost.GroupChatId, ["conversationType"] = conversationType, ["tenantId"] = TenantId, ["isGroup"] = true };
    }
}
