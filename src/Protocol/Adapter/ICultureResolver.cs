using System.Globalization;
using CoopAssistant.Protocol.Schema;

namespace CoopAssistant.Protocol.Adapter;

/// <summary>The culture a turn is answered in, chosen from the activity (implemented by the app: it knows the languages it speaks).</summary>
public interface ICultureResolver
{
    CultureInfo Resolve(Activity activity);
}
