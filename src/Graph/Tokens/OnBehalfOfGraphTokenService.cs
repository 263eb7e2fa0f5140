using CoopAssistant.Claims.Results;
using CoopAssistant.Graph.Evidence;
using CoopAssistant.Graph.Options;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Microsoft.Identity.Client;
using Microsoft.Identity.Client.Extensibility;
using LogLevel = Microsoft.Extensions.Logging.LogLevel;

namespace CoopAssistant.Graph.Tokens;

/// <summary>
/// MSAL long-running on-behalf-of: the first exchange stores the user's tokens under the key <c>{oid}.{tid}</c>
/// (through <see cref="IGraphTokenCacheStore"/>); later calls refresh silently from that cache.
/// </summary>
public sealed partial class OnBehalfOfGraphTokenService : IGraphTokenService
{
    private readonly ISsoTokenValidator validator;
    private readonly ITokenExchangeDeduplicator deduplicator;
    private readonly IGraphTokenCacheStore cacheStore;
    private readonly ILogger<OnBehalfOfGraphTokenService> logger;
    private readonly IReadOnlyList<string> scopes;
    private readonly IConfidentialClientApplication? application;

    public OnBehalfOfGraphTokenService(
        ISsoTokenValidator validator,
        ITokenExchangeDeduplicator deduplicator,
        IGraphTokenCacheStore cacheStore,
        IHttpClientFactory httpClientFactory,
        IOptions<SsoOptions> ssoOptions,
        IOptions<GraphOptions> graphOptions,
        ILogger<OnBehalfOfGraphTokenService> logger,
        IDataProtectionProvider? dataProtection = null)
    {
        ArgumentNullException.ThrowIfNull(ssoOptions);
        ArgumentNullException.ThrowIfNull(graphOptions);
        this.validator = validator;
        this.deduplicator = deduplicator;
        this.cacheStore = cacheStore;
        this.logger = logger;
        scopes = graphOptions.Value.EffectiveScopes;
        var sso = ssoOptions.Value;
        if (sso.IsConfigured)
        {
            var authority = new Uri(sso.Instance, sso.TenantId.Trim('/') + "/");
            application = ConfidentialClientApplicationBuilder.Create(sso.ClientId)
                .WithClientSecret(sso.ClientSecret)
                .WithAuthority(authority.AbsoluteUri, validateAuthority: false)
                .WithInstanceDiscovery(false)
                .WithHttpClientFactory(new CoopAssistant.Identity.MsalHttpClientFactory(httpClientFactory, GraphHttpClientNames.Entra))
                .WithLegacyCacheCompatibility(false)
                .WithRedirectUri(sso.EffectiveSignInRedirectUri.AbsoluteUri)
                .Build();
            var protector = dataProtection?.CreateProtector("CoopAssistant.Graph.TokenCache");
            new GraphTokenCacheProvider(cacheStore, protector, logger).Initialize(application.UserTokenCache);
        }
    }

    public async Task<Result<TokenExchanged, TokenExchangeFailure>> ExchangeAsync(SsoTokenExchange exchange, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(exchange);

        // Exchange first, de-duplicate second: a user signed in on several Teams clients sends the same exchange id from each,
        // and when consent is needed every one of them must get its 412 to show the sign-in fallback. Only a successful exchange
        // is recorded, so only one client's success runs what follows it (Bot Framework's TeamsSSOTokenExchangeMiddleware does
        // the same: https://learn.microsoft.com/en-us/microsoftteams/platform/bots/how-to/authentication/bot-sso-code).
        var validation = await validator.ValidateAsync(exchange.Token, cancellationToken);
        if (!validation.IsValid)
        {
            return new TokenExchangeFailure.Invalid(validation.Reason ?? TokenRejectionReason.Malformed);
        }

        var user = validation.User!;
        if (!SsoTokenRules.IsTokenOf(user, exchange.ActivityUser))
        {
            // Someone else's token (or an activity without its user): nothing is asked of Entra, nothing is cached.
            LogWrongUser(logger, user.TenantId);
            return new TokenExchangeFailure.Invalid(TokenRejectionReason.WrongUser);
        }

        if (application is null)
        {
            return new TokenExchangeFailure.Invalid(TokenRejectionReason.NotConfigured);
        }

        string? sessionKey = user.CacheKey;
        try
        {
            var result = await ((ILongRunningWebApi)application)
                .InitiateLongRunningProcessInWebApi(scopes, exchange.Token, ref sessionKey)
                .WithTenantId(user.TenantId)
                .ExecuteAsync(cancellationToken);
            LogExchanged(logger, user.TenantId, user.ObjectId);
            return await deduplicator.TryBeginAsync(exchange.Id, cancellationToken)
                ? new TokenExchanged.Obtained(user, result.AccessToken, result.ExpiresOn)
                : new TokenExchanged.Duplicate(exchange.Id);
        }
        catch (MsalUiRequiredException ex)
        {
            LogConsentRequired(logger, ex.ErrorCode, user.TenantId);
            return new TokenExchangeFailure.ConsentRequired(user, ex.ErrorCode);
        }
        catch (MsalServiceException ex)
        {
            LogExchangeFailed(logger, ex.ErrorCode, ex.StatusCode, user.TenantId);
            return new TokenExchangeFailure.Failed(user, ex.ErrorCode);
        }
    }

