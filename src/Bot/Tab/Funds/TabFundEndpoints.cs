using System.Globalization;
using System.Text.Json;
using CoopAssistant.Bot.BrowserApi;
using CoopAssistant.Claims.Access;
using CoopAssistant.Claims.Funds;
using CoopAssistant.Claims.Localization;
using CoopAssistant.Claims.Model;
using CoopAssistant.Claims.Services;
using CoopAssistant.Claims.Validation;
using Microsoft.AspNetCore.Http.Features;

namespace CoopAssistant.Bot.Tab.Funds;

/// <summary>
/// Funds in the dashboard (Incentives administrators only; 403 <c>Forbidden</c> for everyone else, checked before the body is read):
/// <c>POST /api/tab/funds</c> records a fund (<see cref="TabFundInput"/>; 201 new, 200 changed or already recorded, 400 with field
/// errors), <c>POST /api/tab/funds/import/preview</c> and <c>POST /api/tab/funds/import</c> take the CSV file as
/// <c>multipart/form-data</c> (one file part) and return <see cref="TabFundImport"/>. The preview stores nothing; the import stores a
/// file only when it has no error (otherwise 400 with the same errors); importing the same file again changes nothing. The same
/// validation, importer and history as the chat (<see cref="IFundService"/>).
/// </summary>
internal static class TabFundEndpoints
{
    /// <summary>Lines of the file returned with the preview (the counts cover them all).</summary>
    public const int LinesShown = 50;

    private const long MultipartOverheadBytes = 64 * 1024;
    private const int MaxFormBytes = 16 * 1024;

    public static void Map(RouteGroupBuilder api)
    {
        api.MapPost("/funds", RecordAsync).DisableAntiforgery();
        api.MapPost("/funds/import/preview", (HttpContext http, IFundService funds, IClaimsRoleResolver roles) => ImportAsync(http, funds, roles, store: false)).DisableAntiforgery();
        api.MapPost("/funds/import", (HttpContext http, IFundService funds, IClaimsRoleResolver roles) => ImportAsync(http, funds, roles, store: true)).DisableAntiforgery();
    }

    private static async Task<IResult> RecordAsync(HttpContext http, IFundService funds, IClaimsRoleResolver roles)
    {
        var culture = ApiCulture.From(http.Request);
        var (caller, refused) = await AdministratorAsync(http, roles, culture);
        if (caller is null)
        {
            return refused!;
        }

        if (http.Request.ContentLength > MaxFormBytes)
        {
            return ApiResults.Error(StatusCodes.Status413PayloadTooLarge, "BadBody", ApiTexts.BadRequestBody(culture));
        }

        TabFundInput? input;
        try
        {
            input = await JsonSerializer.DeserializeAsync<TabFundInput>(http.Request.Body, ApiJson.Options, http.RequestAborted);
        }
        catch (Exception e) when (e is JsonException or NotSupportedException or BadHttpRequestException)
        {
            input = null;
        }

        if (input is null)
        {
            return ApiResults.Error(StatusCodes.Status400BadRequest, "BadBody", ApiTexts.BadRequestBody(culture));
        }

        var errors = new List<FieldError>();
        var program = Enum.TryParse<ClaimProgram>(input.Program, ignoreCase: false, out var p) && Enum.IsDefined(p)
            && !int.TryParse(input.Program, NumberStyles.Integer, CultureInfo.InvariantCulture, out _) ? p : (ClaimProgram?)null;
        var start = Date(input.UsageStart);
        var end = Date(input.UsageEnd);
        Require(program is not null, FundFields.Program, ClaimErrorCode.ProgramUnknown);
        Require(start is not null, FundFields.UsageStart, ClaimErrorCode.DateInvalid);
        Require(end is not null, FundFields.UsageEnd, ClaimErrorCode.DateInvalid);
        Require(input.Amount is not null, FundFields.Amount, ClaimErrorCode.AmountNotPositive);
        Require(!string.IsNullOrWhiteSpace(input.Currency), FundFields.Currency, ClaimErrorCode.CurrencyUnknown);
        if (errors.Count > 0)
        {
            return ApiResults.From(ClaimResult.Invalid<FundRecorded>(errors), culture);
        }

        var location = string.IsNullOrWhiteSpace(input.Location) ? null : input.Location.Trim();
        var result = await funds.RecordAsync(
            caller, new NewFund(program!.Value, location, start!.Value, end!.Value, input.Amount!.Value, input.Currency!.Trim()), http.RequestAborted);
        if (result is not { IsOk: true, Value: { } recorded })
        {
            return ApiResults.From(result, culture);
        }

        return ApiResults.Json(
            new TabFundRecorded(recorded.Action, recorded.Fund),
            recorded.Action == FundImportAction.Add ? StatusCodes.Status201Created : StatusCodes.Status200OK);

        void Require(bool ok, string field, ClaimErrorCode code)
        {
            if (!ok)
            {
                errors.Add(new FieldError(field, code));
            }
        }
    }

