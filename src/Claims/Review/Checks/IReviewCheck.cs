namespace CoopAssistant.Claims.Review.Checks;

/// <summary>One rule a reviewer applies; pure: it reads the context and returns findings.</summary>
public interface IReviewCheck
{
    IEnumerable<Finding> Run(ReviewContext context);
}
