namespace CoopAssistant.Scheduling.Dispatch;

/// <summary>Asks for a dispatch run now (new due rows, e.g. a documentation request's "at once" card).</summary>
public interface IDispatchTrigger
{
    Task TriggerAsync(CancellationToken cancellationToken);
}
