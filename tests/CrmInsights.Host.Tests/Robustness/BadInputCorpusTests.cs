using System.Text;
using DuckDB.NET.Data;

namespace CrmInsights.Host.Tests.Robustness;

/// <summary>
/// Issue 18: an operator's worst day in one workspace — 56 kinds of bad input (values that parse but cannot be stored,
/// future timestamps, links out of the inbox, sub-folders, hidden, empty, binary, truncated and ambiguous files, ...)
/// beside good masters, loaded by one real <c>etl run</c>. Each kind's outcome and reason is asserted, the counts identity
/// (read = loaded + rejected + duplicates) holds for every batch, no reason text copies a linked file's content, and the
/// run's exit code is asserted.
/// </summary>
public sealed class BadInputCorpusTests : IDisposable
{
    private const string OrderHeader = "order_id,line_number,ordered_at,store_id,customer_id,sku,quantity,unit_price,discount_amount,tax_amount,currency,unit_cost,payment_type,loyalty_points_earned,loyalty_points_redeemed";
    private const string CustomerHeader = "customer_id,loyalty_id,email,phone,first_name,last_name,birth_date,gender,postal_code,city,region,country,signup_date,loyalty_tier,marketing_opt_in,acquisition_channel,updated_at";
    private const string SurveyHeader = "response_id,recorded_at,survey_id,customer_id,email,touchpoint,nps,csat,ces,complaint,complaint_category,resolved_at,comment";
    private const string GoodLineTail = ",1,2024-01-05T10:00:00+00:00,S1,C1,P1,1,2.50,0,0,GBP,1,cash,0,0";
    private readonly TestWorkspace _workspace = new();
    private readonly string _outside = Path.Combine(Path.GetTempPath(), "crmi-outside-" + Guid.NewGuid().ToString("N"));

    // Row-level kinds: a file with one good order line and one bad one; the bad row's reason code.
    public static TheoryData<string, string, string> OrderLineKinds => new()
    {
        { "price-1e20", "B,1,2024-01-05T10:00:00+00:00,S1,C1,P1,1,1e20,0,0,GBP,1,cash,0,0", "out_of_range" },
        { "price-too-precise", "B,1,2024-01-05T10:00:00+00:00,S1,C1,P1,1,1.123456,0,0,GBP,1,cash,0,0", "invalid_number" },
        { "order-id-too-long", new string('X', 65) + ",1,2024-01-05T10:00:00+00:00,S1,C1,P1,1,2,0,0,GBP,1,cash,0,0", "too_long" },
        { "ordered-2999", "B,1,2999-01-05T10:00:00+00:00,S1,C1,P1,1,2,0,0,GBP,1,cash,0,0", "future_timestamp" },
        { "ordered-next-week", "B,1,2099-01-05T10:00:00+00:00,S1,C1,P1,1,2,0,0,GBP,1,cash,0,0", "future_timestamp" },
        { "line-amount-overflow", "B,1,2024-01-05T10:00:00+00:00,S1,C1,P1,2000000000,999999999999,0,0,GBP,1,cash,0,0", "out_of_range" },
        { "quantity-overflow", "B,1,2024-01-05T10:00:00+00:00,S1,C1,P1,99999999999,2,0,0,GBP,1,cash,0,0", "invalid_integer" },
        { "missing-sku", "B,1,2024-01-05T10:00:00+00:00,S1,C1,,1,2,0,0,GBP,1,cash,0,0", "missing_required" },
        { "price-not-number", "B,1,2024-01-05T10:00:00+00:00,S1,C1,P1,1,abc,0,0,GBP,1,cash,0,0", "invalid_number" },
        { "bad-timestamp", "B,1,yesterday,S1,C1,P1,1,2,0,0,GBP,1,cash,0,0", "invalid_timestamp" },
        { "timestamp-no-offset", "B,1,2024-01-05T10:00:00,S1,C1,P1,1,2,0,0,GBP,1,cash,0,0", "missing_offset" },
        { "unknown-sku", "B,1,2024-01-05T10:00:00+00:00,S1,C1,NOPE,1,2,0,0,GBP,1,cash,0,0", "unknown_reference" },
        { "unknown-store", "B,1,2024-01-05T10:00:00+00:00,NOPE,C1,P1,1,2,0,0,GBP,1,cash,0,0", "unknown_reference" },
        { "column-count", "B,1,2024-01-05T10:00:00+00:00,S1,C1,P1,1,2", "column_count" },
        { "quantity-fraction", "B,1,2024-01-05T10:00:00+00:00,S1,C1,P1,1.5,2,0,0,GBP,1,cash,0,0", "invalid_integer" },
        { "line-number-zero", "B,0,2024-01-05T10:00:00+00:00,S1,C1,P1,1,2,0,0,GBP,1,cash,0,0", "out_of_range" },
        // 1990 loads now (the load extends dim.Date); before 1900 is outside the calendar the load can extend.
        // One NUL byte inside a row rejects that row, not the file.
        { "nul-in-row", "B,1,2024-01-05T10:00:00+00:00,S1,C1,P\0X,1,2,0,0,GBP,1,cash,0,0", "invalid_text" },
        { "date-before-calendar", "B,1,1850-01-05T10:00:00+00:00,S1,C1,P1,1,2,0,0,GBP,1,cash,0,0", "out_of_range" },
        // Discount and tax carry the quantity's sign (a return: negative quantity, zero or negative amounts).
        { "negative-discount-on-sale", "B,1,2024-01-05T10:00:00+00:00,S1,C1,P1,1,2,-0.50,0,GBP,1,cash,0,0", "out_of_range" },
        { "negative-tax-on-sale", "B,1,2024-01-05T10:00:00+00:00,S1,C1,P1,1,2,0,-0.40,GBP,1,cash,0,0", "out_of_range" },
        { "positive-tax-on-return", "B,1,2024-01-05T10:00:00+00:00,S1,C1,P1,-1,2,0,0.40,GBP,1,cash,0,0", "out_of_range" },
        // Optional, but the load would put a default in its place (the default currency, a zero discount, the product's
        // cost): an unreadable value rejects the line instead of being nulled (CanonicalField.RejectWhenInvalid).
        { "currency-too-long", "B,1,2024-01-05T10:00:00+00:00,S1,C1,P1,1,2,0,0,GBPX,1,cash,0,0", "too_long" },
        { "discount-not-a-number", "B,1,2024-01-05T10:00:00+00:00,S1,C1,P1,1,2,abc,0,GBP,1,cash,0,0", "invalid_number" },
        { "unit-cost-not-a-number", "B,1,2024-01-05T10:00:00+00:00,S1,C1,P1,1,2,0,0,GBP,n/a,cash,0,0", "invalid_number" },
    };

