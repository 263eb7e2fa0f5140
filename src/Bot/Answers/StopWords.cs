using Lucene.Net.Analysis.Core;
using Lucene.Net.Analysis.Pt;

namespace CoopAssistant.Bot.Answers;

/// <summary>
/// Stop words per language, folded (no accents) because they are applied after accent folding:
/// Lucene's lists plus the question words, pronouns and chat filler people type into a bot.
/// </summary>
internal static class StopWords
{
    private static readonly string[] EnglishExtra =
    [
        "what", "whats", "when", "where", "which", "who", "whom", "why", "how", "i", "im", "ive", "me", "my",
        "mine", "we", "our", "ours", "us", "you", "your", "u", "ur", "do", "does", "did", "doing", "done", "dont", "were", "whole", "entire", "enough",
        "can", "cant", "could", "should", "would", "shall", "may", "might", "must", "has", "have", "had", "am",
        "been", "being", "get", "got", "getting", "need", "needs", "want", "wanna", "gonna", "know", "tell",
        "please", "pls", "plz", "hi", "hello", "hey", "about", "any", "some", "so", "here", "its", "just", "also",
        "from", "up", "too", "very", "than", "like", "thing", "things", "thanks", "thx", "really", "actually",
        "exactly", "anyone", "someone", "guys", "ok", "okay", "still", "again", "there", "theres", "hm", "um",
        "much", "many", "does", "did", "whats", "wat", "wht", "now",
        // "what does CSR stand for / mean": the concept row turns these into "meaning", which asks for the definition, i.e. the topic itself.
        "meaning",
        // Narrative words of "we built / ran / made X, what …": what was done is the activity the question names.
        "built", "ran", "made", "launched", "launch", "till", "ourselves", "allowed", "okay",
        // Quantifiers ("every claim", "each") say nothing about which rule is asked.
        "every", "each", "everything",
    ];

    private static readonly string[] PortugueseExtra =
    [
        "qual", "quais", "quando", "onde", "quem", "como", "porque", "pq", "oque", "preciso", "precisa",
        "precisamos", "precisam", "devo", "deve", "devemos", "posso", "pode", "podemos", "quero", "queria",
        "gostaria", "saber", "sobre", "ai", "oi", "ola", "bom", "boa", "vc", "voce", "vcs", "voces", "tb", "tbm",
        "tambem", "fazer", "faco", "tenho", "temos", "ter", "tem", "algum", "alguma", "coisa", "coisas", "ta",
        "to", "pra", "pro", "pras", "pros", "ne", "entao", "favor", "obrigado", "obrigada", "gente", "alguem",
        "cara", "sei", "ja", "ainda", "agora", "aqui", "isso", "isto", "esse", "essa", "dai", "la", "q", "eh",
        "afinal", "mesmo", "tipo", "quanto", "quantos", "quanta", "quantas", "vou", "vai", "seria", "sao", "existe", "ha", "hein", "nosso", "nossa", "nossos", "nossas", "inteiro", "inteira",
        // "o que significa / quer dizer SAC": the concept row turns these into "significa", which asks for the topic itself.
        "significa",
        // Narrativa de "criamos / fizemos / rodamos X, o que …": o que foi feito é a atividade que a pergunta nomeia.
        "criamos", "fizemos", "fez", "fizeram", "rodamos", "rodou", "lancamos", "lancamento", "valem", "vale", "pedem",
        "fiz", "nunca", "tal",
    ];

    public static IReadOnlyList<string> For(KnowledgeLanguage language)
    {
        IEnumerable<string> words = language == KnowledgeLanguage.Portuguese
            ? PortugueseAnalyzer.DefaultStopSet.Select(w => w.ToString()).Concat(PortugueseExtra)
            : StopAnalyzer.ENGLISH_STOP_WORDS_SET.Select(w => w.ToString()).Concat(EnglishExtra);
        return [.. words.Select(TextFolding.Fold).Distinct(StringComparer.Ordinal)];
    }
}
