using CoopAssistant.Claims.Model;
using CoopAssistant.Claims.Rules;

namespace CoopAssistant.Claims.Tests.Rules;

/// <summary>Issue #18 / #20: one urgency rule for chat and tab, from the status groups and the days left.</summary>
public sealed class ClaimUrgencyTests
{
    [Theory]
    [InlineData(-1, ClaimUrgencyLevel.Overdue)]
    [InlineData(0, ClaimUrgencyLevel.Urgent)]
    [InlineData(7, ClaimUrgencyLevel.Urgent)]
    [InlineData(8, ClaimUrgencyLevel.Soon)]
    [InlineData(14, ClaimUrgencyLevel.Soon)]
    [InlineData(15, ClaimUrgencyLevel.OnTrack)]
    public void OpenClaim_IsRatedByDaysLeft(int daysLeft, ClaimUrgencyLevel expected)
    {
        Assert.Equal(expected, ClaimUrgency.For(ClaimStatus.Draft, daysLeft));
        Assert.Equal(expected, ClaimUrgency.For(ClaimStatus.AdditionalDocumentationRequested, daysLeft));
    }

    [Theory]
    [InlineData(ClaimStatus.Submitted, ClaimUrgencyLevel.WithPartnerCenter)]
    [InlineData(ClaimStatus.Disputed, ClaimUrgencyLevel.WithPartnerCenter)]
    [InlineData(ClaimStatus.Approved, ClaimUrgencyLevel.Closed)]
    [InlineData(ClaimStatus.Paid, ClaimUrgencyLevel.Closed)]
    [InlineData(ClaimStatus.Rejected, ClaimUrgencyLevel.Closed)]
    [InlineData(ClaimStatus.Expired, ClaimUrgencyLevel.Closed)]
    public void OtherStatuses_AreRatedByTheirGroup_WhateverTheDays(ClaimStatus status, ClaimUrgencyLevel expected)
    {
        Assert.Equal(expected, ClaimUrgency.For(status, -5));
        Assert.Equal(expected, ClaimUrgency.For(status, 5));
    }

    [Fact]
    public void EveryStatus_IsInExactlyOneGroup()
    {
        foreach (var status in Enum.GetValues<ClaimStatus>())
        {
            Assert.Equal(1, new[] { ClaimStatusGroups.IsOpen(status), ClaimStatusGroups.IsWithPartnerCenter(status) && !ClaimStatusGroups.IsOpen(status), ClaimStatusGroups.IsClosed(status) }.Count(x => x));
        }
    }
}
