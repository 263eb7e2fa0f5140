using CoopAssistant.Claims.Review;
using CoopAssistant.Documents.Reading;
using CoopAssistant.Documents.Review;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace CoopAssistant.Documents;

public static class DocumentsServiceCollectionExtensions
{
    /// <summary>Registers the evidence review: <see cref="ReviewOptions"/> (section <c>Review</c>, validated at start),
    /// <see cref="DocumentReader"/>, <see cref="ClaimReviewer"/> and <see cref="EvidenceReview"/>.</summary>
    public static IServiceCollection AddEvidenceReview(this IServiceCollection services)
    {
        ArgumentNullException.ThrowIfNull(services);
        services.AddOptions<ReviewOptions>().BindConfiguration(ReviewOptions.SectionName).ValidateDataAnnotations().ValidateOnStart();
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton<DocumentReader>();
        services.TryAddSingleton<ClaimReviewer>();
        services.TryAddSingleton<EvidenceReview>();
        return services;
    }
}
