using CoopAssistant.Bot.AddIn;
using CoopAssistant.Bot.Conversation;
using CoopAssistant.Bot.Conversation.Claims.Package;
using CoopAssistant.Bot.Conversation.Questions;
using CoopAssistant.Bot.Operations;
using CoopAssistant.Bot.Protocol;
using CoopAssistant.Bot.Reminders;
using CoopAssistant.Bot.Tab;
using CoopAssistant.Bot.ScaleOut;
using CoopAssistant.Claims;
using CoopAssistant.Graph;
using CoopAssistant.Graph.Options;
using CoopAssistant.Scheduling;

namespace CoopAssistant.Bot;

/// <summary>The composition root: every part of the bot host, added and mapped.</summary>
public static class HostingExtensions
{
    public static WebApplicationBuilder AddCoopAssistant(this WebApplicationBuilder builder)
    {
        builder.AddOperations();
        builder.AddBotProtocol();
        builder.Services.AddClaims(builder.Configuration, builder.Environment.ContentRootPath);
        builder.Services.AddEvidence(builder.Configuration);
        builder.Services.AddEvidenceTokenStorage();
        var contentRoot = builder.Environment.ContentRootPath;
        builder.Services.PostConfigure<EvidenceOptions>(o => o.DataDirectory = Path.GetFullPath(o.DataDirectory, contentRoot));
        builder.Services.AddQuestions();
        builder.Services.AddConversation();
        builder.Services.AddScheduling(builder.Configuration, builder.Environment.ContentRootPath);
        builder.Services.AddReminders();
        builder.Services.AddScaleOut();
        builder.Services.AddDataProtectionCertificate(builder.Configuration);
        builder.AddAddIn();
        builder.AddTab();
        return builder;
    }

    public static WebApplication MapCoopAssistant(this WebApplication app)
    {
        LocalMode.Announce(app);
        app.MapBotEndpoint();
        app.MapClaimPackage();
        app.MapAddIn();
        app.MapTab();
        app.MapOperations();
        return app;
    }
}
