using System.Text.Json.Serialization;

namespace CoopAssistant.Bot.Cards;

/// <summary>Serialises an enum as its camelCase name, the spelling the Adaptive Cards schema uses.</summary>
public sealed class CamelCaseEnumConverter<TEnum>() : JsonStringEnumConverter<TEnum>(System.Text.Json.JsonNamingPolicy.CamelCase, allowIntegerValues: false)
    where TEnum : struct, Enum;

[JsonConverter(typeof(CamelCaseEnumConverter<Spacing>))]
public enum Spacing { Default, None, Small, Medium, Large, ExtraLarge, Padding }

[JsonConverter(typeof(CamelCaseEnumConverter<TextSize>))]
public enum TextSize { Default, Small, Medium, Large, ExtraLarge }

[JsonConverter(typeof(CamelCaseEnumConverter<TextWeight>))]
public enum TextWeight { Default, Lighter, Bolder }

[JsonConverter(typeof(CamelCaseEnumConverter<TextColor>))]
public enum TextColor { Default, Dark, Light, Accent, Good, Warning, Attention }

[JsonConverter(typeof(CamelCaseEnumConverter<TextBlockStyle>))]
public enum TextBlockStyle { Default, Heading }

[JsonConverter(typeof(CamelCaseEnumConverter<ContainerStyle>))]
public enum ContainerStyle { Default, Emphasis, Good, Attention, Warning, Accent }

[JsonConverter(typeof(CamelCaseEnumConverter<HorizontalAlignment>))]
public enum HorizontalAlignment { Left, Center, Right }

[JsonConverter(typeof(CamelCaseEnumConverter<VerticalAlignment>))]
public enum VerticalAlignment { Top, Center, Bottom }

[JsonConverter(typeof(CamelCaseEnumConverter<ImageSize>))]
public enum ImageSize { Auto, Stretch, Small, Medium, Large }

[JsonConverter(typeof(CamelCaseEnumConverter<ImageStyle>))]
public enum ImageStyle { Default, Person }

[JsonConverter(typeof(CamelCaseEnumConverter<ChoiceInputStyle>))]
public enum ChoiceInputStyle { Compact, Expanded, Filtered }

[JsonConverter(typeof(CamelCaseEnumConverter<TextInputStyle>))]
public enum TextInputStyle { Text, Tel, Url, Email, Password }

[JsonConverter(typeof(CamelCaseEnumConverter<ActionStyle>))]
public enum ActionStyle { Default, Positive, Destructive }

[JsonConverter(typeof(CamelCaseEnumConverter<ActionMode>))]
public enum ActionMode { Primary, Secondary }

[JsonConverter(typeof(CamelCaseEnumConverter<AssociatedInputs>))]
public enum AssociatedInputs { Auto, None }
