using System.Text;

namespace CoopAssistant.Claims.Funds;

/// <summary>Splits the text into records of cells (quoted cells may hold separators, quotes written twice and line breaks),
/// with the physical line each record starts on. The separator is the header's: <c>;</c> when it has one outside quotes.</summary>
internal sealed class FundCsvRecords(string text)
{
    private int _position = text.Length > 0 && text[0] == '\uFEFF' ? 1 : 0;
    private int _line = 1;
    private char? _separator;

    public char Separator => _separator ?? ',';

    public bool Next(out int line, out List<string> cells, out bool unterminatedQuote)
    {
        cells = [];
        unterminatedQuote = false;
        line = _line;
        if (_position >= text.Length)
        {
            return false;
        }

        _separator ??= DetectSeparator();
        var separator = _separator.Value;
        var cell = new StringBuilder();
        var quoted = false;
        while (_position < text.Length)
        {
            var c = text[_position++];
            if (quoted)
            {
                if (c == '"')
                {
                    if (_position < text.Length && text[_position] == '"')
                    {
                        cell.Append('"');
                        _position++;
                    }
                    else
                    {
                        quoted = false;
                    }
                }
                else
                {
                    if (c == '\n')
                    {
                        _line++;
                    }

                    cell.Append(c);
                }
            }
            else if (c == '"' && cell.Length == 0)
            {
                quoted = true;
            }
            else if (c == separator)
            {
                cells.Add(cell.ToString());
                cell.Clear();
            }
            else if (c is '\r' or '\n')
            {
                if (c == '\r' && _position < text.Length && text[_position] == '\n')
                {
                    _position++;
                }

                _line++;
                cells.Add(cell.ToString());
                return true;
            }
            else
            {
                cell.Append(c);
            }
        }

        unterminatedQuote = quoted;
        cells.Add(cell.ToString());
        return true;
    }

    private char DetectSeparator()
    {
        var quoted = false;
        for (var i = _position; i < text.Length && text[i] is not ('\r' or '\n') || quoted && i < text.Length; i++)
        {
            var c = text[i];
            if (c == '"')
            {
                quoted = !quoted;
            }
            else if (!quoted && c == ';')
            {
                return ';';
            }
        }

        return ',';
    }
}
