using Microsoft.SqlServer.Dac.Model;

namespace CrmInsights.Warehouse.Model;

/// <summary>A table or view column as the model defines it.</summary>
/// <param name="Name">Column name.</param>
/// <param name="SqlType">SQL Server data type.</param>
/// <param name="Length">Character/binary length (0 when not applicable).</param>
/// <param name="IsMax">True for (max) types.</param>
/// <param name="Precision">Decimal precision or datetime2 fractional precision source value.</param>
/// <param name="Scale">Decimal scale or datetime2 fractional seconds.</param>
/// <param name="IsNullable">Whether NULL is allowed.</param>
/// <param name="IsIdentity">Whether the column is IDENTITY.</param>
/// <param name="DefaultExpression">The DEFAULT constraint expression, if any.</param>
/// <param name="MaskingFunction">The Dynamic Data Masking function, if masked.</param>
/// <param name="Description">The MS_Description extended property.</param>
public sealed record ColumnDefinition(
    string Name,
    SqlDataType SqlType,
    int Length,
    bool IsMax,
    int Precision,
    int Scale,
    bool IsNullable,
    bool IsIdentity,
    string? DefaultExpression,
    string? MaskingFunction,
    string? Description)
{
    /// <summary>The SQL Server type as written in DDL, e.g. nvarchar(64), decimal(19, 4).</summary>
    public string SqlTypeText => SqlType switch
    {
        SqlDataType.NVarChar or SqlDataType.VarChar or SqlDataType.VarBinary => $"{TypeName}({(IsMax ? "max" : Length.ToString(System.Globalization.CultureInfo.InvariantCulture))})",
        SqlDataType.NChar or SqlDataType.Char or SqlDataType.Binary => $"{TypeName}({Length})",
        SqlDataType.Decimal or SqlDataType.Numeric => $"{TypeName}({Precision}, {Scale})",
        SqlDataType.DateTime2 or SqlDataType.DateTimeOffset or SqlDataType.Time => $"{TypeName}({Scale})",
        _ => TypeName,
    };

    private string TypeName => SqlType.ToString().ToLowerInvariant();
}
