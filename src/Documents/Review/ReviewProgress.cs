namespace CoopAssistant.Documents.Review;

/// <summary>"Reviewing 3 of 8 documents…": reported after each document is read.</summary>
public readonly record struct ReviewProgress(int Done, int Total);
