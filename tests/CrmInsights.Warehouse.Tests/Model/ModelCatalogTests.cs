using Microsoft.SqlServer.Dac.Model;

namespace CrmInsights.Warehouse.Tests.Model;

[Collection(ModelGroup.Name)]
public sealed class ModelCatalogTests(ModelFixture fixture)
{
    [Fact]
    public void Tables_Customer_HasScdColumnsMasksAndKeys()
    {
        var customer = fixture.Model.GetTable("dim", "Customer");

        Assert.Equal(["CustomerKey"], customer.PrimaryKey);
        Assert.Contains(customer.UniqueKeys, k => k.SequenceEqual(["CustomerId", "ValidFromUtc"]));
        Assert.True(customer.Column("CustomerKey").IsIdentity);
        Assert.Equal("email()", customer.Column("Email").MaskingFunction);
        // Unknown opt-in stays NULL (no default that would read as "opted out"); IsInferred keeps its default.
        Assert.Null(customer.Column("MarketingOptIn").DefaultExpression);
        Assert.True(customer.Column("MarketingOptIn").IsNullable);
        Assert.Equal("(0)", customer.Column("IsInferred").DefaultExpression?.Replace("((", "(").Replace("))", ")"));
        Assert.Equal(SqlDataType.Bit, customer.Column("IsCurrent").SqlType);
        Assert.Equal("nvarchar(64)", customer.Column("CustomerId").SqlTypeText);
        Assert.StartsWith("Conformed customer", customer.Description);
    }

    [Fact]
    public void Tables_EveryColumn_HasDescription()
    {
        var missing = fixture.Model.Tables.Concat(fixture.Model.Views)
            .SelectMany(t => t.Columns.Where(c => string.IsNullOrWhiteSpace(c.Description)).Select(c => $"{t.FullName}.{c.Name}"))
            .Concat(fixture.Model.Tables.Concat(fixture.Model.Views).Where(t => string.IsNullOrWhiteSpace(t.Description)).Select(t => t.FullName))
            .ToList();

        Assert.True(missing.Count == 0, "Missing MS_Description: " + string.Join(", ", missing));
    }
}
