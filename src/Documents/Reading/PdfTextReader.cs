using System.Text;
using CoopAssistant.Claims.Review;
using UglyToad.PdfPig;
using UglyToad.PdfPig.Content;
using UglyToad.PdfPig.Core;
using UglyToad.PdfPig.Exceptions;

namespace CoopAssistant.Documents.Reading;

/// <summary>PDF text with PdfPig: words grouped into lines by their baseline (so a label and its value on one row stay
/// on one line), pages up to the page limit, within the time and decoded-bytes budget. No letters on any page read:
/// no text layer (a scan).</summary>
internal static class PdfTextReader
{
    private const double LineTolerance = 2.5;

    public static DocumentReading Read(ReadOnlyMemory<byte> content, ReadBudget budget)
    {
        var text = new TextCollector(budget);
        var pagesRead = 0;
        int? pageCount = null;
        var letters = 0;
        try
        {
            var options = new ParsingOptions
            {
                UseLenientParsing = true,
                SkipMissingFonts = true,
                ClipPaths = false,
                FilterProvider = new BoundedFilterProvider(budget),
            };
            using var document = PdfDocument.Open(content.ToArray(), options);
            budget.ThrowIfOutOfTime();
            pageCount = document.NumberOfPages;
            if (pageCount == 0)
            {
                return DocumentReading.Failed(DocumentReadStatus.Corrupt, "pdf"); // a page tree with no page (or only itself)
            }

            for (var number = 1; number <= pageCount && !text.Full; number++)
            {
                if (pagesRead >= budget.Options.MaxPages)
                {
                    budget.Hit(ReadLimit.Pages);
                    break;
                }

                budget.ThrowIfOutOfTime();
                var page = document.GetPage(number);
                letters += page.Letters.Count;
                foreach (var line in Lines(page))
                {
                    if (!text.AddLine(line))
                    {
                        break;
                    }
                }

                pagesRead++;
            }
        }
        catch (PdfDocumentEncryptedException)
        {
            return DocumentReading.Failed(DocumentReadStatus.Encrypted, "pdf");
        }
        catch (ReadLimitException e)
        {
            budget.Hit(e.Limit);
            if (pagesRead == 0 && text.Length == 0)
            {
                return new DocumentReading(DocumentReadStatus.Read, "pdf", string.Empty, 0, pageCount, budget.Limit);
            }
        }
        catch (OperationCanceledException) when (!budget.CallerCancelled)
        {
            budget.Hit(ReadLimit.Time);
        }
        catch (Exception e) when (IsDamage(e))
        {
            if (pagesRead == 0)
            {
                return DocumentReading.Failed(DocumentReadStatus.Corrupt, "pdf");
            }
        }

        if (letters == 0 && text.Length == 0 && budget.Limit == ReadLimit.None)
        {
            return new DocumentReading(DocumentReadStatus.NoText, "pdf", string.Empty, pagesRead, pageCount);
        }

        return new DocumentReading(DocumentReadStatus.Read, "pdf", text.ToString(), pagesRead, pageCount, budget.Limit);
    }

    /// <summary>PdfPig's ways of saying a file is damaged (format, nesting depth, bad data), and the runtime's.</summary>
    private static bool IsDamage(Exception e) =>
        e is PdfDocumentFormatException or PdfDocumentStackDepthException or InvalidOperationException or ArgumentException
            or IndexOutOfRangeException or NullReferenceException or InvalidCastException or KeyNotFoundException or FormatException
            or OverflowException or NotSupportedException or InvalidDataException or IOException or EndOfStreamException
            or DivideByZeroException or InvalidProgramException || e.GetType().Namespace?.StartsWith("UglyToad", StringComparison.Ordinal) == true;

    private static IEnumerable<string> Lines(Page page)
    {
        var rows = new List<(double Y, List<Word> Words)>();
        foreach (var word in page.GetWords())
        {
            if (string.IsNullOrWhiteSpace(word.Text))
            {
                continue;
            }

            var y = word.BoundingBox.Bottom;
            var row = rows.FindIndex(r => Math.Abs(r.Y - y) <= LineTolerance);
            if (row < 0)
            {
                rows.Add((y, [word]));
            }
            else
            {
                rows[row].Words.Add(word);
            }
        }

        foreach (var (_, words) in rows.OrderByDescending(r => r.Y))
        {
            words.Sort((a, b) => a.BoundingBox.Left.CompareTo(b.BoundingBox.Left));
            var line = new StringBuilder();
            Word? previous = null;
            foreach (var word in words)
            {
                if (previous is not null)
                {
                    // A wide gap (a table column) reads as two spaces.
                    line.Append(word.BoundingBox.Left - previous.BoundingBox.Right > 3 * Math.Max(1, word.BoundingBox.Height) ? "  " : " ");
                }

                line.Append(word.Text);
                previous = word;
            }

            yield return line.ToString();
        }
    }
}
