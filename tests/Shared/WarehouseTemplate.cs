using CrmInsights.Warehouse.DuckDb;
using CrmInsights.Warehouse.Model;

namespace CrmInsights.TestSupport;

/// <summary>
/// One empty DuckDB warehouse created from the real schema model (DacFx, which takes seconds to load) once per test
/// run; each test gets a copy of the file. Linked into the test projects that need a warehouse file.
/// </summary>
internal static class WarehouseTemplate
{
    private static readonly string Folder = Path.Combine(Path.GetTempPath(), "crmi-template-" + Guid.NewGuid().ToString("N"));

    private static readonly Lazy<string> File = new(Create, LazyThreadSafetyMode.ExecutionAndPublication);

    public static void CopyTo(string path) => System.IO.File.Copy(File.Value, path);

    private static string Create()
    {
        Directory.CreateDirectory(Folder);
        AppDomain.CurrentDomain.ProcessExit += (_, _) =>
        {
            try
            {
                Directory.Delete(Folder, recursive: true);
            }
            catch (IOException)
            {
                // Still open by a finalising connection: the OS temp cleaner gets it.
            }
        };
        var path = Path.Combine(Folder, "warehouse.duckdb");
        using var model = WarehouseModel.LoadEmbedded();
        new DuckDbWarehouse(path).EnsureSchemaAsync(model).GetAwaiter().GetResult();
        return path;
    }
}
