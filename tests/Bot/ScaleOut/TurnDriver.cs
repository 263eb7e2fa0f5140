using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json.Nodes;
using CoopAssistant.Bot.Tests.Hosting;
using CoopAssistant.TestKit.Hosting;
using CoopAssistant.TestKit.Tokens;
using CoopAssistant.TestKit.App.Hosting;

namespace CoopAssistant.Bot.Tests.ScaleOut;

/// <summary>Delivers activities the way a channel behind a load balancer does: to a chosen host, with a valid token, and
/// again (to the next live host) after a connection failure or a 5xx, until a host accepts or refuses it.</summary>
internal sealed class TurnDriver(IReadOnlyList<BotProcess> hosts, LocalTokenIssuer issuer, string serviceUrl) : IDisposable
{
    private readonly HttpClient _http = new() { Timeout = TimeSpan.FromSeconds(60) };
    private readonly string _token = issuer.CreateToken(new TokenRequest { Audience = BotHostFactory.AppId, ServiceUrl = serviceUrl });
    private readonly bool[] _dead = new bool[hosts.Count];
    private int _failovers;
    private int _retriesAfter5xx;

    /// <summary>Deliveries that failed on a host at the transport level (it died under them) and went to another.</summary>
    public int Failovers => _failovers;

    /// <summary>Deliveries a host answered with 5xx (e.g. 503: another host is processing it) and that were tried again.</summary>
    public int RetriesAfter5xx => _retriesAfter5xx;

    public void MarkDead(int host) => _dead[host] = true;

    public async Task<(HttpStatusCode Status, string Body, int Host)> DeliverAsync(JsonObject activity, int preferred)
    {
        var json = activity.ToJsonString();
        var deadline = DateTime.UtcNow + TimeSpan.FromSeconds(90);
        for (var attempt = 0; ; attempt++)
        {
            var index = Enumerable.Range(0, hosts.Count).Select(i => (preferred + attempt + i) % hosts.Count).First(i => !_dead[i]);
            try
            {
                using var request = new HttpRequestMessage(HttpMethod.Post, hosts[index].MessagesEndpoint)
                {
                    Content = new StringContent(json, Encoding.UTF8, "application/json"),
                };
                request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", _token);
                using var response = await _http.SendAsync(request);
                var body = await response.Content.ReadAsStringAsync();
                if ((int)response.StatusCode < 500)
                {
                    return (response.StatusCode, body, index);
                }

                Interlocked.Increment(ref _retriesAfter5xx);
            }
            catch (HttpRequestException)
            {
                Interlocked.Increment(ref _failovers);
            }

            if (DateTime.UtcNow > deadline)
            {
                throw new TimeoutException($"No host accepted activity {activity["id"]} in time.");
            }

            await Task.Delay(250);
        }
    }

    public void Dispose() => _http.Dispose();
}