    [SkippableFact]
    public async Task EtlRun_OverTheCorpus_EveryKindHasItsOutcomeAndReason_CountsHold_RunExitsAsDocumented()
    {
        Skip.If(OperatingSystem.IsWindows(), "Symbolic links need privileges on Windows.");
        var inbox = Path.Combine(_workspace.Paths.Root, "inbox");
        Write("pos/stores-2024-01-01.csv", "store_id,name,channel,city,region,country,opened_on\nS1,High Street,store,Leeds,Yorkshire,GB,2015-01-01\n");
        Write("pos/products-2024-01-01.csv", "sku,name,category,subcategory,brand,unit_cost,list_price,updated_at\nP1,Top,Clothing,Tops,Grey,1,2.5,2024-01-01T06:00:00+00:00\n");
        Write("pos/customers-2024-01-01.csv", $"{CustomerHeader}\nC1,L1,c1@example.com,,Ann,Lee,1980-01-01,F,LS1,Leeds,Yorkshire,GB,2024-01-01,Bronze,true,store,2024-01-01T09:00:00+00:00\n");
        var day = 2;
        var orderFiles = new Dictionary<string, (string File, string Code)>();
        foreach (var row in OrderLineKinds)
        {
            var (kind, line, code) = ((string)row[0], (string)row[1], (string)row[2]);
            var file = $"order_lines-2024-02-{day++:00}.csv";
            Write("pos/" + file, $"{OrderHeader}\nG{kind}{GoodLineTail}\n{line}\n");
            orderFiles[kind] = (file, code);
        }

        // A customer dated 2999 never becomes the current version; the genuine later update does.
        Write("pos/customers-2024-01-02.csv", $"{CustomerHeader}\n" +
            "C2,L2,c2@example.com,,Bo,Kay,1980-01-01,M,LS1,Leeds,Yorkshire,GB,2024-01-01,Bronze,true,store,2024-01-02T09:00:00+00:00\n" +
            "C2,L2,c2@example.com,,Bo,Kay,1980-01-01,M,LS1,Mars,Yorkshire,GB,2024-01-01,Gold,true,store,2999-01-01T09:00:00+00:00\n" +
            "C2,L2,c2@example.com,,Bo,Kay,1980-01-01,M,LS1,York,Yorkshire,GB,2024-01-01,Silver,true,store,2024-01-03T09:00:00+00:00\n");
        var customerKinds = new Dictionary<string, (string Line, string Code)>
        {
            ["bad-signup-date"] = ("C3,L3,c3@example.com,,A,B,1980-01-01,F,LS1,Leeds,Y,GB,2024-13-45,Bronze,true,store,2024-01-02T09:00:00+00:00", "invalid_date"),
            ["customer-2999"] = ("C3,L3,c3@example.com,,A,B,1980-01-01,F,LS1,Leeds,Y,GB,2024-01-01,Bronze,true,store,2999-01-02T09:00:00+00:00", "future_timestamp"),
        };
        day = 10;
        var customerFiles = new Dictionary<string, (string File, string Code)>();
        foreach (var (kind, (line, code)) in customerKinds)
        {
            var file = $"customers-2024-01-{day++:00}.csv";
            Write("pos/" + file, $"{CustomerHeader}\n{line}\n");
            customerFiles[kind] = (file, code);
        }

        var surveyKinds = new Dictionary<string, (string Line, string Code)>
        {
            ["no-identity"] = ("R3,2024-01-05T10:00:00+00:00,s,,,store,5,,,false,,,", "missing_identity"),
            ["recorded-2999"] = ("R4,2999-01-05T10:00:00+00:00,s,C1,,store,5,,,false,,,", "future_timestamp"),
        };
        day = 10;
        var surveyFiles = new Dictionary<string, (string File, string Code)>();
        foreach (var (kind, (line, code)) in surveyKinds)
        {
            var file = $"responses-2024-01-{day++:00}.csv";
            Write("survey/" + file, $"{SurveyHeader}\n{line}\n");
            surveyFiles[kind] = (file, code);
        }

        // Unreadable optional values: the field is stored as NULL, the row loads, and the batch counts one field warning.
        var nulledKinds = new Dictionary<string, (string Path, string Header, string Line, string Code)>
        {
            ["bad-email"] = ("pos/customers-2024-01-20.csv", CustomerHeader, "C4,L4,not-an-email,,A,B,1980-01-01,F,LS1,Leeds,Y,GB,2024-01-01,Bronze,true,store,2024-01-02T09:00:00+00:00", "invalid_email"),
            ["bad-opt-in"] = ("pos/customers-2024-01-21.csv", CustomerHeader, "C5,L5,c5@example.com,,A,B,1980-01-01,F,LS1,Leeds,Y,GB,2024-01-01,Bronze,maybe,store,2024-01-02T09:00:00+00:00", "invalid_boolean"),
            ["bad-birth-date"] = ("pos/customers-2024-01-22.csv", CustomerHeader, "C6,L6,c6@example.com,,A,B,n/a,F,LS1,Leeds,Y,GB,2024-01-01,Bronze,true,store,2024-01-02T09:00:00+00:00", "invalid_date"),
            ["nps-11"] = ("survey/responses-2024-01-20.csv", SurveyHeader, "R1,2024-01-05T10:00:00+00:00,s,C1,,store,11,,,false,,,", "out_of_range"),
            ["touchpoint-fax"] = ("survey/responses-2024-01-21.csv", SurveyHeader, "R2,2024-01-05T10:00:00+00:00,s,C1,,fax,5,,,false,,,", "invalid_code"),
            // Values that read but are longer than their optional column: nulled the same way (the row is kept).
            ["first-name-too-long"] = ("pos/customers-2024-01-23.csv", CustomerHeader, $"C7,L7,c7@example.com,,{new string('n', 101)},B,1980-01-01,F,LS1,Leeds,Y,GB,2024-01-01,Bronze,true,store,2024-01-02T09:00:00+00:00", "too_long"),
            ["payment-type-too-long"] = ("pos/order_lines-2024-03-20.csv", OrderHeader, "N1,1,2024-01-05T10:00:00+00:00,S1,C1,P1,1,2,0,0,GBP,1," + new string('p', 33) + ",0,0", "too_long"),
            ["web-url-too-long"] = ("web/events-2024-01-13.jsonl", "", $$"""{"event_timestamp":1704137569003404,"event_name":"page_view","user_pseudo_id":"u1","ga_session_id":1,"page_location":"https://x/{{new string('a', 2100)}}"}""", "too_long"),
        };
        foreach (var (_, (path, header, line, _)) in nulledKinds)
        {
            Write(path, header.Length == 0 ? line + "\n" : $"{header}\n{line}\n");
        }

        var jsonKinds = new Dictionary<string, (string Path, string Line, string Code)>
        {
            ["email-bad-event"] = ("email/events-2024-01-10.jsonl", """{"event_id":"e1","email":"c1@example.com","timestamp":1704366737,"event":"teleport"}""", "invalid_code"),
            ["email-epoch-out-of-range"] = ("email/events-2024-01-11.jsonl", """{"event_id":"e2","email":"c1@example.com","timestamp":99999999999999,"event":"open"}""", "out_of_range"),
            ["email-2099"] = ("email/events-2024-01-12.jsonl", """{"event_id":"e3","email":"c1@example.com","timestamp":4070908800,"event":"open"}""", "future_timestamp"),
            ["web-not-object"] = ("web/events-2024-01-10.jsonl", "[1,2,3]", "invalid_json"),
            ["web-2099"] = ("web/events-2024-01-11.jsonl", """{"event_timestamp":4070908800000000,"event_name":"page_view","user_pseudo_id":"u1","ga_session_id":1}""", "future_timestamp"),
        };
        foreach (var (_, (path, line, _)) in jsonKinds)
        {
            Write(path, line + "\n");
        }

        // File-level kinds.
        Directory.CreateDirectory(_outside);
        File.WriteAllText(Path.Combine(_outside, "customers.csv"), $"{CustomerHeader}\nC9,L9,c9@example.com,,Out,Side,1980-01-01,F,LS1,Leeds,Y,GB,2024-01-01,Bronze,true,store,2024-01-02T09:00:00+00:00\n");
        File.CreateSymbolicLink(Path.Combine(inbox, "pos", "customers-2024-03-01.csv"), "/etc/passwd");
        File.CreateSymbolicLink(Path.Combine(inbox, "pos", "customers-2024-03-02.csv"), Path.Combine(_outside, "customers.csv"));
        Directory.CreateSymbolicLink(Path.Combine(inbox, "pos", "linked-folder"), _outside);
        Write("pos/sub/customers-2024-03-03.csv", File.ReadAllText(Path.Combine(_outside, "customers.csv")));
        Write("pos/.customers-2024-03-04.csv", File.ReadAllText(Path.Combine(_outside, "customers.csv")));
        Write("pos/customers-2024-03-05.csv", "");
        Write("web/events-2024-03-05.jsonl", "");
        Write("pos/stores-2024-03-06.csv", "store_id,name,name,channel\nS9,A,B,store\n");
        Write("pos/stores-2024-03-07.csv", "store_id,channel\nS9,store\n");
        Write("pos/foo-2024-03-08.csv", "a,b\n1,2\n");
        WriteBytes("pos/stores-2024-03-09.csv", [.. "store_id,name,channel\nS9,"u8, 0xC3, 0x28, .. ",store\n"u8]);
        WriteBytes("pos/stores-2024-03-10.csv", [0x50, 0x4B, 0x03, 0x04, 0x00, 0x00, 0x00, 0x08]);
        Write("pos/stores-2024-03-11.csv", "store_id,name,channel\nS9,\"Unclosed,store");
        Write("pos/stores-2024-03-12.csv", "store_id,name,channel,city,region,country,opened_on\n");
        File.Copy(Path.Combine(inbox, "pos", "stores-2024-01-01.csv"), Path.Combine(inbox, "pos", "stores-2024-03-13.csv"));
        Write("pos/order_lines-2024-03-14.csv", $"{OrderHeader}\nD1,1,2024-01-05T10:00:00+00:00,S1,C1,P1,1,2,0,0,GBP,1,cash,0,0\nD1,1,2024-01-05T10:00:00+00:00,S1,C1,P1,1,2,0,0,GBP,1,cash,0,0\n");

        var (exit, output) = await CliProcess.RunAsync(["etl", "run", "--workspace", _workspace.Paths.Root], CliProcess.TakeAtOnce, TimeSpan.FromMinutes(4));

        // Rejected rows never fail a run (no exit 1); files were quarantined (6) and some batches rejected more than
        // Loading:RejectRateError of their rows, an error-level check that holds reports and wins (5).
        Assert.True(exit == CrmInsights.Host.Cli.ExitCodes.Data, $"exit {exit}\n{output}");
        var batches = await BatchesAsync();
        foreach (var b in batches.Values)
        {
            Assert.True(b.Read == b.Loaded + b.Rejected + b.Duplicates, $"{b.File}: {b.Read} read ≠ {b.Loaded} + {b.Rejected} + {b.Duplicates}");
        }

        foreach (var (kind, (file, code)) in orderFiles)
        {
            var b = batches["pos/" + file];
            Assert.True(b is { Status: "Succeeded", Loaded: 1, Rejected: 1 }, $"{kind}: {b}");
            Assert.True(b.Reasons.SequenceEqual([code]), $"{kind}: reasons {string.Join(",", b.Reasons)}, expected {code}");
        }

        foreach (var (kind, (file, code)) in customerFiles.Select(c => (c.Key, ("pos/" + c.Value.File, c.Value.Code)))
            .Concat(surveyFiles.Select(c => (c.Key, ("survey/" + c.Value.File, c.Value.Code)))))
        {
            var b = batches[file];
            Assert.True(b is { Status: "Succeeded", Loaded: 0, Rejected: 1 } && b.Reasons.SequenceEqual([code]), $"{kind}: {b}");
        }

        foreach (var (kind, (path, _, _, code)) in nulledKinds)
        {
            var b = batches[path];
            Assert.True(b is { Status: "Succeeded", Loaded: 1, Rejected: 0, FieldWarnings: 1 } && b.Reasons.Count == 0, $"{kind}: {b}");
            var warnings = File.ReadAllText(Path.Combine(_workspace.Paths.Root, "rejects", path + ".warnings.csv"));
            Assert.Contains($",{code},", warnings, StringComparison.Ordinal);
        }

        foreach (var (kind, (path, _, code)) in jsonKinds)
        {
            var b = batches[path];
            Assert.True(b is { Status: "Succeeded", Loaded: 0, Rejected: 1 } && b.Reasons.SequenceEqual([code]), $"{kind}: {b}");
        }

        var c2 = await ScalarAsync("SELECT City || '/' || LoyaltyTier FROM dim.Customer WHERE CustomerId = 'C2' AND IsCurrent");
        Assert.Equal("York/Silver", c2);
        Assert.Equal(0L, await ScalarAsync("SELECT COUNT(*) FROM dim.Customer WHERE CustomerId IN ('C3', 'C9')"));
        Assert.Equal("C4 - true 1980-01-01|C5 c5@example.com - 1980-01-01|C6 c6@example.com true -", await ScalarAsync(
            "SELECT STRING_AGG(CustomerId || ' ' || COALESCE(Email, '-') || ' ' || COALESCE(CAST(MarketingOptIn AS VARCHAR), '-') || ' ' || COALESCE(CAST(BirthDate AS VARCHAR), '-'), '|' ORDER BY CustomerId) " +
            "FROM dim.Customer WHERE CustomerId IN ('C4', 'C5', 'C6')"));

        Quarantined(batches, "pos/customers-2024-03-01.csv", "symbolic link");
        Quarantined(batches, "pos/customers-2024-03-02.csv", "symbolic link");
        Quarantined(batches, "pos/customers-2024-03-05.csv", "empty");
        Quarantined(batches, "web/events-2024-03-05.jsonl", "empty");
        Quarantined(batches, "pos/stores-2024-03-06.csv", "'name' more than once");
        Quarantined(batches, "pos/stores-2024-03-07.csv", "required column");
        Quarantined(batches, "pos/foo-2024-03-08.csv", "not an entity");
        // Where the bad bytes are, not how far the reader had got ("after record 0").
        Quarantined(batches, "pos/stores-2024-03-09.csv", "not valid utf-8 text at line 2, byte offset 25");
        Quarantined(batches, "pos/stores-2024-03-10.csv", "");
        Quarantined(batches, "pos/stores-2024-03-11.csv", "");
        Assert.True(batches["pos/stores-2024-03-12.csv"] is { Status: "Succeeded", Read: 0 }, "header only: a 0-row batch");
        Assert.True(batches["pos/stores-2024-03-13.csv"] is { Status: "Skipped" }, "same content under another name: skipped");
        Assert.True(batches["pos/order_lines-2024-03-14.csv"] is { Loaded: 1, Duplicates: 1 }, "a key twice in a file: one duplicate");

        // Links were never followed: the target outside the workspace was not read, not moved, not archived.
        Assert.True(File.Exists(Path.Combine(_outside, "customers.csv")));
        Assert.True(File.Exists("/etc/passwd"));
        var passwdFirstLine = File.ReadLines("/etc/passwd").First();
        var reasons = string.Join("\n", Directory.EnumerateFiles(Path.Combine(_workspace.Paths.Root, "quarantine"), "*.reason.txt", SearchOption.AllDirectories).Select(File.ReadAllText));
        Assert.DoesNotContain(passwdFirstLine, reasons, StringComparison.Ordinal);
        Assert.DoesNotContain(passwdFirstLine, output, StringComparison.Ordinal);
        Assert.DoesNotContain(passwdFirstLine, string.Join("\n", batches.Values.Select(b => b.Error)), StringComparison.Ordinal);

        // Sub-folders, linked folders and hidden files stay where they are and are reported.
        Assert.True(File.Exists(Path.Combine(inbox, "pos", "sub", "customers-2024-03-03.csv")));
        Assert.True(File.Exists(Path.Combine(inbox, "pos", ".customers-2024-03-04.csv")));
        Assert.Contains("inbox/pos/sub/ is a sub-folder", output, StringComparison.Ordinal);
        Assert.Contains("inbox/pos/linked-folder is a symbolic link to a folder", output, StringComparison.Ordinal);
        Assert.Contains("inbox/pos/.customers-2024-03-04.csv is a hidden file", output, StringComparison.Ordinal);

        // 21 order-line kinds + 2 customer + 1 SCD + 2 survey + 9 nulled + 5 JSON + 3 link/folder + 2 hidden/sub + 11 file kinds = 56 cases;
        // an unopenable warehouse (exit 4), a file split by a paused writer and lines replaced by another file have their own tests
        // (UnopenableWarehouseTests, PausedWriterTests, SupersededRowsTests).
        Assert.True(orderFiles.Count + customerFiles.Count + surveyFiles.Count + nulledKinds.Count + jsonKinds.Count + 17 >= 40);
    }

