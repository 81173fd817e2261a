using System.Text;
using CrmInsights.Etl.Sources;
using Microsoft.Extensions.Configuration;

namespace CrmInsights.Loading.Tests.OwnExports;

/// <summary>Configures a harness from configuration keys alone (bound and defaulted as the host does) and drops raw bytes.</summary>
internal static class OwnExportSetup
{
    /// <summary>Binds <c>Etl</c> keys over empty options, adds the built-in sources not configured, validates.</summary>
    public static void Configure(this LoadHarness h, params (string Key, string Value)[] settings)
    {
        var config = new ConfigurationBuilder().AddInMemoryCollection(settings.Select(s => new KeyValuePair<string, string?>(s.Key, s.Value))).Build();
        var bound = new EtlOptions();
        config.GetSection(EtlOptions.SectionName).Bind(bound);
        foreach (var (name, source) in EtlOptions.CreateDefault().Sources)
        {
            bound.Sources.TryAdd(name, source);
        }

        var result = new EtlOptionsValidator().Validate(null, bound);
        Assert.True(result.Succeeded, result.FailureMessage);
        h.Options.Sources.Clear();
        foreach (var (name, source) in bound.Sources)
        {
            h.Options.Sources[name] = source;
        }
    }

    /// <summary>Writes an inbox file's bytes, old enough to count as stable.</summary>
    public static void DropBytes(this LoadHarness h, string source, string fileName, byte[] bytes)
    {
        var dir = h.Workspace.Inbox(source);
        Directory.CreateDirectory(dir);
        var path = Path.Combine(dir, fileName);
        File.WriteAllBytes(path, bytes);
        File.SetLastWriteTimeUtc(path, h.Time.GetUtcNow().UtcDateTime.AddMinutes(-10));
    }

    /// <summary>Writes text in an encoding (with its BOM when <paramref name="bom"/>).</summary>
    public static void DropText(this LoadHarness h, string source, string fileName, string text, Encoding encoding, bool bom = false) =>
        h.DropBytes(source, fileName, [.. bom ? encoding.GetPreamble() : [], .. encoding.GetBytes(text)]);

    public static Encoding Windows1252 => CodePagesEncodingProvider.Instance.GetEncoding(1252)!;
}
