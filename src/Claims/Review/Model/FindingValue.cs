using System.Globalization;
using System.Text.Json.Serialization;
using CoopAssistant.Claims.Localization;

namespace CoopAssistant.Claims.Review;

/// <summary>A value a finding shows (the value found, the period, the sums...), formatted in the reader's language. Stored
/// with the claim's findings as JSON (the <c>$v</c> discriminator names the kind; never rename one).</summary>
[JsonPolymorphic(TypeDiscriminatorPropertyName = "$v")]
[JsonDerivedType(typeof(TextValue), "text")]
[JsonDerivedType(typeof(DateValue), "date")]
[JsonDerivedType(typeof(PeriodValue), "period")]
[JsonDerivedType(typeof(MoneyValue), "money")]
[JsonDerivedType(typeof(LocalizedValue), "localized")]
[JsonDerivedType(typeof(ActivityValue), "activity")]
[JsonDerivedType(typeof(ListValue), "list")]
public abstract record FindingValue
{
    public abstract string Format(CultureInfo culture);

    /// <summary>Dates as people read them: 15/03/2026 in pt-BR, Mar 15, 2026 in en-US.</summary>
    public static string FormatDate(DateOnly date, CultureInfo culture) =>
        IsPortuguese(culture)
            ? date.ToString("dd/MM/yyyy", CultureInfo.InvariantCulture)
            : date.ToString("MMM d, yyyy", UserCulture.English);

    internal static bool IsPortuguese(CultureInfo culture) => UserCulture.IsPortuguese(culture);
}

/// <summary>Text as found in the document (a number, a name): shown as is.</summary>
public sealed record TextValue(string Text) : FindingValue
{
    public override string Format(CultureInfo culture) => Text;
}

public sealed record DateValue(DateOnly Date) : FindingValue
{
    public override string Format(CultureInfo culture) => FormatDate(Date, culture);
}

public sealed record PeriodValue(DateOnly Start, DateOnly End) : FindingValue
{
    public override string Format(CultureInfo culture) => FormatDate(Start, culture) + " – " + FormatDate(End, culture);
}

public sealed record MoneyValue(Money Money) : FindingValue
{
    public override string Format(CultureInfo culture) => Money.Format(culture);
}

/// <summary>A text of the review's own (resx key under <c>Review.</c>), in the reader's language.</summary>
public sealed record LocalizedValue(string Key) : FindingValue
{
    public override string Format(CultureInfo culture) => ReviewTexts.Get(Key, culture);
}

/// <summary>An activity type's name in the reader's language.</summary>
public sealed record ActivityValue(CoopAssistant.Claims.Model.ActivityType Activity) : FindingValue
{
    public override string Format(CultureInfo culture) => ClaimTexts.For(Activity, culture);
}

/// <summary>Several values, joined with "; ".</summary>
public sealed record ListValue(IReadOnlyList<FindingValue> Items) : FindingValue
{
    public override string Format(CultureInfo culture) => string.Join("; ", Items.Select(i => i.Format(culture)));

    public bool Equals(ListValue? other) => other is not null && Items.SequenceEqual(other.Items);

    public override int GetHashCode() => Items.Count;
}
