using System.ComponentModel.DataAnnotations;

namespace CoopAssistant.Bot.Answers;

/// <summary>Retrieval tuning, bound from the "Knowledge" configuration section.</summary>
public sealed class KnowledgeBaseOptions
{
    public const string SectionName = "Knowledge";

    /// <summary>Below this confidence (0..1) the answer is "I don't know".</summary>
    [Range(0.0, 10.0)]
    public double ConfidenceThreshold { get; set; } = 0.45;

    /// <summary>Covered term weight below which the confidence is scaled down (a lone term used by 4 of 15 articles weighs ~1.6, by 2 of 15 ~2.1).</summary>
    public double MinimumCoveredWeight { get; set; } = 2.0;

    /// <summary>Weight, in the confidence, of a question term that no article uses (a known term weighs ln(1 + articles / articles with it)).</summary>
    public double UnknownTermWeight { get; set; } = 2.0;

    /// <summary>
    /// Weight of a question term that no article uses when the question is clearly about co-op claims
    /// (<see cref="QuestionDomain.CoopQuestion"/>): everyday detail ("showroom", "eDM") that should not sink the answer.
    /// </summary>
    [Range(0.0, 10.0)]
    public double NeutralUnknownWeight { get; set; } = 0.3;

    /// <summary>Share of its weight that an uncovered known word naming no co-op concept keeps in a clear co-op question.</summary>
    [Range(0.0, 1.0)]
    public double EverydayWordShare { get; set; } = 0.5;

    /// <summary>How many candidate passages an "I don't know" answer carries for a chat model to choose from (generative mode; 0 = none).</summary>
    [Range(0, 10)]
    public int ModelCandidates { get; set; } = 5;

    public float TitleBoost { get; set; } = 2.0f;

    public float KeywordBoost { get; set; } = 2.5f;

    /// <summary>Weight of a match in the passage itself, added to the title/keyword match (decides which passage of an article answers).</summary>
    public float PassageBoost { get; set; } = 1.0f;

    /// <summary>Weight of a match in the questions the passage answers (its alternate questions, written in people's words).</summary>
    public float QuestionBoost { get; set; } = 1.0f;

    /// <summary>
    /// Score bonus (a share of its score) for a passage with an alternate question that reads like the
    /// question, times the overlap (0..1, <see cref="AlternateQuestionMatch"/>).
    /// </summary>
    [Range(0.0, 10.0)]
    public double QuestionMatchBonus { get; set; } = 0.5;

    /// <summary>
    /// The best passage keeps the answer over its article's first passage when its alternate questions
    /// match the question by at least this much more (see <see cref="LeadPassageTie"/>).
    /// </summary>
    [Range(0.0, 1.0)]
    public double LeadQuestionMatchMargin { get; set; } = 0.1;

    /// <summary>Weight of the question word's type ("how", "who", "when"…) in the alternate-question overlap (a term used by every article weighs ~0.7, by one ~2.8).</summary>
    [Range(0.0, 10.0)]
    public double QuestionTypeWeight { get; set; } = 1.0;

    /// <summary>
    /// Score bonus (a share of its score) for a passage that states the kind of fact the question asks
    /// for: a duration ("how long", "quanto tempo"), an amount ("how much", "quanto") or a role ("who", "quem").
    /// </summary>
    [Range(0.0, 10.0)]
    public double AskedFactBonus { get; set; } = 0.2;

    /// <summary>Weight of a match anywhere in the passage's article (lets the whole article vote for its passages).</summary>
    public float ArticleBoost { get; set; } = 0.3f;

    /// <summary>Weight of a near spelling (typo correction) of a question term the articles do not use, relative to an exact match.</summary>
    public float FuzzyBoost { get; set; } = 0.8f;

    /// <summary>Share of a corrected (near-spelling) term's weight that counts as covered in the confidence.</summary>
    public double CorrectionCredit { get; set; } = 0.6;

    /// <summary>Unknown analysed terms at least this long are corrected to vocabulary terms one edit away; see <see cref="FuzzyTwoEditsLength"/>.</summary>
    [Range(1, 64)]
    public int FuzzyMinLength { get; set; } = 4;

    /// <summary>Unknown analysed terms at least this long are corrected with up to two edits.</summary>
    [Range(1, 64)]
    public int FuzzyTwoEditsLength { get; set; } = 8;

    /// <summary>
    /// When another passage of the same article wins only on length or repetition (its text holds no
    /// question word that the article's first passage lacks) and the first passage scores at least
    /// this share of it, the first passage (the article's main rule) answers.
    /// </summary>
    public double LeadPassageTie { get; set; } = 0.75;

    /// <summary>How many related topics an answer offers (1 or 2).</summary>
    [Range(0, 10)]
    public int MaxRelated { get; set; } = 2;

    /// <summary>A passage scoring at least this share of the best one is close enough to answer instead when it covers clearly more of the question.</summary>
    public double CloseHitShare { get; set; } = 0.8;

    /// <summary>How much more of the question (confidence) a close passage must cover to answer instead of the best (<see cref="CloseHitShare"/>).</summary>
    public double CoverageMargin { get; set; } = 0.1;

    /// <summary>
    /// Issue 20, meaning: a question the lexical ranking does not answer is answered by the passage closest in meaning when its
    /// cosine similarity is at least this and its article leads every other article by <see cref="SemanticArticleMargin"/>
    /// (English questions; tuned as a whole over every question set, see Answers/README.md).
    /// </summary>
    [Range(0.0, 2.0)]
    public double SemanticAnswerThreshold { get; set; } = 0.45;

    /// <summary>How far the closest passage's similarity must lead the closest passage of any other article (English).</summary>
    [Range(0.0, 2.0)]
    public double SemanticArticleMargin { get; set; } = 0.12;

    /// <summary>As <see cref="SemanticAnswerThreshold"/>, for Portuguese questions (the model is English-trained: weaker vectors).</summary>
    [Range(0.0, 2.0)]
    public double SemanticAnswerThresholdPortuguese { get; set; } = 0.6;

    /// <summary>As <see cref="SemanticArticleMargin"/>, for Portuguese questions.</summary>
    [Range(0.0, 2.0)]
    public double SemanticArticleMarginPortuguese { get; set; } = 0.15;

    /// <summary>
    /// How much more similar in meaning than the lexical choice a passage (clear of other articles by the article margin) must be
    /// to answer a question the lexical ranking answered; 2 turns this off (and then an answered question is not embedded at all).
    /// </summary>
    [Range(0.0, 2.0)]
    public double SemanticRescoreMargin { get; set; } = 2.0;
}
