namespace CoopAssistant.Scheduling.Dispatch;

/// <summary>Follows up open requests to colleagues (implemented by the bot, which owns their cards); returns how many were sent.</summary>
public interface IColleagueFollowUps
{
    Task<int> SendDueAsync(CancellationToken cancellationToken);
}

/// <summary>Without the bot (a scheduling host or test of its own) there are no colleague requests' cards to send.</summary>
internal sealed class NoColleagueFollowUps : IColleagueFollowUps
{
    public Task<int> SendDueAsync(CancellationToken cancellationToken) => Task.FromResult(0);
}
