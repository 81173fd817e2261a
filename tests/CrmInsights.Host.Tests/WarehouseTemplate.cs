using CrmInsights.Warehouse.DuckDb;
using CrmInsights.Warehouse.Model;

namespace CrmInsights.Host.Tests;

/// <summary>
/// One DuckDB warehouse created from the real schema model (DacFx, which takes seconds to load) once
/// per test run; each <see cref="TestWorkspace"/> gets a copy of the file.
/// </summary>
internal static class WarehouseTemplate
{
    private static readonly string Folder = Path.Combine(Path.GetTempPath(), "crmi-host-template-" + Guid.NewGuid().ToString("N"));

    private static readonly Lazy<string> File = new(Create, LazyThreadSafetyMode.ExecutionAndPublication);

    public static void CopyTo(string path) => System.IO.File.Copy(File.Value, path);

    private static string Create()
    {
        Directory.CreateDirectory(Folder);
        AppDomain.CurrentDomain.ProcessExit += (_, _) => Directory.Delete(Folder, recursive: true);
        var path = Path.Combine(Folder, "warehouse.duckdb");
        using var model = WarehouseModel.LoadEmbedded();
        new DuckDbWarehouse(path).EnsureSchemaAsync(model).GetAwaiter().GetResult();
        return path;
    }
}
