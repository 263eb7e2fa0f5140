using System.Globalization;
using System.Security.Cryptography;
using System.Text.Json;
using System.Text.Json.Serialization;
using CoopAssistant.Graph.Evidence;
using CoopAssistant.Graph.Options;
using CoopAssistant.Graph.Permissions;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.Extensions.Options;

namespace CoopAssistant.Bot.Conversation.Evidence.SignIn;

/// <summary>
/// The sign-in fallback's links and one-time values, with no server-side state (any host of a scale-out can finish what another
/// started; they share the data protection key ring):
/// <list type="bullet">
/// <item>the OAuth card's sign-in link: the host's start page, which sends the window to Entra's authorize endpoint of the user's
/// tenant, asking consent for the Graph permissions the on-behalf-of exchange lacks, back to
/// <see cref="SsoOptions.EffectiveSignInRedirectUri"/>, with a <c>state</c> that names the chat's user
/// (https://learn.microsoft.com/en-us/entra/identity-platform/v2-oauth2-auth-code-flow#request-an-authorization-code);</item>
/// <item>the verification code the last page hands Teams (<c>authentication.notifySuccess</c>), which Teams sends back in
/// <c>signin/verifyState</c>: it names the user who completed the sign-in, so it is good for that user only.</item>
/// </list>
/// Both are encrypted and signed with ASP.NET Core data protection and expire.
/// </summary>
public sealed class SignInLinks(IDataProtectionProvider dataProtection, IOptions<SsoOptions> sso, TimeProvider time)
{
    public static readonly TimeSpan StateLifetime = TimeSpan.FromMinutes(15);
    public static readonly TimeSpan CodeLifetime = TimeSpan.FromMinutes(10);

    private readonly ITimeLimitedDataProtector _state = dataProtection.CreateProtector("CoopAssistant.SignIn.State.v1").ToTimeLimitedDataProtector();
    private readonly ITimeLimitedDataProtector _code = dataProtection.CreateProtector("CoopAssistant.SignIn.Code.v1").ToTimeLimitedDataProtector();

    /// <summary>
    /// The link of the OAuth card's sign-in button, for <paramref name="user"/> in <paramref name="culture"/>: the host's start page
    /// (<see cref="StartPath"/>), on the domain of the redirect page as Teams requires, which sends the window on to Entra.
    /// </summary>
    public Uri SignInUrl(GraphUserKey user, CultureInfo culture)
    {
        ArgumentNullException.ThrowIfNull(user);
        ArgumentNullException.ThrowIfNull(culture);
        var state = Protect(_state, new SignInState(user.TenantId, user.ObjectId, culture.Name, Convert.ToHexString(RandomNumberGenerator.GetBytes(8))), StateLifetime);
        return new Uri(sso.Value.EffectiveSignInRedirectUri, StartPath + "?" + StateParameter + "=" + Uri.EscapeDataString(state));
    }

    /// <summary>The start page's path; the redirect page is <see cref="SsoOptions.SignInEndPath"/> on the same host.</summary>
    public const string StartPath = "/auth/signin/start";

    public const string StateParameter = "state";

    /// <summary>
    /// Entra's authorize URL in the user's tenant for a <c>state</c> from <see cref="SignInUrl"/>: a code for this app, consent asked for
    /// the Graph permissions the on-behalf-of exchange lacks (the registration's) and the OpenID scopes, back to the redirect page.
    /// </summary>
    public Uri AuthorizeUrl(SignInState state, string protectedState)
    {
        ArgumentNullException.ThrowIfNull(state);
        var options = sso.Value;
        var scopes = GraphPermissions.GraphPermissionsToGrant.Select(p => "https://graph.microsoft.com/" + p).Concat(GraphPermissions.OpenIdScopes);
        var query = string.Join('&',
            "client_id=" + Uri.EscapeDataString(options.ClientId),
            "response_type=code",
            "response_mode=query",
            "redirect_uri=" + Uri.EscapeDataString(options.EffectiveSignInRedirectUri.AbsoluteUri),
            "scope=" + Uri.EscapeDataString(string.Join(' ', scopes)),
            "prompt=consent",
            "state=" + Uri.EscapeDataString(protectedState));
        return new Uri(options.Instance, $"{Uri.EscapeDataString(state.TenantId)}/oauth2/v2.0/authorize?{query}");
    }

    /// <summary>The user and language a <c>state</c> names, or null when it is forged or expired.</summary>
    public SignInState? ReadState(string? state) => Unprotect(_state, state, SignInJsonContext.Default.SignInState);

    /// <summary>The verification code for Teams: proof that <paramref name="user"/> completed the sign-in just now.</summary>
    public string VerificationCode(GraphUserKey user)
    {
        ArgumentNullException.ThrowIfNull(user);
        return Protect(_code, new SignInState(user.TenantId, user.ObjectId, string.Empty, Convert.ToHexString(RandomNumberGenerator.GetBytes(8))), CodeLifetime);
    }

    /// <summary>The user a verification code names, or null when it is forged or expired.</summary>
    public GraphUserKey? ReadVerificationCode(string? code) =>
        Unprotect(_code, code, SignInJsonContext.Default.SignInState) is { } payload ? new GraphUserKey(payload.TenantId, payload.ObjectId) : null;

    private string Protect(ITimeLimitedDataProtector protector, SignInState payload, TimeSpan lifetime) =>
        protector.Protect(JsonSerializer.Serialize(payload, SignInJsonContext.Default.SignInState), time.GetUtcNow() + lifetime);

    private T? Unprotect<T>(ITimeLimitedDataProtector protector, string? value, System.Text.Json.Serialization.Metadata.JsonTypeInfo<T> type)
        where T : class
    {
        if (string.IsNullOrWhiteSpace(value) || value.Length > 4096)
        {
            return null;
        }

        try
        {
            return JsonSerializer.Deserialize(protector.Unprotect(value, out var expiration), type) is { } payload && expiration > time.GetUtcNow() ? payload : null;
        }
        catch (Exception e) when (e is CryptographicException or FormatException or JsonException)
        {
            return null;
        }
    }
}

/// <summary>Who started a sign-in (tenant and object id of the chat's user), in which language, and a nonce.</summary>
public sealed record SignInState(string TenantId, string ObjectId, string Culture, string Nonce);

[JsonSerializable(typeof(SignInState))]
internal sealed partial class SignInJsonContext : JsonSerializerContext;
