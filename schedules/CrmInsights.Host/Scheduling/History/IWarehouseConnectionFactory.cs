using System.Data.Common;

namespace CrmInsights.Host.Scheduling.History;

/// <summary>Opens connections to the warehouse the job history lives in.</summary>
public interface IWarehouseConnectionFactory
{
    /// <summary>True for the embedded DuckDB file (named parameters are <c>$name</c>), false for SQL Server (<c>@name</c>).</summary>
    bool IsDuckDb { get; }

    /// <summary>A new, unopened connection. Callers open it and dispose it promptly: on DuckDB the file is held only while a connection is open.</summary>
    DbConnection Create();

    /// <summary>Where the warehouse is, for messages (never a connection string: it may hold a password).</summary>
    string Description { get; }
}
