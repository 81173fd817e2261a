using System.IO.Enumeration;
using CrmInsights.Etl.Sources;
using CrmInsights.Etl.Validation;

namespace CrmInsights.Etl.Files;

/// <summary>
/// Which entity an inbox file holds: the first entity whose configured <c>FilePattern</c> matches the file name
/// (case-insensitive wildcards), else the name's part before the first '-' (<c>order_lines-2026-05-01.csv</c>).
/// </summary>
public static class EntityNaming
{
    /// <summary>The entity name of <paramref name="fileName"/> in <paramref name="source"/>.</summary>
    public static string EntityOf(SourceOptions source, string fileName)
    {
        ArgumentNullException.ThrowIfNull(source);
        foreach (var entity in EntityCatalog.All.Where(e => e.SourceKind == source.Kind))
        {
            if (source.Entities.TryGetValue(entity.Name, out var m) && m.FilePattern is { Length: > 0 } pattern
                && FileSystemName.MatchesSimpleExpression(pattern, fileName, ignoreCase: true))
            {
                return entity.Name;
            }
        }

        return SourceFile.EntityOf(fileName);
    }
}
