namespace CoopAssistant.Bench;

/// <summary>The inbound activities the turn benchmarks post: a <c>help</c> message and a "new claim" form submission.</summary>
internal static class Activities
{
    public const string Tenant = "00000000-0000-0000-0000-0000000000001";

    /// <summary>A Teams 1:1 <c>help</c> message from user <paramref name="user"/> (one conversation per user).</summary>
    public static string Help(long id, long user, string serviceUrl) => $$$"""
        {"type":"message","id":"{{{id}}}","timestamp":"2026-11-24T10:00:00Z","serviceUrl":"{{{serviceUrl}}}","channelId":"msteams",
         "from":{"id":"29:user-{{{user}}}","name":"User {{{user}}}","aadObjectId":"00000000-0000-0000-0000-{{{user:D12}}}"},
         "conversation":{"id":"a:conv-{{{user}}}","conversationType":"personal","tenantId":"{{{Tenant}}}"},
         "recipient":{"id":"28:bot","name":"CoopAssistant"},"text":"help","textFormat":"plain","locale":"en-US",
         "channelData":{"tenant":{"id":"{{{Tenant}}}"} } }
        """;

    /// <summary>
    /// The "new claim" form submitted (<c>adaptiveCard/action</c>, verb <c>claim.create</c>, valid values): validation,
    /// the claim and its reminders written, the claim card returned in the invoke response. Locales alternate en-US/pt-BR.
    /// </summary>
    public static string NewClaim(long id, long user, string serviceUrl) => $$$"""
        {"type":"invoke","name":"adaptiveCard/action","id":"{{{id}}}","timestamp":"2026-11-24T10:00:00Z","serviceUrl":"{{{serviceUrl}}}","channelId":"msteams",
         "from":{"id":"29:user-{{{user}}}","name":"User {{{user}}}","aadObjectId":"00000000-0000-0000-0000-{{{user:D12}}}"},
         "conversation":{"id":"a:conv-{{{user}}}","conversationType":"personal","tenantId":"{{{Tenant}}}"},
         "recipient":{"id":"28:bot","name":"CoopAssistant"},"locale":"{{{(id % 2 == 0 ? "en-US" : "pt-BR")}}}","localTimezone":"America/Sao_Paulo",
         "channelData":{"tenant":{"id":"{{{Tenant}}}"}},
         "value":{"trigger":"manual","action":{"type":"Action.Execute","verb":"claim.create","data":{
           "verb":"claim.create","formId":"bench-{{{id}}}","program":"PartnerCoop","activityType":"Seminar","title":"Bench webinar {{{id}}}",
           "usageStart":"2026-07-01","usageEnd":"2026-12-31","activityDate":"2026-09-15","amount":"1500.50","currency":"USD",
           "vendorsUsed":"true","inHouseWork":"false"} } } }
        """;
}
