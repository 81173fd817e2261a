using System.Reflection;
using System.Text;

namespace CrmInsights.Warehouse.Schema;

/// <summary>Loads the warehouse's T-SQL schema files, which are embedded in this assembly.</summary>
public static class SchemaScripts
{
    private const string Prefix = "schema/";

    /// <summary>Every embedded schema file, ordered by name so models build deterministically.</summary>
    public static IReadOnlyList<SchemaScript> LoadEmbedded()
    {
        var assembly = typeof(SchemaScripts).Assembly;
        var scripts = new List<SchemaScript>();
        foreach (var name in assembly.GetManifestResourceNames().Where(n => n.StartsWith(Prefix, StringComparison.Ordinal)).Order(StringComparer.Ordinal))
        {
            scripts.Add(new SchemaScript(name, Read(assembly, name)));
        }

        if (scripts.Count == 0)
        {
            throw new InvalidOperationException("No schema/*.sql resources are embedded in CrmInsights.Warehouse; the build is broken.");
        }

        return scripts;
    }

    /// <summary>Every *.sql file under a folder laid out like warehouse/schema (for building a modified copy of the model).</summary>
    public static IReadOnlyList<SchemaScript> LoadDirectory(string directory)
    {
        ArgumentException.ThrowIfNullOrEmpty(directory);
        if (!Directory.Exists(directory))
        {
            throw new DirectoryNotFoundException($"Schema folder '{directory}' does not exist.");
        }

        return Directory.EnumerateFiles(directory, "*.sql", SearchOption.AllDirectories)
            .Select(path => new SchemaScript(
                Prefix + Path.GetRelativePath(directory, path).Replace('\\', '/'),
                File.ReadAllText(path, Encoding.UTF8)))
            .OrderBy(s => s.Name, StringComparer.Ordinal)
            .ToList();
    }

    /// <summary>Writes scripts back out as files under <paramref name="directory"/> (mirror of <see cref="LoadDirectory"/>).</summary>
    public static void WriteDirectory(IEnumerable<SchemaScript> scripts, string directory)
    {
        ArgumentNullException.ThrowIfNull(scripts);
        foreach (var script in scripts)
        {
            var relative = script.Name.StartsWith(Prefix, StringComparison.Ordinal) ? script.Name[Prefix.Length..] : script.Name;
            var path = Path.Combine(directory, relative);
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            File.WriteAllText(path, script.Text, Encoding.UTF8);
        }
    }

    private static string Read(Assembly assembly, string name)
    {
        using var stream = assembly.GetManifestResourceStream(name)
            ?? throw new InvalidOperationException($"Embedded resource '{name}' is missing.");
        using var reader = new StreamReader(stream, Encoding.UTF8);
        return reader.ReadToEnd();
    }
}
