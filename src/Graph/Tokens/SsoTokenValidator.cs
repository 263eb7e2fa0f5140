using CoopAssistant.Graph.Evidence;
using CoopAssistant.Graph.Options;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Protocols;
using Microsoft.IdentityModel.Protocols.OpenIdConnect;
using Microsoft.IdentityModel.Tokens;

namespace CoopAssistant.Graph.Tokens;

/// <summary>Microsoft.IdentityModel validation of Teams SSO tokens (<see cref="SsoTokenRules"/>), signing keys from the configured OpenID metadata.</summary>
public sealed partial class SsoTokenValidator : ISsoTokenValidator
{
    private readonly SsoOptions options;
    private readonly ILogger<SsoTokenValidator> logger;
    private readonly ConfigurationManager<OpenIdConnectConfiguration> configuration;
    private readonly JsonWebTokenHandler handler = new() { MapInboundClaims = false };

    public SsoTokenValidator(IOptions<SsoOptions> options, IHttpClientFactory httpClientFactory, ILogger<SsoTokenValidator> logger)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(httpClientFactory);
        this.options = options.Value;
        this.logger = logger;
        var metadata = this.options.OpenIdMetadataUrl;
        var retriever = new HttpDocumentRetriever(httpClientFactory.CreateClient(GraphHttpClientNames.Entra))
        {
            RequireHttps = !metadata.IsLoopback,
        };
        configuration = new ConfigurationManager<OpenIdConnectConfiguration>(
            metadata.AbsoluteUri, new OpenIdConnectConfigurationRetriever(), retriever);
    }

    public async Task<SsoTokenValidation> ValidateAsync(string token, CancellationToken cancellationToken)
    {
        if (string.IsNullOrWhiteSpace(options.ClientId))
        {
            return SsoTokenValidation.Rejected(TokenRejectionReason.NotConfigured);
        }

        if (string.IsNullOrWhiteSpace(token) || !handler.CanReadToken(token))
        {
            return SsoTokenValidation.Rejected(TokenRejectionReason.Malformed);
        }

        var parameters = new TokenValidationParameters
        {
            ValidateLifetime = true,
            RequireExpirationTime = true,
            RequireSignedTokens = true,
            ValidateIssuerSigningKey = true,
            ClockSkew = options.ClockSkew,
            ConfigurationManager = configuration,
        };
        SsoTokenRules.Apply(parameters, options);

        TokenValidationResult result;
        try
        {
            result = await handler.ValidateTokenAsync(token, parameters);
        }
        catch (InvalidOperationException ex)
        {
            LogMetadataFailed(logger, ex);
            return SsoTokenValidation.Rejected(TokenRejectionReason.SigningKeysUnavailable);
        }

        if (!result.IsValid)
        {
            var reason = Map(result.Exception);
            LogRejected(logger, reason, result.Exception?.GetType().Name ?? "none");
            return SsoTokenValidation.Rejected(reason);
        }

        var tid = result.Claims.TryGetValue("tid", out var t) ? t as string : null;
        var oid = result.Claims.TryGetValue("oid", out var o) ? o as string : null;
        if (string.IsNullOrEmpty(tid) || string.IsNullOrEmpty(oid))
        {
            return SsoTokenValidation.Rejected(TokenRejectionReason.MissingClaims);
        }

        var scp = result.Claims.TryGetValue("scp", out var s) ? s as string : null;
        if (!SsoTokenRules.HasRequiredScope(scp))
        {
            LogRejected(logger, TokenRejectionReason.MissingScope, scp ?? "no scp");
            return SsoTokenValidation.Rejected(TokenRejectionReason.MissingScope);
        }

        if (options.AllowedTenants.Count > 0 && !options.AllowedTenants.Contains(tid, StringComparer.OrdinalIgnoreCase))
        {
            LogRejected(logger, TokenRejectionReason.TenantNotAllowed, tid);
            return SsoTokenValidation.Rejected(TokenRejectionReason.TenantNotAllowed);
        }

        return SsoTokenValidation.Valid(new GraphUserKey(tid, oid));
    }

    private static TokenRejectionReason Map(Exception? exception) => exception switch
    {
        SecurityTokenInvalidAudienceException => TokenRejectionReason.WrongAudience,
        SecurityTokenExpiredException or SecurityTokenNoExpirationException or SecurityTokenNotYetValidException
            or SecurityTokenInvalidLifetimeException => TokenRejectionReason.Expired,
        SecurityTokenInvalidIssuerException => TokenRejectionReason.WrongIssuer,
        SecurityTokenSignatureKeyNotFoundException or SecurityTokenInvalidSignatureException => TokenRejectionReason.BadSignature,
        SecurityTokenMalformedException => TokenRejectionReason.Malformed,
        InvalidOperationException or System.Net.Http.HttpRequestException => TokenRejectionReason.SigningKeysUnavailable,
        _ => TokenRejectionReason.Malformed,
    };

    [LoggerMessage(Level = LogLevel.Warning, Message = "Teams SSO token rejected: {Reason} ({Detail})")]
    private static partial void LogRejected(ILogger logger, TokenRejectionReason reason, string detail);

    [LoggerMessage(Level = LogLevel.Error, Message = "OpenID metadata for SSO token validation could not be read")]
    private static partial void LogMetadataFailed(ILogger logger, Exception exception);
}
