using System.CommandLine;
using JapanRussia.Core.Data;
using JapanRussia.Core.Export;
using JapanRussia.Core.Ingestion;
using JapanRussia.Core.Queries;
using JapanRussia.Core.Scoring;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

namespace JapanRussia.Web.Cli;

/// <summary>
/// The verbs the server executable also answers: <c>ingest</c>, <c>export</c> and <c>score</c>. Exit codes: 0 ok, 1 failure,
/// 2 bad usage. Results go to stdout, errors to stderr.
/// </summary>
public static class CommandLineApp
{
    public const int Ok = 0;
    public const int Failure = 1;
    public const int BadUsage = 2;

    private static readonly HashSet<string> Verbs = new(StringComparer.Ordinal) { "ingest", "export", "score", "--help", "-h", "-?", "help", "--version" };

    /// <summary>True when the arguments ask for a verb rather than the web server.</summary>
    public static bool IsVerb(string[] args) =>
        args.Length > 0 && (Verbs.Contains(args[0]) || !args[0].StartsWith('-'));

    public static async Task<int> RunAsync(string[] args, TextWriter output, TextWriter error, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(args);
        var root = BuildCommands(output, error);
        if (args is ["help"])
        {
            args = ["--help"];
        }

        var parse = root.Parse(args);
        if (parse.Errors.Count > 0)
        {
            foreach (var parseError in parse.Errors)
            {
                await error.WriteLineAsync(parseError.Message).ConfigureAwait(false);
            }

            await error.WriteLineAsync("Usage: JapanRussia.Web [ingest --seeds DIR --db FILE | export --db FILE --format json|csv|timelinejs [--out FILE] | score --docs DIR --annotations FILE [--verbose]]  (see --help)").ConfigureAwait(false);
            return BadUsage;
        }

        return await parse.InvokeAsync(new InvocationConfiguration { Output = output, Error = error }, cancellationToken).ConfigureAwait(false);
    }

    private static RootCommand BuildCommands(TextWriter output, TextWriter error)
    {
        var root = new RootCommand(
            "Japan–Russia Timeline Explorer. Without a verb it serves the web app (options: --db FILE, --seeds DIR, --urls URL).");

        var seeds = new Option<DirectoryInfo>("--seeds") { Description = "Folder of .txt and .md documents to ingest.", Required = true };
        var ingestDb = new Option<string>("--db") { Description = "SQLite database file (created if missing), or a PostgreSQL connection string (Host=…;Database=…).", Required = true };
        var ingest = new Command("ingest", "Ingest a documents folder into a database file.") { seeds, ingestDb };
        ingest.SetAction((parse, token) => IngestAsync(parse.GetRequiredValue(seeds), StoreLocation.Parse(parse.GetRequiredValue(ingestDb)), output, error, token));
        root.Add(ingest);

        var exportDb = new Option<string>("--db") { Description = "SQLite database file to read, or a PostgreSQL connection string.", Required = true };
        var format = new Option<string>("--format") { Description = "Output format.", Required = true };
        format.AcceptOnlyFromAmong(Enum.GetNames<ExportFormat>().Select(ToOptionName).ToArray());
        var outFile = new Option<FileInfo?>("--out") { Description = "Write to this file instead of standard output." };
        var export = new Command("export", "Export every event from a database file.") { exportDb, format, outFile };
        export.SetAction((parse, token) => ExportAsync(
            StoreLocation.Parse(parse.GetRequiredValue(exportDb)), Enum.Parse<ExportFormat>(parse.GetRequiredValue(format), ignoreCase: true), parse.GetValue(outFile), output, error, token));
        root.Add(export);

        var docs = new Option<DirectoryInfo>("--docs") { Description = "Folder of documents to run the engine on.", Required = true };
        var annotations = new Option<FileInfo>("--annotations") { Description = "Annotation table (TSV) of the dated happenings in those documents.", Required = true };
        var verbose = new Option<bool>("--verbose") { Description = "Also list the pairs not merged, the over-merged events and the unreadable titles." };
        var score = new Command("score", "Score the extraction on annotated documents: recall, citation precision, merging, titles.") { docs, annotations, verbose };
        score.SetAction((parse, token) => ScoreAsync(parse.GetRequiredValue(docs), parse.GetRequiredValue(annotations), parse.GetValue(verbose), output, error, token));
        root.Add(score);
        return root;
    }

#pragma warning disable CA1308 // option values are lower case by convention
    private static string ToOptionName(string name) => name.ToLowerInvariant();
#pragma warning restore CA1308

