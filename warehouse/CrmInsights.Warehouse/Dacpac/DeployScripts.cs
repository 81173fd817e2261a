using Microsoft.SqlServer.Dac;

namespace CrmInsights.Warehouse.Dacpac;

/// <summary>Generates create and upgrade scripts offline, from dacpacs only (no server).</summary>
public static class DeployScripts
{
    /// <summary>Default database name used in generated scripts.</summary>
    public const string DefaultDatabaseName = "CrmInsights";

    /// <summary>Deployment options shared by scripts and live deploys.</summary>
    public static DacDeployOptions Options(bool allowDataLoss = false) => new()
    {
        BlockOnPossibleDataLoss = !allowDataLoss,
        // The warehouse owns its database: drop what the model no longer has, but never users or logins.
        DropObjectsNotInSource = true,
        DoNotDropObjectTypes = [ObjectType.Users, ObjectType.Logins, ObjectType.RoleMembership, ObjectType.Permissions],
        IncludeTransactionalScripts = true,
        GenerateSmartDefaults = false,
    };

    /// <summary>The script that creates the database from <paramref name="dacpacPath"/>.</summary>
    public static string Create(string dacpacPath, string databaseName = DefaultDatabaseName)
    {
        using var package = DacPackage.Load(dacpacPath);
        return DacServices.GenerateCreateScript(package, databaseName, Options());
    }

    /// <summary>The script that upgrades a database deployed from <paramref name="fromDacpacPath"/> to <paramref name="dacpacPath"/>.</summary>
    public static string Upgrade(string dacpacPath, string fromDacpacPath, string databaseName = DefaultDatabaseName, bool allowDataLoss = false)
    {
        using var source = DacPackage.Load(dacpacPath);
        using var target = DacPackage.Load(fromDacpacPath);
        return DacServices.GenerateDeployScript(source, target, databaseName, Options(allowDataLoss));
    }
}
