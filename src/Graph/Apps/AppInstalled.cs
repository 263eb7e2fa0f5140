namespace CoopAssistant.Graph.Apps;

/// <summary>The app is in the colleague's personal scope: the value side of <see cref="IGraphAppInstaller.InstallForUserAsync"/>.</summary>
public enum AppInstalled
{
    /// <summary>201: installed now.</summary>
    Now = 1,

    /// <summary>409: it was installed already.</summary>
    Already = 2,
}

/// <summary>Why the app could not be installed for a colleague: the owner shares the app instead.</summary>
public enum AppInstallRefused
{
    /// <summary>403: the tenant's app policy, or no permission.</summary>
    Forbidden = 1,

    /// <summary>404: no such user or app.</summary>
    NotFound = 2,
}
