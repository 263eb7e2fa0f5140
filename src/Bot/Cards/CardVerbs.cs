namespace CoopAssistant.Bot.Cards;

/// <summary>The <c>verb</c> of every <c>Action.Execute</c> the bot puts on a card (also in the data of the Submit fallback): every
/// verb is defined here and nowhere else, and <see cref="All"/> lists them (a test checks each has a registered command, and
/// each command's verb is listed).</summary>
public static class CardVerbs
{
    public const string Welcome = "welcome";
    public const string Help = "help";
    public const string ClaimNew = "claim.new";
    public const string ClaimCreate = "claim.create";
    public const string ClaimList = "claim.list";
    public const string ClaimListOrganization = "claim.listOrganization";
    public const string ClaimStatus = "claim.status";
    public const string ClaimEdit = "claim.edit";
    public const string ClaimUpdate = "claim.update";
    public const string ClaimRefresh = "claim.refresh";
    public const string ClaimShared = "claim.shared";
    public const string ClaimReady = "claim.ready";
    public const string ClaimSubmit = "claim.submit";
    public const string ClaimDocumentationRequested = "claim.documentationRequested";
    public const string ClaimCancel = "claim.cancel";
    public const string ClaimPackage = "claim.package";
    public const string ClaimReview = "claim.review";
    public const string ReviewAccept = "review.accept";
    public const string PartnerIdentity = "partner.identity";
    public const string ClaimApproved = "claim.approved";
    public const string ClaimRejected = "claim.rejected";
    public const string ClaimDisputed = "claim.disputed";
    public const string ClaimPaid = "claim.paid";
    public const string ClaimHistory = "claim.history";
    public const string FundsList = "funds.list";
    public const string FundsRecord = "funds.record";
    public const string FundsImport = "funds.import";
    public const string EvidenceAttach = "evidence.attach";
    public const string EvidenceSearch = "evidence.search";
    public const string EvidenceRemove = "evidence.remove";
    public const string EvidenceChatFiles = "evidence.chatFiles";
    public const string EvidenceAttachFound = "evidence.attachFound";
    public const string EvidenceSignIn = "evidence.signIn";
    public const string AnswerTopic = "answer.topic";
    public const string AnswerFeedback = "answer.feedback";
    public const string ReminderSnooze = "reminder.snooze";
    public const string ReminderAlreadySubmitted = "reminder.alreadySubmitted";
    public const string ColleagueAsk = "colleague.ask";
    public const string ColleagueDecline = "colleague.decline";
    public const string ColleagueElsewhere = "colleague.elsewhere";
    public const string ColleagueCancel = "colleague.cancel";
    public const string ColleagueSearch = "colleague.search";
    public const string ColleagueAttachFound = "colleague.attachFound";

    /// <summary>Every verb above.</summary>
    public static IReadOnlyList<string> All { get; } =
    [
        Welcome, Help, ClaimNew, ClaimCreate, ClaimList, ClaimListOrganization, ClaimStatus, ClaimEdit, ClaimUpdate, ClaimRefresh,
        ClaimShared, ClaimReady, ClaimSubmit, ClaimDocumentationRequested, ClaimCancel, ClaimPackage, ClaimApproved, ClaimRejected,
        ClaimDisputed, ClaimPaid, ClaimHistory, FundsList, FundsRecord, FundsImport, EvidenceAttach, EvidenceSearch, EvidenceRemove,
        EvidenceChatFiles, EvidenceAttachFound, EvidenceSignIn, AnswerTopic, AnswerFeedback, ReminderSnooze, ReminderAlreadySubmitted,
        ColleagueAsk, ColleagueDecline, ColleagueElsewhere, ColleagueCancel, ColleagueSearch, ColleagueAttachFound, ClaimReview, ReviewAccept, PartnerIdentity,
    ];
}
