using System.Text;
using CoopAssistant.Documents.Sniffing;
using CoopAssistant.Documents.Tests.Corpus;
using CoopAssistant.TestKit.App.Corpus;

namespace CoopAssistant.Documents.Tests.Sniffing;

public sealed class ContentSnifferTests
{
    [Fact]
    public void Sniff_KnowsEachKind_ByItsBytes()
    {
        Assert.Equal(ContentKind.Pdf, ContentSniffer.Sniff(PdfSharpWriter.Text(["x"])));
        Assert.Equal(ContentKind.Pdf, ContentSniffer.Sniff(Encoding.ASCII.GetBytes("garbage before the header %PDF-1.4\n")));
        Assert.Equal(ContentKind.Png, ContentSniffer.Sniff(Pictures.Png(4, 4, 1)));
        Assert.Equal(ContentKind.Jpeg, ContentSniffer.Sniff(new byte[] { 0xFF, 0xD8, 0xFF, 0xE0, 0, 0x10 }));
        Assert.Equal(ContentKind.Gif, ContentSniffer.Sniff("GIF89a...."u8.ToArray()));
        Assert.Equal(ContentKind.Docx, ContentSniffer.Sniff(OfficeWriter.Docx(["a"], [])));
        Assert.Equal(ContentKind.Xlsx, ContentSniffer.Sniff(OfficeWriter.Xlsx("a", [["b"]])));
        Assert.Equal(ContentKind.Zip, ContentSniffer.Sniff(EvidenceCorpus.PlainZip()));
        Assert.Equal(ContentKind.Text, ContentSniffer.Sniff("Nome;Valor\r\nAna;10\r\n"u8.ToArray()));
        Assert.Equal(ContentKind.Text, ContentSniffer.Sniff(Encoding.Unicode.GetPreamble().Concat(Encoding.Unicode.GetBytes("Olá")).ToArray()));
        Assert.Equal(ContentKind.Text, ContentSniffer.Sniff(Encoding.Latin1.GetBytes("Programação")));
        Assert.Equal(ContentKind.CompoundFile, ContentSniffer.Sniff(new byte[] { 0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1, 0 }));
        Assert.Equal(ContentKind.Unknown, ContentSniffer.Sniff(new byte[] { 1, 2, 3, 0, 5, 6 }));
        Assert.Equal(ContentKind.Unknown, ContentSniffer.Sniff(Array.Empty<byte>()));
    }

    [Theory]
    [InlineData(new byte[] { (byte)'M', (byte)'Z', 0x90, 0 })]
    [InlineData(new byte[] { 0x7F, (byte)'E', (byte)'L', (byte)'F', 2, 1 })]
    [InlineData(new byte[] { 0xCF, 0xFA, 0xED, 0xFE, 7, 0 })]
    [InlineData(new byte[] { (byte)'#', (byte)'!', (byte)'/', (byte)'b', (byte)'i', (byte)'n' })]
    public void Sniff_KnowsPrograms_WhateverTheirName(byte[] head)
    {
        var file = head.Concat(new byte[100]).ToArray();

        Assert.Equal(ContentKind.Executable, ContentSniffer.Sniff(file));
    }

    [Fact]
    public void Sniff_TellsAMacroEnabledOrUnknownPackage_FromADocument()
    {
        using var output = new MemoryStream();
        using (var zip = new System.IO.Compression.ZipArchive(output, System.IO.Compression.ZipArchiveMode.Create, leaveOpen: true))
        {
            using var writer = new StreamWriter(zip.CreateEntry("[Content_Types].xml").Open());
            writer.Write("""<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Override PartName="/word/document.xml" ContentType="application/vnd.ms-word.document.macroEnabled.main+xml"/></Types>""");
        }

        Assert.Equal(ContentKind.OtherOoxml, ContentSniffer.Sniff(output.ToArray()));
    }

    [Fact]
    public void Sniff_RefusesADtd_InTheContentTypes()
    {
        using var output = new MemoryStream();
        using (var zip = new System.IO.Compression.ZipArchive(output, System.IO.Compression.ZipArchiveMode.Create, leaveOpen: true))
        {
            using var writer = new StreamWriter(zip.CreateEntry("[Content_Types].xml").Open());
            writer.Write("""<?xml version="1.0"?><!DOCTYPE lol [<!ENTITY lol "lol">]><Types><Override ContentType="&lol;"/></Types>""");
        }

        Assert.Equal(ContentKind.Zip, ContentSniffer.Sniff(output.ToArray()));
    }

    [Fact]
    public void Sniff_SaysATruncatedZip_IsAZip_NotADocument()
    {
        var docx = OfficeWriter.Docx(["a"], []);

        Assert.Equal(ContentKind.Zip, ContentSniffer.Sniff(docx.AsMemory(0, docx.Length / 2)));
    }
}
