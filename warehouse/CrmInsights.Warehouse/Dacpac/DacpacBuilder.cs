using System.IO.Packaging;
using System.Text;
using CrmInsights.Warehouse.Model;
using CrmInsights.Warehouse.ReferenceData;
using Microsoft.SqlServer.Dac;

namespace CrmInsights.Warehouse.Dacpac;

/// <summary>Builds the warehouse .dacpac from the model, with the reference-data post-deployment script inside.</summary>
public static class DacpacBuilder
{
    /// <summary>Package name written into the dacpac metadata.</summary>
    public const string PackageName = "CrmInsights.Warehouse";

    /// <summary>The package part DacFx runs after deployment.</summary>
    public const string PostDeployPartUri = "/postdeploy.sql";

    /// <summary>
    /// Writes the dacpac to <paramref name="path"/> (replacing it). Throws <see cref="WarehouseModelException"/>
    /// listing every error when the model is invalid; nothing is written then.
    /// </summary>
    public static void Build(WarehouseModel model, string path, string version = "1.0.0.0")
    {
        ArgumentNullException.ThrowIfNull(model);
        ArgumentException.ThrowIfNullOrEmpty(path);
        if (model.Errors.Count > 0)
        {
            throw new WarehouseModelException(model.Errors);
        }

        var full = Path.GetFullPath(path);
        Directory.CreateDirectory(Path.GetDirectoryName(full)!);

        // Build beside the target and move, so a failed build never leaves a half-written package.
        var temp = full + ".tmp";
        File.Delete(temp);
        DacPackageExtensions.BuildPackage(temp, model.Model, new PackageMetadata { Name = PackageName, Version = version, Description = "CrmInsights warehouse schema" }, new PackageOptions());
        AddPostDeploymentScript(temp, PostDeploymentScript.Generate(ReferenceRows.All));
        File.Move(temp, full, overwrite: true);
    }

    /// <summary>
    /// Adds the post-deployment script as the package's postdeploy.sql part, as SSDT and
    /// MSBuild.Sdk.SqlProj do: BuildPackage has no parameter for it.
    /// </summary>
    public static void AddPostDeploymentScript(string dacpacPath, string script)
    {
        ArgumentNullException.ThrowIfNull(script);
        using var package = Package.Open(dacpacPath, FileMode.Open, FileAccess.ReadWrite);
        var uri = new Uri(PostDeployPartUri, UriKind.Relative);
        if (package.PartExists(uri))
        {
            package.DeletePart(uri);
        }

        var part = package.CreatePart(uri, "text/plain");
        using var stream = part.GetStream();
        var bytes = Encoding.UTF8.GetBytes(script.TrimEnd() + Environment.NewLine);
        stream.Write(bytes, 0, bytes.Length);
    }

    /// <summary>Reads the post-deployment script back from a dacpac (null when it has none).</summary>
    public static string? ReadPostDeploymentScript(string dacpacPath)
    {
        using var package = DacPackage.Load(dacpacPath);
        if (package.PostDeploymentScript is null)
        {
            return null;
        }

        using var reader = new StreamReader(package.PostDeploymentScript, Encoding.UTF8);
        return reader.ReadToEnd();
    }
}
