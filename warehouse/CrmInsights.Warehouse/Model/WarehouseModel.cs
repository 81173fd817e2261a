using CrmInsights.Warehouse.Schema;
using Microsoft.SqlServer.Dac;
using Microsoft.SqlServer.Dac.Model;

namespace CrmInsights.Warehouse.Model;

/// <summary>
/// The DacFx model of the warehouse, built from the T-SQL schema files: the one definition both
/// engines derive from (dacpac and scripts for SQL Server, DDL for DuckDB, the data dictionary).
/// Building and validating takes seconds, so build once and share.
/// </summary>
public sealed partial class WarehouseModel : IDisposable
{
    /// <summary>The SQL Server version the model targets.</summary>
    public const SqlServerVersion TargetVersion = SqlServerVersion.Sql160;

    private WarehouseModel(TSqlModel model, IReadOnlyList<SchemaScript> scripts, IReadOnlyList<ModelMessage> messages)
    {
        Model = model;
        Scripts = scripts;
        Messages = messages;
    }

    /// <summary>The DacFx model.</summary>
    public TSqlModel Model { get; }

    /// <summary>The schema files the model was built from.</summary>
    public IReadOnlyList<SchemaScript> Scripts { get; }

    /// <summary>Every validation message (errors and warnings).</summary>
    public IReadOnlyList<ModelMessage> Messages { get; }

    /// <summary>The validation errors; a usable model has none.</summary>
    public IReadOnlyList<ModelMessage> Errors => Messages.Where(m => m.IsError).ToList();

    /// <summary>Builds the model from the embedded schema files and throws listing every error when it is invalid.</summary>
    public static WarehouseModel LoadEmbedded() => BuildValid(SchemaScripts.LoadEmbedded());

    /// <summary>Builds and validates; throws <see cref="WarehouseModelException"/> listing every error.</summary>
    public static WarehouseModel BuildValid(IReadOnlyList<SchemaScript> scripts)
    {
        var model = Build(scripts);
        if (model.Errors.Count > 0)
        {
            var errors = model.Errors;
            model.Dispose();
            throw new WarehouseModelException(errors);
        }

        return model;
    }

    /// <summary>Builds and validates the model; the caller inspects <see cref="Errors"/>.</summary>
    public static WarehouseModel Build(IReadOnlyList<SchemaScript> scripts)
    {
        ArgumentNullException.ThrowIfNull(scripts);
        var model = new TSqlModel(TargetVersion, new TSqlModelOptions());
        try
        {
            foreach (var script in scripts)
            {
                model.AddOrUpdateObjects(script.Text, script.Name, new TSqlObjectOptions());
            }

            // GetModelErrors validates the model and, unlike Validate(), keeps the file, line and column.
            var messages = model.GetModelErrors()
                .Select(m => new ModelMessage(
                    m.Prefix + m.ErrorCode.ToString(System.Globalization.CultureInfo.InvariantCulture),
                    m.Severity == ModelErrorSeverity.Error,
                    m.Message,
                    m.SourceName,
                    m.Line,
                    m.Column))
                .ToList();

            // Validate() adds the semantic checks (SQL71501 unresolved references and the like),
            // which carry no location, only the object names in their text.
            foreach (var m in model.Validate())
            {
                var code = m.Prefix + m.Number.ToString(System.Globalization.CultureInfo.InvariantCulture);
                if (!messages.Any(e => e.Code == code && e.Message == m.Message))
                {
                    messages.Add(new ModelMessage(code, m.MessageType == DacMessageType.Error, m.Message, null, 0, 0));
                }
            }

            return new WarehouseModel(model, scripts, messages);
        }
        catch
        {
            model.Dispose();
            throw;
        }
    }

    /// <inheritdoc />
    public void Dispose() => Model.Dispose();
}
