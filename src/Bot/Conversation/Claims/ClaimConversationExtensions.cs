using CoopAssistant.Bot.Conversation.Claims.Cancel;
using CoopAssistant.Bot.Conversation.Claims.ClaimCard;
using CoopAssistant.Bot.Conversation.Claims.Turns;
using CoopAssistant.Bot.Conversation.Claims.Documentation;
using CoopAssistant.Bot.Conversation.Claims.Edit;
using CoopAssistant.Bot.Conversation.Claims.Evidence;
using CoopAssistant.Bot.Conversation.Claims.MyClaims;
using CoopAssistant.Bot.Conversation.Claims.NewClaim;
using CoopAssistant.Bot.Conversation.Claims.Package;
using CoopAssistant.Bot.Conversation.Claims.Ready;
using CoopAssistant.Bot.Conversation.Claims.Status;
using CoopAssistant.Bot.Conversation.Claims.Submit;
using CoopAssistant.Bot.Conversation.Commands;
using Microsoft.AspNetCore.DataProtection;

namespace CoopAssistant.Bot.Conversation.Claims;

public static class ClaimConversationExtensions
{
    /// <summary>Filing a claim in the chat: the claim commands, their shared services and the claim package links.</summary>
    public static IServiceCollection AddClaimConversation(this IServiceCollection services)
    {
        services.AddDataProtection();
        services.AddOptions<ClaimPackageOptions>().BindConfiguration(ClaimPackageOptions.SectionName).ValidateDataAnnotations().ValidateOnStart();
        services.AddSingleton<ClaimPackageLinks>();
        services.AddSingleton<ClaimTurnResolver>();
        services.AddSingleton<ClaimFormStateStore>();
        services.AddSingleton<ConversationLocks>();
        services.AddSingleton<CreatedForms>();
        services.AddSingleton<ClaimCardFactory>();
        services.AddSingleton<ClaimCommands>();
        services.AddSingleton<ReadyFlow>();
        services.AddSingleton<ICardActionGuard, ClaimAccessGuard>();

        services.AddSingleton<IBotCommand, NewClaimCommand>();
        services.AddSingleton<IBotCommand, CreateClaimCommand>();
        services.AddSingleton<IBotCommand, MyClaimsCommand>();
        services.AddSingleton<IBotCommand, OrganizationClaimsCommand>();
        services.AddSingleton<IBotCommand, ClaimStatusCommand>();
        services.AddSingleton<IBotCommand, RefreshClaimCommand>();
        services.AddSingleton<IBotCommand, EditClaimCommand>();
        services.AddSingleton<IBotCommand, UpdateClaimCommand>();
        services.AddSingleton<IBotCommand, ReadyCommand>();
        services.AddSingleton<IBotCommand, SubmitCommand>();
        services.AddSingleton<IBotCommand, DocumentationRequestedCommand>();
        services.AddSingleton<IBotCommand, CancelCommand>();
        services.AddSingleton<IBotCommand, AttachEvidenceCommand>();
        services.AddSingleton<IBotCommand, RemoveEvidenceCommand>();
        services.AddSingleton<IBotCommand, ClaimPackageCommand>();
        services.AddSingleton<IBotCommand, Outcomes.ApprovedCommand>();
        services.AddSingleton<IBotCommand, Outcomes.RejectedCommand>();
        services.AddSingleton<IBotCommand, Outcomes.DisputeFiledCommand>();
        services.AddSingleton<IBotCommand, Outcomes.PaidCommand>();
        services.AddSingleton<IBotCommand, History.ClaimHistoryCommand>();
        services.AddSingleton<IBotCommand, CoopAssistant.Bot.Conversation.Funds.FundsCommand>();
        services.AddSingleton<IBotCommand, CoopAssistant.Bot.Conversation.Funds.RecordFundCommand>();
        services.AddSingleton<IBotCommand, CoopAssistant.Bot.Conversation.Funds.ImportFundsCommand>();
        services.AddSingleton<CoopAssistant.Bot.Conversation.Funds.FundsFileImport>();
        return services;
    }
}