    private static void Quarantined(Dictionary<string, BatchRow> batches, string file, string reasonFragment)
    {
        var b = batches[file];
        Assert.True(b.Status == "Failed" && b.Error!.StartsWith("Quarantined:", StringComparison.Ordinal), $"{file}: {b}");
        Assert.Contains(reasonFragment, b.Error, StringComparison.OrdinalIgnoreCase);
    }

    private void Write(string relative, string text) => WriteBytes(relative, Encoding.UTF8.GetBytes(text));

    private void WriteBytes(string relative, byte[] bytes)
    {
        var path = Path.Combine(_workspace.Paths.Root, "inbox", relative);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllBytes(path, bytes);
    }

    private sealed record BatchRow(string File, string Status, long Read, long Loaded, long Rejected, long Duplicates, string? Error, List<string> Reasons, long FieldWarnings)
    {
        public override string ToString() => $"{File} {Status} read {Read} loaded {Loaded} rejected {Rejected} dup {Duplicates} reasons [{string.Join(",", Reasons)}] {Error}";
    }

    private async Task<Dictionary<string, BatchRow>> BatchesAsync()
    {
        using var connection = _workspace.Open();
        var result = new Dictionary<string, BatchRow>(StringComparer.Ordinal);
        await using var command = connection.CreateCommand();
        command.CommandText = """
            SELECT b.Source || '/' || b.FileName, b.Status, b.RowsRead, b.RowsLoaded, b.RowsRejected, b.RowsDuplicate, b.ErrorMessage, r.Reason, b.FieldWarnings
            FROM etl.Batch b LEFT JOIN etl.Reject r ON r.BatchId = b.BatchId ORDER BY b.BatchId, r.RowNumber
            """;
        await using var reader = await command.ExecuteReaderAsync();
        while (await reader.ReadAsync())
        {
            var file = reader.GetString(0);
            if (!result.TryGetValue(file, out var row))
            {
                result[file] = row = new BatchRow(file, reader.GetString(1), reader.GetInt64(2), reader.GetInt64(3), reader.GetInt64(4), reader.GetInt64(5),
                    reader.IsDBNull(6) ? null : reader.GetString(6), [], reader.GetInt64(8));
            }

            if (!reader.IsDBNull(7))
            {
                row.Reasons.Add(reader.GetString(7));
            }
        }

        return result;
    }

    private async Task<object?> ScalarAsync(string sql)
    {
        using var connection = _workspace.Open();
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        return await command.ExecuteScalarAsync();
    }

    public void Dispose()
    {
        _workspace.Dispose();
        try
        {
            Directory.Delete(_outside, recursive: true);
        }
        catch (IOException)
        {
            // Temp space is reclaimed by the OS.
        }
    }
}
