using System.Text.Json;
using System.Text.Json.Nodes;
using CoopAssistant.TestKit;

namespace CoopAssistant.EndToEnd.Tests.AddIn;

/// <summary>The task pane's email readers (respond-by date, what was asked, which claim) run in Node on the shipped script.</summary>
public sealed class EmailTextTests
{
    [Theory]
    [InlineData("Respond by 2026-12-15.", "en-US", "2026-12-15")]
    [InlineData("Please respond by December 15, 2026.", "en-US", "2026-12-15")]
    [InlineData("Due 12/15/2026, thanks", "en-US", "2026-12-15")]
    [InlineData("Responder até 15/12/2026.", "pt-BR", "2026-12-15")]
    [InlineData("Prazo: 15 de dezembro de 2026", "pt-BR", "2026-12-15")]
    [InlineData("Sent 2026-01-02; respond by 2026-12-20", "en-US", "2026-12-20")]
    [InlineData("No date here", "en-US", null)]
    [InlineData("Invalid 2026-02-30 date", "en-US", null)]
    public async Task RespondBy_FindsTheFirstDateFromToday(string body, string language, string? expected)
    {
        var answers = await RunAsync(new JsonObject { ["fn"] = "respondBy", ["args"] = new JsonArray(body, language, "2026-11-24") });
        Assert.Equal(expected, answers[0].ValueKind == JsonValueKind.Null ? null : answers[0].GetString());
    }

    [Fact]
    public async Task WhatWasAsked_DropsQuotedRepliesAndTheSignature()
    {
        var body = "Hi,\r\n\r\n\r\n\r\nSend the POE.\r\n> old reply\r\n-- \r\nPartner Center";
        var answers = await RunAsync(new JsonObject { ["fn"] = "whatWasAsked", ["args"] = new JsonArray(body) });
        Assert.Equal("Hi,\n\nSend the POE.", answers[0].GetString());
    }

    [Fact]
    public async Task ClaimFor_PrefersTheReferenceInTheSubject_ThenTheTitle_ThenTheMostUrgent()
    {
        var claims = new JsonArray(
            new JsonObject { ["id"] = "11111111-0000-0000-0000-0000aaaa0001", ["reference"] = "AAAA0001", ["title"] = "Webinar" },
            new JsonObject { ["id"] = "22222222-0000-0000-0000-0000bbbb0002", ["reference"] = "BBBB0002", ["title"] = "Trade show booth" });
        var answers = await RunAsync(
            new JsonObject { ["fn"] = "claimFor", ["args"] = new JsonArray(claims.DeepClone(), "Claim bbbb0002 needs more", "") },
            new JsonObject { ["fn"] = "claimFor", ["args"] = new JsonArray(claims.DeepClone(), "Invoice", "For the trade show booth in May") },
            new JsonObject { ["fn"] = "claimFor", ["args"] = new JsonArray(claims.DeepClone(), "Hello", "") });
        Assert.Equal(["22222222-0000-0000-0000-0000bbbb0002", "22222222-0000-0000-0000-0000bbbb0002", "11111111-0000-0000-0000-0000aaaa0001"],
            answers.Select(a => a.GetString()!).ToArray());
    }

    private static async Task<JsonElement[]> RunAsync(params JsonObject[] cases)
    {
        var result = await NodeTools.RunScriptAsync(Path.Combine("addin", "email-text-cases.js"), standardInput: new JsonArray(cases).ToJsonString());
        Assert.True(result.Succeeded, result.ToString());
        return [.. JsonDocument.Parse(result.StandardOutput).RootElement.EnumerateArray()];
    }
}
