using CoopAssistant.Claims.Model;
using CoopAssistant.Claims.Rules;
using CoopAssistant.Claims.Validation;

namespace CoopAssistant.Claims.Tests.Rules;

public class ClaimLifecycleTests
{
    private static readonly ChecklistResult Complete = Checklist.Evaluate(true, false, [EvidenceKind.CoreRequirementDocumentation, EvidenceKind.VendorInvoice, EvidenceKind.ProofOfExecution]);
    private static readonly ChecklistResult Incomplete = Checklist.Evaluate(true, false, [EvidenceKind.CoreRequirementDocumentation]);

    public static TheoryData<ClaimStatus, ClaimStatus, int> LegalTransitions => new()
    {
        { ClaimStatus.Draft, ClaimStatus.Ready, 10 },
        { ClaimStatus.Ready, ClaimStatus.Draft, 10 },
        { ClaimStatus.Ready, ClaimStatus.Submitted, 10 },
        { ClaimStatus.Ready, ClaimStatus.Submitted, 0 },
        { ClaimStatus.Submitted, ClaimStatus.AdditionalDocumentationRequested, -100 },
        { ClaimStatus.AdditionalDocumentationRequested, ClaimStatus.Submitted, -100 },
        { ClaimStatus.Submitted, ClaimStatus.Approved, -100 },
        { ClaimStatus.Submitted, ClaimStatus.Rejected, -100 },
        { ClaimStatus.Approved, ClaimStatus.Paid, -100 },
        { ClaimStatus.Rejected, ClaimStatus.Disputed, -100 },
        { ClaimStatus.Disputed, ClaimStatus.Approved, -100 },
        { ClaimStatus.Disputed, ClaimStatus.Rejected, -100 },
        { ClaimStatus.Draft, ClaimStatus.Expired, -1 },
        { ClaimStatus.Ready, ClaimStatus.Expired, -1 },
    };

    [Theory]
    [MemberData(nameof(LegalTransitions))]
    public void Check_LegalTransition_IsAllowed(ClaimStatus from, ClaimStatus to, int daysLeft) =>
        Assert.Null(ClaimLifecycle.Check(from, to, new TransitionFacts(Complete, daysLeft, 0)));

