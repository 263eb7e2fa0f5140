using System.Globalization;
using CoopAssistant.Claims.Localization;
using CoopAssistant.Graph.Evidence;

namespace CoopAssistant.Bot.BrowserApi;

/// <summary>en-US and pt-BR texts of the add-in API's own errors (the claims domain's come from <see cref="ClaimTexts"/>).</summary>
internal static class ApiTexts
{
    public static string For(EvidenceErrorCode code, CultureInfo culture) => Pick(culture, code switch
    {
        EvidenceErrorCode.EmptyFile => ("The file is empty.", "O arquivo está vazio."),
        EvidenceErrorCode.TooLarge => ("The file is too large to keep as evidence.", "O arquivo é grande demais para ser guardado como evidência."),
        EvidenceErrorCode.TypeNotAllowed => ("This type of file is not accepted as evidence.", "Esse tipo de arquivo não é aceito como evidência."),
        EvidenceErrorCode.ContentNotAllowed => (
            "The file's content is a program or a macro-enabled Office file, whatever its name says: attach the document itself.",
            "O conteúdo do arquivo é um programa ou um arquivo do Office com macros, seja qual for o nome: anexe o próprio documento."),
        EvidenceErrorCode.InvalidName => ("The file name is not valid (no folders, \"..\" or special characters).", "O nome do arquivo não é válido (sem pastas, \"..\" ou caracteres especiais)."),
        EvidenceErrorCode.NoAccess => ("CoopAssistant cannot reach the evidence folder.", "O CoopAssistant não consegue acessar a pasta de evidências."),
        EvidenceErrorCode.SignInRequired => ("Sign in again to keep evidence in OneDrive.", "Entre novamente para guardar evidências no OneDrive."),
        EvidenceErrorCode.Throttled => ("Microsoft 365 is busy; try again in a minute.", "O Microsoft 365 está ocupado; tente de novo em um minuto."),
        EvidenceErrorCode.UploadLimitReached => ("The hourly evidence upload limit is used up; try again after the start of the next hour (UTC).", "O limite por hora de envio de evidências foi atingido; tente de novo depois do início da próxima hora (UTC)."),
        _ => ("The file could not be kept. Try again.", "Não foi possível guardar o arquivo. Tente de novo."),
    });

    public static string NoFile(CultureInfo culture) => Pick(culture,
        ("Send the file as multipart/form-data with one file part.", "Envie o arquivo como multipart/form-data, com uma parte de arquivo."));

    public static string BadRequestBody(CultureInfo culture) => Pick(culture,
        ("The request body could not be read.", "Não foi possível ler o corpo da requisição."));

    public static string NoIdentity(CultureInfo culture) => Pick(culture,
        ("The token has no tenant or user id.", "O token não tem o locatário ou o usuário."));

    private static string Pick(CultureInfo culture, (string En, string Pt) text) =>
        string.Equals(culture.TwoLetterISOLanguageName, "pt", StringComparison.OrdinalIgnoreCase) ? text.Pt : text.En;
}