    private static async Task<int> IngestAsync(DirectoryInfo seeds, StoreLocation database, TextWriter output, TextWriter error, CancellationToken cancellationToken)
    {
        if (!seeds.Exists)
        {
            await error.WriteLineAsync($"error: the documents folder '{seeds.FullName}' does not exist.").ConfigureAwait(false);
            return Failure;
        }

        try
        {
            var pipeline = new IngestionPipeline(new TimelineContextFactory(database));
            var report = await pipeline.IngestAsync(seeds.FullName, cancellationToken).ConfigureAwait(false);
            foreach (var failure in report.Failures)
            {
                await error.WriteLineAsync($"warning: {failure.FileName}: {failure.Reason}").ConfigureAwait(false);
            }

            await output.WriteLineAsync(
                $"Read {report.DocumentsRead} documents: {report.Added} added, {report.Updated} updated, {report.Unchanged} unchanged, " +
                $"{report.Removed} removed, {report.Failures.Count} failed.").ConfigureAwait(false);
            await output.WriteLineAsync(
                $"{report.Events} events ({report.MergedEvents} merged from several documents), {report.Passages} passages; " +
                $"{report.EventsWritten} events written, {report.EventsDeleted} deleted; {report.Elapsed.TotalSeconds:F2} s.").ConfigureAwait(false);
            if (report.NothingIngested)
            {
                await error.WriteLineAsync("error: none of the documents could be ingested.").ConfigureAwait(false);
                return Failure;
            }

            return Ok;
        }
        catch (DocumentFolderException ex)
        {
            await error.WriteLineAsync($"error: cannot read the documents folder '{seeds.FullName}': {ex.Message}.").ConfigureAwait(false);
            return Failure;
        }
        catch (Exception ex) when (IsStorageProblem(ex))
        {
            await error.WriteLineAsync($"error: cannot write the database '{database.Display}': {Describe(ex)}").ConfigureAwait(false);
            return Failure;
        }
    }

    private static async Task<int> ExportAsync(StoreLocation database, ExportFormat format, FileInfo? outFile, TextWriter output, TextWriter error, CancellationToken cancellationToken)
    {
        if (!database.IsPostgreSql && !File.Exists(database.Value))
        {
            await error.WriteLineAsync($"error: the database '{database.Value}' does not exist; run 'ingest' first.").ConfigureAwait(false);
            return Failure;
        }

        try
        {
            var store = new TimelineContextFactory(database, readOnly: true);
            ExportOptions options;
            await using (var context = store.CreateDbContext())
            {
                await TimelineDatabase.VerifyCurrentAsync(context, cancellationToken).ConfigureAwait(false);
                options = await EventExporter.LoadOptionsAsync(context, cancellationToken).ConfigureAwait(false);
            }

            // The same read as GET /api/export with no filter: one event shape, one reader.
            using var reader = new TimelineReader(store);
            var events = await reader.ListAsync(EventFilter.Everything, cancellationToken: cancellationToken).ConfigureAwait(false);

            if (outFile is null)
            {
                using var buffer = new MemoryStream();
                await EventExporter.WriteAsync(events, format, options, buffer, cancellationToken).ConfigureAwait(false);
                await output.WriteAsync(System.Text.Encoding.UTF8.GetString(buffer.ToArray())).ConfigureAwait(false);
                await output.WriteLineAsync().ConfigureAwait(false);
            }
            else
            {
                // Write beside the target and move into place, so a failed export never leaves half a file.
                var temporary = outFile.FullName + ".tmp";
                await using (var stream = File.Create(temporary))
                {
                    await EventExporter.WriteAsync(events, format, options, stream, cancellationToken).ConfigureAwait(false);
                }

                File.Move(temporary, outFile.FullName, overwrite: true);
                await error.WriteLineAsync($"Wrote {events.Count} events to {outFile.FullName}.").ConfigureAwait(false);
            }

            return Ok;
        }
        catch (Exception ex) when (IsStorageProblem(ex))
        {
            await error.WriteLineAsync($"error: cannot export from '{database.Display}': {Describe(ex)}").ConfigureAwait(false);
            return Failure;
        }
    }

    private static async Task<int> ScoreAsync(DirectoryInfo docs, FileInfo annotationFile, bool verbose, TextWriter output, TextWriter error, CancellationToken cancellationToken)
    {
        if (!docs.Exists || !annotationFile.Exists)
        {
            var missing = docs.Exists ? $"the annotation file '{annotationFile.FullName}'" : $"the documents folder '{docs.FullName}'";
            await error.WriteLineAsync($"error: {missing} does not exist.").ConfigureAwait(false);
            return Failure;
        }

        IReadOnlyList<AnnotatedHappening> annotations;
        try
        {
            annotations = AnnotationTable.Read(annotationFile.FullName);
        }
        catch (FormatException ex)
        {
            await error.WriteLineAsync($"error: {ex.Message}").ConfigureAwait(false);
            return Failure;
        }

        var run = await EngineRun.OfFolderAsync(docs.FullName, cancellationToken).ConfigureAwait(false);
        foreach (var failure in run.Failures)
        {
            await error.WriteLineAsync($"warning: {failure}").ConfigureAwait(false);
        }

        var unread = annotations.Select(a => a.Document).Distinct(StringComparer.Ordinal).Except(run.Documents, StringComparer.Ordinal).ToList();
        if (unread.Count > 0)
        {
            await error.WriteLineAsync($"warning: annotated documents not in the folder, left out: {string.Join(", ", unread)}").ConfigureAwait(false);
        }

        await output.WriteLineAsync($"documents:          {run.Documents.Count}").ConfigureAwait(false);
        await ScoreReportWriter.WriteAsync(CorpusScorer.Score(run.Documents, annotations, run.Events), output, verbose).ConfigureAwait(false);
        return Ok;
    }

    private static bool IsStorageProblem(Exception ex) => TimelineDatabase.IsStorageFailure(ex);

    private static string Describe(Exception ex) => TimelineDatabase.DescribeFailure(ex);
}
