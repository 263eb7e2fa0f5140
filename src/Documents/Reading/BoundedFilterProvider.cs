using System.IO.Compression;
using UglyToad.PdfPig.Filters;
using UglyToad.PdfPig.Tokens;

namespace CoopAssistant.Documents.Reading;

/// <summary>PdfPig's filters with limits: every decode checks the time budget, and Flate streams are inflated into a
/// bounded buffer that counts against the document's decoded-bytes allowance, so a small stream that inflates to
/// gigabytes stops at the limit instead of filling memory. Other filters are PdfPig's own (their output counted too).</summary>
internal sealed class BoundedFilterProvider(ReadBudget budget) : IFilterProvider
{
    private readonly IFilterProvider inner = DefaultFilterProvider.Instance;

    public IReadOnlyList<IFilter> GetFilters(DictionaryToken dictionary) => Wrap(inner.GetFilters(dictionary));

    public IReadOnlyList<IFilter> GetNamedFilters(IReadOnlyList<NameToken> names) => Wrap(inner.GetNamedFilters(names));

    public IReadOnlyList<IFilter> GetAllFilters() => Wrap(inner.GetAllFilters());

    private IFilter[] Wrap(IReadOnlyList<IFilter> filters) => [.. filters.Select(f => (IFilter)new BoundedFilter(f, budget))];

    private sealed class BoundedFilter(IFilter filter, ReadBudget budget) : IFilter
    {
        private const int Chunk = 64 * 1024;

        public bool IsSupported => filter.IsSupported;

        public Memory<byte> Decode(Memory<byte> input, DictionaryToken streamDictionary, IFilterProvider filterProvider, int filterIndex)
        {
            budget.ThrowIfOutOfTime();
            if (filter is FlateFilter && !HasPredictor(streamDictionary, filterIndex))
            {
                return Inflate(input);
            }

            var output = filter.Decode(input, streamDictionary, filterProvider, filterIndex);
            budget.Decoded(output.Length);
            return output;
        }

        /// <summary>zlib data (2-byte header, then deflate), inflated chunk by chunk against the allowance.</summary>
        private Memory<byte> Inflate(Memory<byte> input)
        {
            if (input.Length < 2)
            {
                return input;
            }

            using var source = new Sniffing.ReadOnlyMemoryStream(input[2..]);
            using var deflate = new DeflateStream(source, CompressionMode.Decompress);
            using var output = new MemoryStream(Math.Min(input.Length * 3, 4 * 1024 * 1024));
            var buffer = new byte[Chunk];
            try
            {
                int read;
                while ((read = deflate.Read(buffer, 0, buffer.Length)) > 0)
                {
                    budget.Decoded(read);
                    output.Write(buffer, 0, read);
                    if (output.Length % (Chunk * 64) < read)
                    {
                        budget.ThrowIfOutOfTime();
                    }
                }
            }
            catch (InvalidDataException)
            {
                // Like PdfPig's own filter: keep what inflated before the damage.
            }

            return output.GetBuffer().AsMemory(0, (int)output.Length);
        }

        private static bool HasPredictor(DictionaryToken dictionary, int index)
        {
            var parameters = dictionary.TryGet(NameToken.DecodeParms, out var token) || dictionary.TryGet(NameToken.Dp, out token) ? token : null;
            var selected = parameters switch
            {
                ArrayToken array when index < array.Length => array[index] as DictionaryToken,
                DictionaryToken single => single,
                _ => null,
            };
            return selected is not null && selected.TryGet(NameToken.Predictor, out var predictor) && predictor is NumericToken { Int: > 1 };
        }
    }
}