    public async Task<string?> GetAccessTokenAsync(GraphUserKey user, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(user);
        if (application is null)
        {
            return null;
        }

        try
        {
            var result = await ((ILongRunningWebApi)application)
                .AcquireTokenInLongRunningProcess(scopes, user.CacheKey)
                .WithTenantId(user.TenantId)
                .ExecuteAsync(cancellationToken);
            return result.AccessToken;
        }
        catch (MsalUiRequiredException ex)
        {
            LogSilentFailed(logger, ex.ErrorCode, user.TenantId);
            return null;
        }
        catch (MsalClientException ex) when (ex.ErrorCode == MsalError.OboCacheKeyNotInCacheError)
        {
            // Not signed in through Teams SSO: maybe through the sign-in card's consent page (tokens kept under the same account key).
            return await SilentForAccountAsync(user, cancellationToken);
        }
        catch (MsalServiceException ex)
        {
            LogSilentFailed(logger, ex.ErrorCode, user.TenantId);
            return null;
        }
    }

    public async Task<SignInCompletion> CompleteSignInAsync(string authorizationCode, GraphUserKey expected, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrEmpty(authorizationCode);
        ArgumentNullException.ThrowIfNull(expected);
        if (application is null)
        {
            return SignInCompletion.Failed;
        }

        AuthenticationResult result;
        try
        {
            result = await application.AcquireTokenByAuthorizationCode(GraphPermissionScopes, authorizationCode)
                .WithTenantId(expected.TenantId)
                .ExecuteAsync(cancellationToken);
        }
        catch (MsalException ex)
        {
            LogSignInFailed(logger, ex.ErrorCode, expected.TenantId);
            return SignInCompletion.Failed;
        }

        if (!string.Equals(result.UniqueId, expected.ObjectId, StringComparison.OrdinalIgnoreCase)
            || !string.Equals(result.TenantId, expected.TenantId, StringComparison.OrdinalIgnoreCase))
        {
            // Another account signed in in that window: forget its tokens, never attach them to this chat's user.
            if (result.Account is { } other)
            {
                await application.RemoveAsync(other);
            }

            LogWrongAccount(logger, expected.TenantId);
            return SignInCompletion.WrongAccount;
        }

        LogSignedIn(logger, expected.TenantId, expected.ObjectId);
        return SignInCompletion.SignedIn;
    }

    public async Task SignOutAsync(GraphUserKey user, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(user);
        if (application is not null)
        {
            await ((ILongRunningWebApi)application).StopLongRunningProcessInWebApiAsync(user.CacheKey, cancellationToken);
        }

        await cacheStore.RemoveAsync(user.CacheKey, cancellationToken);
    }

    /// <summary>The Graph permissions the code of the sign-in fallback is redeemed for (the registration's; MSAL adds the OpenID scopes).</summary>
    private static readonly string[] GraphPermissionScopes =
        [.. Permissions.GraphPermissions.GraphPermissionsToGrant.Select(p => "https://graph.microsoft.com/" + p)];

    private async Task<string?> SilentForAccountAsync(GraphUserKey user, CancellationToken cancellationToken)
    {
        var account = await application!.GetAccountAsync(user.CacheKey);
        if (account is null)
        {
            return null;
        }

        try
        {
            var result = await application.AcquireTokenSilent(scopes, account).WithTenantId(user.TenantId).ExecuteAsync(cancellationToken);
            return result.AccessToken;
        }
        catch (MsalUiRequiredException ex)
        {
            LogSilentFailed(logger, ex.ErrorCode, user.TenantId);
            return null;
        }
        catch (MsalServiceException ex)
        {
            LogSilentFailed(logger, ex.ErrorCode, user.TenantId);
            return null;
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Teams SSO token exchange refused: the token's user is not the user of the activity (tenant {TenantId})")]
    private static partial void LogWrongUser(ILogger logger, string tenantId);

    [LoggerMessage(Level = LogLevel.Information, Message = "Signed in through the sign-in card: user {ObjectId} in tenant {TenantId}")]
    private static partial void LogSignedIn(ILogger logger, string tenantId, string objectId);

    [LoggerMessage(Level = LogLevel.Warning, Message = "The sign-in card's code could not be redeemed ({ErrorCode}) in tenant {TenantId}")]
    private static partial void LogSignInFailed(ILogger logger, string errorCode, string tenantId);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Another account than the chat's user signed in through the sign-in card in tenant {TenantId}; nothing kept")]
    private static partial void LogWrongAccount(ILogger logger, string tenantId);

    [LoggerMessage(Level = LogLevel.Information, Message = "Graph token obtained on behalf of user {ObjectId} in tenant {TenantId}")]
    private static partial void LogExchanged(ILogger logger, string tenantId, string objectId);

    [LoggerMessage(Level = LogLevel.Warning, Message = "On-behalf-of exchange needs user interaction ({ErrorCode}) in tenant {TenantId}")]
    private static partial void LogConsentRequired(ILogger logger, string errorCode, string tenantId);

    [LoggerMessage(Level = LogLevel.Error, Message = "On-behalf-of exchange failed ({ErrorCode}, HTTP {Status}) in tenant {TenantId}")]
    private static partial void LogExchangeFailed(ILogger logger, string errorCode, int status, string tenantId);

    [LoggerMessage(Level = LogLevel.Information, Message = "Silent Graph token failed ({ErrorCode}) in tenant {TenantId}")]
    private static partial void LogSilentFailed(ILogger logger, string errorCode, string tenantId);
}
