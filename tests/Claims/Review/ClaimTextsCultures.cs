using System.Globalization;

namespace CoopAssistant.Claims.Tests.Review;

internal static class ClaimTextsCultures
{
    public static readonly CultureInfo English = CultureInfo.GetCultureInfo("en-US");
    public static readonly CultureInfo Portuguese = CultureInfo.GetCultureInfo("pt-BR");
}
