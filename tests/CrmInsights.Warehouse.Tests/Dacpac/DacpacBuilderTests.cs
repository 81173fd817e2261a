using CrmInsights.Warehouse.Dacpac;
using CrmInsights.Warehouse.Model;
using CrmInsights.Warehouse.Schema;
using Microsoft.SqlServer.Dac;

namespace CrmInsights.Warehouse.Tests.Dacpac;

[Collection(ModelGroup.Name)]
public sealed class DacpacBuilderTests(ModelFixture fixture)
{
    [Fact]
    public void Build_ValidModel_WritesLoadablePackageWithEveryTable()
    {
        using var package = DacPackage.Load(fixture.DacpacPath);

        Assert.Equal(DacpacBuilder.PackageName, package.Name);
        using var model = Microsoft.SqlServer.Dac.Model.TSqlModel.LoadFromDacpac(fixture.DacpacPath, new Microsoft.SqlServer.Dac.Model.ModelLoadOptions());
        var tables = model.GetObjects(Microsoft.SqlServer.Dac.Model.DacQueryScopes.UserDefined, Microsoft.SqlServer.Dac.Model.Table.TypeClass)
            .Select(t => $"{t.Name.Parts[0]}.{t.Name.Parts[1]}").Order().ToList();
        Assert.Equal(fixture.Model.Tables.Select(t => t.FullName).Order().ToList(), tables);
    }

    [Fact]
    public void Build_ValidModel_CarriesPostDeploymentSeedScript()
    {
        var script = DacpacBuilder.ReadPostDeploymentScript(fixture.DacpacPath);

        Assert.NotNull(script);
        Assert.Contains("INSERT INTO [dim].[Date]", script);
        Assert.Contains("SET IDENTITY_INSERT [dim].[Customer] ON;", script);
        // Parsed (ScriptDom) and compared row by row with DuckDB in ReferenceRowsTests.
    }

    [Fact]
    public void CreateScript_FromDacpac_CreatesSchemaTablesRolesAndSeeds()
    {
        var script = DeployScripts.Create(fixture.DacpacPath);

        Assert.Contains("CREATE TABLE [dim].[Customer]", script);
        Assert.Contains("CREATE VIEW mart.BatchSummary", script);
        Assert.Contains("CREATE ROLE [crm_analyst]", script);
        Assert.Contains("MASKED WITH (FUNCTION = 'email()')", script);
        Assert.Contains("INSERT INTO [dim].[Touchpoint]", script);
    }

    [Fact]
    public void UpgradeScript_ColumnAddedAtEnd_AltersTableWithoutRebuild()
    {
        using var temp = new TempDirectory();
        var scripts = SchemaScripts.LoadEmbedded()
            .Select(s => s.Name == "schema/dim/Product.sql"
                ? s with { Text = s.Text.Replace("    CONSTRAINT [PK_dim_Product]", "    [Color] nvarchar(50) NULL,\n    CONSTRAINT [PK_dim_Product]", StringComparison.Ordinal) }
                : s)
            .ToList();
        using var modified = WarehouseModel.BuildValid(scripts);
        var newDacpac = temp.File("new.dacpac");
        DacpacBuilder.Build(modified, newDacpac);

        var script = DeployScripts.Upgrade(newDacpac, fixture.DacpacPath);

        Assert.Contains("ALTER TABLE [dim].[Product]", script);
        Assert.Matches(@"ALTER TABLE \[dim\]\.\[Product\]\s+ADD \[Color\] NVARCHAR \(50\) NULL", script);
        Assert.DoesNotContain("tmp_ms_xx", script);
        Assert.DoesNotContain("CREATE TABLE [dim].[Customer]", script);
    }
}
