using System.Globalization;

namespace CrmInsights.Analytics.Snapshot;

public sealed partial class SnapshotDeriver
{
    /// <summary>Writes the view settings; true when a setting the snapshot depends on (LapseDays) changed.</summary>
    private async Task<bool> WriteSettingsAsync(SqlCommands sql, DateTime now, CancellationToken ct)
    {
        bool lapseChanged = false;
        foreach (var (name, value) in _options.ViewSettings())
        {
            var stored = await sql.ScalarAsync(SnapshotSql.ReadSetting, ct, ("name", name));
            if (stored is null)
            {
                await sql.ExecuteAsync(SnapshotSql.InsertSetting, ct, ("name", name), ("value", value), ("now", now));
            }
            else if (Convert.ToDecimal(stored, CultureInfo.InvariantCulture) != value)
            {
                await sql.ExecuteAsync(SnapshotSql.UpdateSetting, ct, ("name", name), ("value", value), ("now", now));
            }
            else
            {
                continue;
            }

            lapseChanged |= name == nameof(SnapshotOptions.LapseDays);
        }

        return lapseChanged;
    }

    /// <summary>Records the RFM map version the snapshot is scored with; true when it changed (everything is rescored).</summary>
    private async Task<bool> WriteRfmMapVersionAsync(SqlCommands sql, DateTime now, CancellationToken ct)
    {
        var stored = await sql.ScalarAsync(SnapshotSql.ReadWatermark, ct, ("source", SnapshotSql.WatermarkSource), ("entity", SnapshotSql.RfmMapEntity)) as string;
        if (stored == _rfm.Map.Version)
        {
            return false;
        }

        await WriteWatermarkAsync(sql, SnapshotSql.RfmMapEntity, _rfm.Map.Version, null, now, ct);
        return stored is not null;
    }

    private static async Task WriteWatermarkAsync(SqlCommands sql, string entity, string value, long? batchId, DateTime now, CancellationToken ct)
    {
        await sql.ExecuteAsync(SnapshotSql.DeleteWatermark, ct, ("source", SnapshotSql.WatermarkSource), ("entity", entity));
        await sql.ExecuteAsync(SnapshotSql.InsertWatermark, ct,
            ("source", SnapshotSql.WatermarkSource), ("entity", entity), ("value", value), ("now", now), ("batchId", batchId));
    }

    /// <summary>
    /// The months to rebuild, or null when nothing changed. FromFirst: the rebuild starts at or before the first month, so every
    /// older snapshot row goes (a month leaves the data range when its only facts are replaced by rows dated later).
    /// </summary>
    private static async Task<(int From, int To, bool FromFirst, string Reason)?> ChooseRangeAsync(SqlCommands sql, bool full, CancellationToken ct)
    {
        var to = ToInt(await sql.ScalarAsync(SnapshotSql.DataRange, ct));
        if (to is null)
        {
            return null;
        }

        var first = ToInt(await sql.ScalarAsync(SnapshotSql.FirstMonth, ct))!.Value;
        var snapshotLast = ToInt(await sql.ScalarAsync(SnapshotSql.SnapshotLastMonth, ct));
        var watermark = await sql.ScalarAsync(SnapshotSql.ReadWatermark, ct, ("source", SnapshotSql.WatermarkSource), ("entity", SnapshotSql.WatermarkEntity)) as string;
        if (full || snapshotLast is null || watermark is null)
        {
            return (first, to.Value, true, full ? "full rebuild" : "first derive");
        }

        long lastBatch = long.Parse(watermark, CultureInfo.InvariantCulture);
        var changed = ToInt(await sql.ScalarAsync(SnapshotSql.EarliestChangedMonth, ct, ("batchId", lastBatch)));
        int? from = changed;
        if (to.Value > snapshotLast.Value)
        {
            // New months appeared: they are built, and the last snapshot month is redone because
            // it may have been built before the month was complete.
            from = Math.Min(from ?? int.MaxValue, snapshotLast.Value);
        }

        if (from is null)
        {
            return null;
        }

        return (Math.Max(from.Value, first), to.Value, from.Value <= first, "incremental after batch " + lastBatch.ToString(CultureInfo.InvariantCulture));
    }
}
