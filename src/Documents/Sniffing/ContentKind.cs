namespace CoopAssistant.Documents.Sniffing;

/// <summary>What a file is by its bytes, whatever its name says.</summary>
public enum ContentKind
{
    Unknown = 0,
    Pdf = 1,
    Png = 2,
    Jpeg = 3,
    Gif = 4,
    Docx = 5,
    Xlsx = 6,
    Pptx = 7,

    /// <summary>An OOXML package of another kind (macro-enabled documents included).</summary>
    OtherOoxml = 8,

    /// <summary>A ZIP archive that is not an OOXML package.</summary>
    Zip = 9,

    /// <summary>Plain text (UTF-8, UTF-16 with a byte order mark, or single-byte Latin text), CSV included.</summary>
    Text = 10,

    /// <summary>A program or script: Windows PE (MZ), ELF, Mach-O, or a <c>#!</c> script.</summary>
    Executable = 11,

    /// <summary>An OLE compound file: legacy Office, Outlook .msg, or an encrypted Office document.</summary>
    CompoundFile = 12,
}
