namespace CoopAssistant.Graph.Apps;

/// <summary>What installing the app for a colleague came to.</summary>
public enum AppInstallOutcome
{
    /// <summary>201: installed now.</summary>
    Installed,

    /// <summary>409: it was installed already.</summary>
    AlreadyInstalled,

    /// <summary>403 (the tenant's app policy, or no permission) or 404 (no such user or app): the owner shares the app instead.</summary>
    Refused,
}
