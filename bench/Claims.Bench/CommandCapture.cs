using System.Data;
using System.Diagnostics;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace CoopAssistant.Claims.Bench;

/// <summary>Remembers the last SQL command EF Core executed (text and parameters), so its plan can be shown.</summary>
internal sealed class CommandCapture : IObserver<DiagnosticListener>, IObserver<KeyValuePair<string, object?>>, IDisposable
{
    private readonly IDisposable _subscription;
    private readonly List<IDisposable> _listeners = [];

    public CommandCapture() => _subscription = DiagnosticListener.AllListeners.Subscribe(this);

    public bool Enabled { get; set; }

    public CapturedCommand? Last { get; private set; }

    public void OnNext(DiagnosticListener value)
    {
        if (value.Name == DbLoggerCategory.Name)
        {
            _listeners.Add(value.Subscribe(this));
        }
    }

    public void OnNext(KeyValuePair<string, object?> value)
    {
        if (Enabled && value.Key == RelationalEventId.CommandExecuting.Name && value.Value is CommandEventData data)
        {
            Last = new CapturedCommand(
                data.Command.CommandText,
                [.. data.Command.Parameters.Cast<System.Data.Common.DbParameter>().Select(p => (p.ParameterName, p.Value, p.DbType))]);
        }
    }

    public void OnCompleted()
    {
    }

    public void OnError(Exception error)
    {
    }

    public void Dispose()
    {
        _subscription.Dispose();
        _listeners.ForEach(l => l.Dispose());
    }
}

internal sealed record CapturedCommand(string Sql, IReadOnlyList<(string Name, object? Value, DbType Type)> Parameters);
