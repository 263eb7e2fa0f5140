namespace CoopAssistant.Claims.Review;

/// <summary>Things a proof of execution can show (FACTS A, proof of execution by activity type).</summary>
public enum ProofItem
{
    FinalPiece = 0,
    Screenshot = 1,
    LandingUrl = 2,
    ClickThroughReport = 3,
    SentPiece = 4,
    DistributionProof = 5,
    StatementOfWork = 6,
    Script = 7,
    CallCount = 8,
    SuccessfulContacts = 9,
    Invitation = 10,
    Agenda = 11,
    Photos = 12,
    RegisteredGuests = 13,
    BoothPhoto = 14,
    OfferDetails = 15,
    EngagementRecord = 16,
    CourseOrExamCode = 17,
    CompletionDate = 18,
    Registration = 19,
    UnitsList = 20,
    PreApproval = 21,
    BroadcastProof = 22,
}
