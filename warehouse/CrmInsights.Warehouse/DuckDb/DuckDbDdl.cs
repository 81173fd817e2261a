using System.Text;
using CrmInsights.Warehouse.Model;

namespace CrmInsights.Warehouse.DuckDb;

/// <summary>DuckDB DDL generated from the model: schemas, identity sequences, tables, comments.</summary>
public static class DuckDbDdl
{
    /// <summary>
    /// Schemas of the model that exist on SQL Server only: <c>quartz</c>, Quartz's ADO.NET job store of
    /// the clustered service. On DuckDB the service keeps Quartz's in-memory store, and the delivery and
    /// job logs (etl) give the same catch-up behaviour, so those tables are not created there.
    /// </summary>
    public static IReadOnlySet<string> SqlServerOnlySchemas { get; } = new HashSet<string>(["quartz"], StringComparer.OrdinalIgnoreCase);

    /// <summary>Whether the DuckDB warehouse has this table (false for the <see cref="SqlServerOnlySchemas"/>).</summary>
    public static bool Covers(TableDefinition table)
    {
        ArgumentNullException.ThrowIfNull(table);
        return !SqlServerOnlySchemas.Contains(table.Schema);
    }

    /// <summary>CREATE TABLE for a model table (IDENTITY becomes a sequence default; PK and UNIQUE kept where <see cref="KeepsKeys"/>).</summary>
    /// <remarks>
    /// Foreign keys and CHECK constraints stay SQL Server-only: DuckDB rejects updates of rows that
    /// foreign keys reference (SCD1 updates would fail), and the ETL validates value ranges before
    /// staging. Masking is SQL Server-only too: the DuckDB file is a single-user, local store.
    /// </remarks>
    public static string CreateTable(TableDefinition table, string? name = null)
    {
        ArgumentNullException.ThrowIfNull(table);
        var lines = table.Columns.Select(c => "    " + ColumnDefinition(table, c)).ToList();
        if (KeepsKeys(table))
        {
            if (table.PrimaryKey.Count > 0)
            {
                lines.Add($"    PRIMARY KEY ({string.Join(", ", table.PrimaryKey.Select(DuckDbSql.Quote))})");
            }

            lines.AddRange(table.UniqueKeys.Select(k => $"    UNIQUE ({string.Join(", ", k.Select(DuckDbSql.Quote))})"));
        }

        return new StringBuilder()
            .Append("CREATE TABLE ").Append(DuckDbSql.Quote(table.Schema, name ?? table.Name)).AppendLine(" (")
            .AppendLine(string.Join("," + Environment.NewLine, lines))
            .Append(')')
            .ToString();
    }

    /// <summary>The schema whose tables hold only rows of the batch or derive in progress (removed in its transaction).</summary>
    public const string StageSchema = "stage";

    /// <summary>
    /// Tables the snapshot derive rewrites by month (DELETE of the months rebuilt, then INSERT): their key is unique by
    /// construction (the derive's own SQL writes one row per key), and on DuckDB its ART index made the rewrite the slowest
    /// part of a derive.
    /// </summary>
    /// <remarks>
    /// fact.CustomerMonth, 637,627 rows (112,613 customers x 12 months): DELETE of every month 38.5 s with the key, 24 ms
    /// without; INSERT of the same rows 11.2 s with it, 3.3 s without (one connection, load average 15).
    /// </remarks>
    public static readonly IReadOnlySet<string> RewrittenByDerive = new HashSet<string>(StringComparer.OrdinalIgnoreCase) { "fact.CustomerMonth", "fact.NextBestOffer" };

    /// <summary>
    /// Fact tables the ETL loads, whose natural key the loader keeps unique itself: a file's repeated keys are dropped
    /// before landing (NaturalKey), and the batch deletes the rows it carries again before it inserts, in its transaction
    /// (the loaders' DeleteByNaturalKey); the data check <c>fact_natural_keys_unique</c> verifies it after every run. Their
    /// surrogate key comes from a sequence. On DuckDB each of their keys was an ART index every loaded row went into.
    /// </summary>
    /// <remarks>
    /// 1,044,970 order lines in 12 monthly files on one connection: the load (all statements and the commits) took 12.8 s
    /// with the primary key and the UNIQUE (OrderId, LineNumber) index, 9.9 s without; OrderLine.Insert 3.1 s vs 1.9 s. DuckDB
    /// never used the index for the loaders' lookups (joins from the stage scan the column either way), and it holds the
    /// ART in memory, which grows with the table. SQL Server keeps both keys.
    /// </remarks>
    public static readonly IReadOnlySet<string> KeyedByLoader = new HashSet<string>(StringComparer.OrdinalIgnoreCase)
    {
        "fact.SalesLine", "fact.EmailEvent", "fact.WebSession", "fact.WebEvent", "fact.SurveyResponse", "fact.SurveyInvitation", "fact.CampaignAudience",
    };

