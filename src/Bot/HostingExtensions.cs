using CoopAssistant.Bot.Conversation;
using CoopAssistant.Bot.Protocol;
using CoopAssistant.Bot.Reminders;
using CoopAssistant.Claims;
using CoopAssistant.Scheduling;

namespace CoopAssistant.Bot;

/// <summary>The composition root: every part of the bot host, added and mapped.</summary>
public static class HostingExtensions
{
    public static WebApplicationBuilder AddCoopAssistant(this WebApplicationBuilder builder)
    {
        builder.AddBotProtocol();
        builder.Services.AddClaims(builder.Configuration, builder.Environment.ContentRootPath);
        builder.Services.AddConversation();
        builder.Services.AddScheduling(builder.Configuration, builder.Environment.ContentRootPath);
        builder.Services.AddReminders();
        return builder;
    }

    public static WebApplication MapCoopAssistant(this WebApplication app)
    {
        LocalMode.Announce(app);
        app.MapBotEndpoint();
        app.MapGet("/healthz", () => Results.Text("ok"));
        return app;
    }
}
