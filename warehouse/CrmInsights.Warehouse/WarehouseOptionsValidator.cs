using Microsoft.Extensions.Options;

namespace CrmInsights.Warehouse;

/// <summary>Reports every <see cref="WarehouseOptions"/> failure at start, each naming its key and value.</summary>
public sealed class WarehouseOptionsValidator : IValidateOptions<WarehouseOptions>
{
    /// <inheritdoc />
    public ValidateOptionsResult Validate(string? name, WarehouseOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var failures = options.Validate();
        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }
}
