using CoopAssistant.Claims.Access;
using CoopAssistant.Claims.Model;

namespace CoopAssistant.Claims.Tests.Access;

public class ClaimAccessPolicyTests
{
    private static readonly Claim ClaimOfAlice = new() { TenantId = "t1", OwnerObjectId = "alice", Title = "x", Currency = "USD" };

    [Theory]
    [InlineData("t1", "alice", false, true)]
    [InlineData("t1", "bob", false, false)]
    [InlineData("t1", "bob", true, true)]
    [InlineData("t2", "alice", false, false)] // same object id in another tenant
    [InlineData("t2", "carol", true, false)] // administrator of another tenant
    [InlineData("", "alice", true, false)]
    [InlineData("t1", "", true, false)]
    public void CanReadAndChange_FollowTheOnePolicy(string tenant, string user, bool admin, bool expected)
    {
        var caller = new ClaimsCaller(tenant, user, null, admin);
        Assert.Equal(expected, ClaimAccessPolicy.CanRead(caller, ClaimOfAlice));
        Assert.Equal(expected, ClaimAccessPolicy.CanChange(caller, ClaimOfAlice));
        Assert.Equal(expected, ClaimAccessPolicy.Visible(caller).Compile()(ClaimOfAlice));
    }
}
