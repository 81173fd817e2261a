using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Validation;

namespace CrmInsights.Reports.Workbooks;

/// <summary>Runs the Open XML SDK validator over a saved workbook.</summary>
public static class WorkbookValidator
{
    /// <summary>Every schema/semantic error, as "part xpath: description"; empty when the file is valid.</summary>
    public static IReadOnlyList<string> Validate(string path)
    {
        using var document = SpreadsheetDocument.Open(path, isEditable: false);
        var validator = new OpenXmlValidator(FileFormatVersions.Office2016);
        return validator.Validate(document)
            .Select(e => $"{e.Part?.Uri} {e.Path?.XPath}: {e.Description}")
            .ToList();
    }

    /// <summary>Throws <see cref="InvalidDataException"/> listing the errors when the workbook is not valid.</summary>
    public static void EnsureValid(string path)
    {
        var errors = Validate(path);
        if (errors.Count > 0)
        {
            throw new InvalidDataException($"Workbook {path} fails Open XML validation with {errors.Count} error(s):{Environment.NewLine}{string.Join(Environment.NewLine, errors.Take(20))}");
        }
    }
}
