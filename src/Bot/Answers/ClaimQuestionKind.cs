namespace CoopAssistant.Bot.Answers;

/// <summary>Questions about the user's own claims, answered from the claim data rather than the articles.</summary>
public enum ClaimQuestionKind
{
    /// <summary>"what is missing on my claim X?" / "o que falta na reivindicação X?"</summary>
    MissingEvidence,

    /// <summary>"when is claim X due?" / "quando vence a reivindicação X?"</summary>
    DueDate,

    /// <summary>"what's wrong with claim X?" / "o que está errado na reivindicação X?": the evidence review's findings.</summary>
    WhatIsWrong,

    /// <summary>"which claims expire this month?" / "quais reivindicações vencem este mês?"</summary>
    ExpiringThisMonth,
}