    /// <summary>
    /// Whether the DuckDB table keeps the model's primary key and UNIQUE keys: every table but the stage tables,
    /// <see cref="RewrittenByDerive"/> and <see cref="KeyedByLoader"/>.
    /// </summary>
    /// <remarks>
    /// A stage table's rows are written by one loader within one transaction and removed before it commits, keyed by the
    /// loader itself (batch, source row), so the key guards nothing there; on DuckDB it is an ART index that each staged
    /// row is inserted into and deleted from. 143,601 staged order lines: DELETE of the batch's rows 195 ms with the key,
    /// 1.4 ms without (rows the transaction itself appended). SQL Server keeps every key (its bulk load relies on them).
    /// </remarks>
    public static bool KeepsKeys(TableDefinition table)
    {
        ArgumentNullException.ThrowIfNull(table);
        return !string.Equals(table.Schema, StageSchema, StringComparison.OrdinalIgnoreCase) && !RewrittenByDerive.Contains(table.FullName)
            && !KeyedByLoader.Contains(table.FullName);
    }

    /// <summary>
    /// DROP INDEX IF EXISTS for the leading-column indexes an interim build created on each multi-column UNIQUE key.
    /// </summary>
    /// <remarks>
    /// They made a small batch's natural-key lookups index scans (the order-line natural-key delete 86 -> 16 ms on 1 M
    /// lines), but on DuckDB they are not crash-safe here: after a SIGKILL in the middle of a run and the WAL replay on
    /// reopening, the index missed rows the table holds, so a NOT EXISTS lookup through it let a load insert an existing
    /// customer again and fail on the unique key (KillTests, reproduced each time; gone without the indexes). A file that has
    /// them loses them on its next ensure; the UNIQUE constraints' own indexes stay.
    /// </remarks>
    public static IEnumerable<string> DropLookupIndexes(TableDefinition table)
    {
        ArgumentNullException.ThrowIfNull(table);
        return table.UniqueKeys.Where(k => k.Count > 1).Select(k => k[0]).Distinct(StringComparer.OrdinalIgnoreCase)
            .Select(column => $"DROP INDEX IF EXISTS {DuckDbSql.Quote(table.Schema)}.{DuckDbSql.Quote(IndexName(table, column))}");
    }

    /// <summary>The name of the leading-column index <see cref="DropLookupIndexes"/> removes.</summary>
    public static string IndexName(TableDefinition table, string column)
    {
        ArgumentNullException.ThrowIfNull(table);
        return $"IX_{table.Schema}_{table.Name}_{column}";
    }

    /// <summary>The column clause: name, mapped type, default (sequence for IDENTITY), NOT NULL.</summary>
    public static string ColumnDefinition(TableDefinition table, ColumnDefinition column, bool forAlter = false)
    {
        ArgumentNullException.ThrowIfNull(table);
        ArgumentNullException.ThrowIfNull(column);
        var sb = new StringBuilder().Append(DuckDbSql.Quote(column.Name)).Append(' ').Append(DuckDbTypeMap.Map(column));
        if (column.IsIdentity)
        {
            sb.Append(" DEFAULT nextval(").Append(DuckDbSql.Literal($"{table.Schema}.{DuckDbSql.SequenceName(table.Name, column.Name)}")).Append(')');
        }
        else if (column.DefaultExpression is not null)
        {
            sb.Append(" DEFAULT ").Append(DuckDbTypeMap.MapDefault(column, column.DefaultExpression));
        }

        // DuckDB cannot add a column with a NOT NULL constraint to an existing table; such columns
        // arrive nullable on upgraded files (their default still fills existing rows).
        if (!column.IsNullable && !forAlter)
        {
            sb.Append(" NOT NULL");
        }

        return sb.ToString();
    }

    /// <summary>CREATE SEQUENCE IF NOT EXISTS for every IDENTITY column of the table.</summary>
    public static IEnumerable<string> CreateSequences(TableDefinition table)
    {
        ArgumentNullException.ThrowIfNull(table);
        return table.Columns.Where(c => c.IsIdentity)
            .Select(c => $"CREATE SEQUENCE IF NOT EXISTS {DuckDbSql.Quote(table.Schema, DuckDbSql.SequenceName(table.Name, c.Name))} START 1");
    }

    /// <summary>COMMENT ON statements carrying the MS_Description texts into DuckDB's catalog.</summary>
    public static IEnumerable<string> Comments(TableDefinition table)
    {
        ArgumentNullException.ThrowIfNull(table);
        var kind = table.IsView ? "VIEW" : "TABLE";
        if (table.Description is not null)
        {
            yield return $"COMMENT ON {kind} {DuckDbSql.Quote(table.Schema, table.Name)} IS {DuckDbSql.Literal(table.Description)}";
        }

        foreach (var column in table.Columns.Where(c => c.Description is not null))
        {
            yield return $"COMMENT ON COLUMN {DuckDbSql.Quote(table.Schema, table.Name)}.{DuckDbSql.Quote(column.Name)} IS {DuckDbSql.Literal(column.Description!)}";
        }
    }
}