    public static TheoryData<ClaimStatus, ClaimStatus> IllegalTransitions()
    {
        var data = new TheoryData<ClaimStatus, ClaimStatus>();
        foreach (var from in Enum.GetValues<ClaimStatus>())
        {
            foreach (var to in Enum.GetValues<ClaimStatus>())
            {
                if (!ClaimLifecycle.AllowedTargets(from).Contains(to))
                {
                    data.Add(from, to);
                }
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(IllegalTransitions))]
    public void Check_TransitionNotInTheTable_IsATypedIllegalTransitionError(ClaimStatus from, ClaimStatus to)
    {
        var error = ClaimLifecycle.Check(from, to, new TransitionFacts(Complete, -5, 0));
        Assert.NotNull(error);
        Assert.Equal(ClaimErrorCode.IllegalTransition, error.Code);
        Assert.Equal(from, error.From);
        Assert.Equal(to, error.To);
    }

    [Fact]
    public void Table_MatchesTheDocumentedLifecycle()
    {
        Assert.Equal([ClaimStatus.Ready, ClaimStatus.Expired], ClaimLifecycle.AllowedTargets(ClaimStatus.Draft));
        Assert.Empty(ClaimLifecycle.AllowedTargets(ClaimStatus.Paid));
        Assert.Empty(ClaimLifecycle.AllowedTargets(ClaimStatus.Expired));
        Assert.DoesNotContain(ClaimStatus.Submitted, ClaimLifecycle.AllowedTargets(ClaimStatus.Draft));
        Assert.Contains(ClaimStatus.Disputed, ClaimLifecycle.AllowedTargets(ClaimStatus.Rejected));
    }

    [Theory]
    [InlineData(ClaimStatus.Draft, ClaimStatus.Ready)]
    [InlineData(ClaimStatus.Ready, ClaimStatus.Submitted)]
    [InlineData(ClaimStatus.AdditionalDocumentationRequested, ClaimStatus.Submitted)]
    public void Check_WithMissingEvidence_ListsWhatIsMissing(ClaimStatus from, ClaimStatus to)
    {
        var error = ClaimLifecycle.Check(from, to, new TransitionFacts(Incomplete, 10, 0));
        Assert.NotNull(error);
        Assert.Equal(ClaimErrorCode.ChecklistIncomplete, error.Code);
        Assert.Equal([EvidenceKind.VendorInvoice, EvidenceKind.ProofOfExecution], error.MissingEvidence);
    }

    [Theory]
    [InlineData(ClaimStatus.Draft, ClaimStatus.Ready, ReviewGate.Blocked, ClaimErrorCode.ReviewBlocking)]
    [InlineData(ClaimStatus.Ready, ClaimStatus.Submitted, ReviewGate.Blocked, ClaimErrorCode.ReviewBlocking)]
    [InlineData(ClaimStatus.AdditionalDocumentationRequested, ClaimStatus.Submitted, ReviewGate.Blocked, ClaimErrorCode.ReviewBlocking)]
    [InlineData(ClaimStatus.Draft, ClaimStatus.Ready, ReviewGate.Pending, ClaimErrorCode.ReviewPending)]
    [InlineData(ClaimStatus.Ready, ClaimStatus.Submitted, ReviewGate.Pending, ClaimErrorCode.ReviewPending)]
    public void Check_ReadyOrSubmit_IsRefused_WhileTheReviewBlocksOrIsPending(ClaimStatus from, ClaimStatus to, ReviewGate review, ClaimErrorCode expected)
    {
        Assert.Equal(expected, ClaimLifecycle.Check(from, to, new TransitionFacts(Complete, 10, 0, review))?.Code);
    }

    [Theory]
    [InlineData(ReviewGate.None)]
    [InlineData(ReviewGate.Clear)]
    public void Check_ReadyOrSubmit_IsAllowed_WhenTheReviewIsClearOrNeverRan(ReviewGate review)
    {
        Assert.Null(ClaimLifecycle.Check(ClaimStatus.Draft, ClaimStatus.Ready, new TransitionFacts(Complete, 10, 0, review)));
        Assert.Null(ClaimLifecycle.Check(ClaimStatus.Ready, ClaimStatus.Submitted, new TransitionFacts(Complete, 10, 0, review)));
    }

    [Fact]
    public void Check_SubmittingAfterTheDeadline_IsRefused()
    {
        var error = ClaimLifecycle.Check(ClaimStatus.Ready, ClaimStatus.Submitted, new TransitionFacts(Complete, -1, 0));
        Assert.Equal(ClaimErrorCode.DeadlinePassed, error?.Code);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(30)]
    public void Check_ExpiringBeforeTheDeadlinePassed_IsRefused(int daysLeft)
    {
        var error = ClaimLifecycle.Check(ClaimStatus.Draft, ClaimStatus.Expired, new TransitionFacts(Incomplete, daysLeft, 0));
        Assert.Equal(ClaimErrorCode.DeadlineNotPassed, error?.Code);
    }

    [Fact]
    public void Check_ResubmittingWithOpenDocumentationRequests_IsRefused()
    {
        var error = ClaimLifecycle.Check(ClaimStatus.AdditionalDocumentationRequested, ClaimStatus.Submitted, new TransitionFacts(Complete, -30, 1));
        Assert.Equal(ClaimErrorCode.OpenDocumentationRequests, error?.Code);
    }

    [Theory]
    [InlineData(ClaimStatus.Draft, true)]
    [InlineData(ClaimStatus.Ready, true)]
    [InlineData(ClaimStatus.AdditionalDocumentationRequested, true)]
    [InlineData(ClaimStatus.Submitted, false)]
    [InlineData(ClaimStatus.Approved, false)]
    [InlineData(ClaimStatus.Expired, false)]
    public void IsEditable_OnlyWhilePreparingOrAnsweringARequest(ClaimStatus status, bool expected) =>
        Assert.Equal(expected, ClaimLifecycle.IsEditable(status));

    [Theory]
    [InlineData(ClaimStatus.Draft, true)]
    [InlineData(ClaimStatus.Ready, true)]
    [InlineData(ClaimStatus.Expired, true)]
    [InlineData(ClaimStatus.Submitted, false)]
    [InlineData(ClaimStatus.AdditionalDocumentationRequested, false)]
    [InlineData(ClaimStatus.Approved, false)]
    [InlineData(ClaimStatus.Rejected, false)]
    [InlineData(ClaimStatus.Disputed, false)]
    [InlineData(ClaimStatus.Paid, false)]
    public void CheckRecordedSubmission_AllowsOnlyClaimsNotYetKnownToBeSubmitted(ClaimStatus from, bool allowed) =>
        Assert.Equal(allowed, ClaimLifecycle.CheckRecordedSubmission(from) is null);
}
