using CoopAssistant.TestKit;

namespace CoopAssistant.TestKit.App.Corpus;

/// <summary>Prints HTML to PDF with Debian's headless Chromium (<c>--print-to-pdf</c>), which embeds subset TrueType
/// fonts the way most real invoices are produced. A missing chromium fails the test with the reason (never a skip).</summary>
public static class ChromiumPrinter
{
    private static readonly SemaphoreSlim OneAtATime = new(1, 1);

    public static async Task<byte[]> PrintAsync(string html, CancellationToken cancellationToken = default)
    {
        var chromium = new[] { Environment.GetEnvironmentVariable("CHROMIUM"), "/usr/bin/chromium", "/usr/bin/chromium-browser" }
            .FirstOrDefault(p => !string.IsNullOrEmpty(p) && File.Exists(p))
            ?? throw new InvalidOperationException("The corpus prints HTML invoices with Debian's chromium: install it (apt-get install chromium) or set CHROMIUM.");
        var folder = Directory.CreateTempSubdirectory("coop-corpus-");
        await OneAtATime.WaitAsync(cancellationToken);
        try
        {
            var page = Path.Combine(folder.FullName, "invoice.html");
            var pdf = Path.Combine(folder.FullName, "invoice.pdf");
            await File.WriteAllTextAsync(page, html, cancellationToken);
            var result = await ProcessRunner.RunAsync(
                chromium,
                [
                    "--headless", "--no-sandbox", "--disable-gpu", "--no-first-run", "--disable-extensions", "--no-pdf-header-footer",
                    "--user-data-dir=" + Path.Combine(folder.FullName, "profile"), "--print-to-pdf=" + pdf, new Uri(page).AbsoluteUri,
                ],
                folder.FullName,
                timeout: TimeSpan.FromSeconds(90),
                cancellationToken: cancellationToken);
            return File.Exists(pdf) && new FileInfo(pdf).Length > 0
                ? await File.ReadAllBytesAsync(pdf, cancellationToken)
                : throw new InvalidOperationException($"chromium did not print the page: {result}");
        }
        finally
        {
            OneAtATime.Release();
            folder.Delete(recursive: true);
        }
    }
}
