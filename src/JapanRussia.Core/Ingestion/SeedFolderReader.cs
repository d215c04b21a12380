using System.Collections.Concurrent;
using JapanRussia.Core.Documents;

namespace JapanRussia.Core.Ingestion;

/// <summary>Reads every document in a folder, collecting the ones that fail with their reasons instead of stopping.</summary>
public static class SeedFolderReader
{
    public sealed record FolderContents(IReadOnlyList<SourceDocument> Documents, IReadOnlyList<DocumentFailure> Failures, int Candidates);

    public static Task<FolderContents> ReadAsync(string folder, CancellationToken cancellationToken = default) =>
        ReadAsync(folder, DocumentReader.ReadFileAsync, cancellationToken);

    /// <summary>
    /// With the read of one file given: tests put a deletion or a change between listing a file and reading it, which
    /// a person editing the folder during ingestion can cause at any moment.
    /// </summary>
    internal static Task<FolderContents> ReadAsync(
        string folder, Func<string, CancellationToken, Task<SourceDocument>> readFile, CancellationToken cancellationToken = default) =>
        ReadAsync(folder, Directory.EnumerateFiles, readFile, cancellationToken);

    /// <summary>With the listing given too: a folder that cannot be listed cannot be made as root, who reads every folder.</summary>
    internal static async Task<FolderContents> ReadAsync(
        string folder,
        Func<string, IEnumerable<string>> listFiles,
        Func<string, CancellationToken, Task<SourceDocument>> readFile,
        CancellationToken cancellationToken = default)
    {
        if (!Directory.Exists(folder))
        {
            throw new DirectoryNotFoundException($"The documents folder '{folder}' does not exist.");
        }

        var files = ListDocuments(folder, listFiles);

        var documents = new ConcurrentBag<SourceDocument>();
        var failures = new ConcurrentBag<DocumentFailure>();
        await Parallel.ForEachAsync(
            files,
            new ParallelOptions { CancellationToken = cancellationToken, MaxDegreeOfParallelism = Environment.ProcessorCount },
            async (file, token) =>
            {
                try
                {
                    documents.Add(await readFile(file, token).ConfigureAwait(false));
                }
                catch (DocumentReadException ex)
                {
                    failures.Add(new DocumentFailure(Path.GetFileName(file), ex.Message));
                }
            }).ConfigureAwait(false);

        return new FolderContents(
            documents.OrderBy(d => d.FileName, StringComparer.Ordinal).ToList(),
            failures.OrderBy(f => f.FileName, StringComparer.Ordinal).ToList(),
            files.Count);
    }

    private static List<string> ListDocuments(string folder, Func<string, IEnumerable<string>> listFiles)
    {
        try
        {
            return listFiles(folder)
                .Where(f => !Path.GetFileName(f).StartsWith('.') && DocumentReader.IsDocument(f))
                .Order(StringComparer.Ordinal)
                .ToList();
        }
        catch (UnauthorizedAccessException ex)
        {
            throw new DocumentFolderException("permission denied", ex);
        }
        catch (IOException ex) when (ex is not DirectoryNotFoundException)
        {
            throw new DocumentFolderException(ex.Message, ex);
        }
    }
}