    private static async Task<IResult> ImportAsync(HttpContext http, IFundService funds, IClaimsRoleResolver roles, bool store)
    {
        var culture = ApiCulture.From(http.Request);
        var (caller, refused) = await AdministratorAsync(http, roles, culture);
        if (caller is null)
        {
            return refused!;
        }

        if (http.Request.ContentLength > FundCsvFile.MaxBytes + MultipartOverheadBytes)
        {
            return ApiResults.Claim(StatusCodes.Status413PayloadTooLarge, ClaimErrorCode.CsvTooLarge, culture);
        }

        if (http.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } bodyLimit)
        {
            bodyLimit.MaxRequestBodySize = FundCsvFile.MaxBytes + MultipartOverheadBytes;
        }

        if (!http.Request.HasFormContentType)
        {
            return ApiResults.Error(StatusCodes.Status400BadRequest, "NoFile", ApiTexts.NoFile(culture));
        }

        IFormFile? file;
        FundCsvFileRead read;
        try
        {
            var form = await http.Request.ReadFormAsync(http.RequestAborted);
            file = form.Files.Count == 1 ? form.Files[0] : null;
            if (file is null)
            {
                return ApiResults.Error(StatusCodes.Status400BadRequest, "NoFile", ApiTexts.NoFile(culture));
            }

            await using var content = file.OpenReadStream();
            read = await FundCsvFile.ReadAsync(content, http.RequestAborted);
        }
        catch (BadHttpRequestException e) when (e.StatusCode == StatusCodes.Status413PayloadTooLarge)
        {
            return ApiResults.Claim(StatusCodes.Status413PayloadTooLarge, ClaimErrorCode.CsvTooLarge, culture);
        }
        catch (Exception e) when (e is IOException or BadHttpRequestException or InvalidDataException)
        {
            return http.RequestAborted.IsCancellationRequested
                ? Results.Empty
                : ApiResults.Error(StatusCodes.Status400BadRequest, "BadBody", ApiTexts.BadRequestBody(culture));
        }

        if (read.Text is not { } csv)
        {
            var code = read.Error ?? ClaimErrorCode.CsvEmpty;
            return ApiResults.Claim(code == ClaimErrorCode.CsvTooLarge ? StatusCodes.Status413PayloadTooLarge : StatusCodes.Status400BadRequest, code, culture);
        }

        var result = store
            ? await funds.ImportAsync(caller, csv, http.RequestAborted)
            : await funds.PreviewImportAsync(caller, csv, http.RequestAborted);
        if (result is not { IsOk: true, Value: { } preview })
        {
            return ApiResults.From(result, culture);
        }

        var body = View(file.FileName, preview, culture);
        return ApiResults.Json(body, store && !preview.Imported ? StatusCodes.Status400BadRequest : StatusCodes.Status200OK);
    }

    private static TabFundImport View(string fileName, FundImportPreview preview, CultureInfo culture) => new(
        Path.GetFileName(fileName),
        preview.Imported,
        preview.CanImport,
        preview.Adds,
        preview.Changes,
        preview.Unchanged,
        preview.TotalErrors,
        [.. preview.Lines.Take(LinesShown).Select(l => new TabFundImportLine(
            l.Line, l.Fund.Program.ToString(), l.Fund.Location, l.Fund.UsageStart, l.Fund.UsageEnd, l.Fund.Amount, l.Fund.Currency, l.Action, l.StoredAmount))],
        [.. preview.Errors.Select(e => new TabFundImportError(e.Line, e.Column, e.Code.ToString(), ClaimTexts.For(e.Code, culture), e.Value))]);

    private static async Task<(ClaimsCaller? Caller, IResult? Refused)> AdministratorAsync(HttpContext http, IClaimsRoleResolver roles, CultureInfo culture)
    {
        var caller = await ApiCaller.ResolveAsync(http.User, roles, http.RequestAborted);
        if (caller is null)
        {
            return (null, ApiResults.Error(StatusCodes.Status403Forbidden, "NoIdentity", ApiTexts.NoIdentity(culture)));
        }

        return caller.IsIncentivesAdministrator
            ? (caller, null)
            : (null, ApiResults.Claim(StatusCodes.Status403Forbidden, ClaimErrorCode.Forbidden, culture));
    }

    private static DateOnly? Date(string? text) =>
        DateOnly.TryParseExact(text?.Trim(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date) ? date : null;
}
