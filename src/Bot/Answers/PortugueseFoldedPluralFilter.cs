using Lucene.Net.Analysis;
using Lucene.Net.Analysis.TokenAttributes;

namespace CoopAssistant.Bot.Answers;

/// <summary>
/// Turns the accent-folded "-oes" plural back into its "-ao" singular ("reivindicacoes" →
/// "reivindicacao", "solicitacoes" → "solicitacao"). Accents are folded before stemming so that
/// people who type without them still match, but the Portuguese light stemmer only knows the
/// accented "-ões", so without this step "reivindicações" and "reivindicação" never meet.
/// </summary>
internal sealed class PortugueseFoldedPluralFilter : TokenFilter
{
    private readonly ICharTermAttribute term;

    public PortugueseFoldedPluralFilter(TokenStream input)
        : base(input)
    {
        term = AddAttribute<ICharTermAttribute>();
    }

    public override bool IncrementToken()
    {
        if (!m_input.IncrementToken())
        {
            return false;
        }

        var length = term.Length;
        var buffer = term.Buffer;
        if (length > 5 && buffer[length - 3] == 'o' && buffer[length - 2] == 'e' && buffer[length - 1] == 's')
        {
            buffer[length - 3] = 'a';
            buffer[length - 2] = 'o';
            term.Length = length - 1;
        }

        return true;
    }
}
