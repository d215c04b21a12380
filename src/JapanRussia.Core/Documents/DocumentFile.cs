using Microsoft.Win32.SafeHandles;

namespace JapanRussia.Core.Documents;

/// <summary>
/// Reads a document's bytes from a regular file only: never from a named pipe (whose open and read wait for ever for
/// a writer) nor a device (which reports no length and never ends), and through a link only to a file in the link's
/// own folder, so that a link cannot publish a file from elsewhere. The read stops one byte past the limit, whatever
/// length the file reports.
/// </summary>
internal static class DocumentFile
{
    private const int ChunkBytes = 81_920;

    public static async Task<byte[]> ReadAsync(string path, long maxBytes, CancellationToken cancellationToken)
    {
        using var handle = Open(Resolve(path));
        var length = RandomAccess.GetLength(handle);
        if (length > maxBytes)
        {
            throw new DocumentReadException($"the file is {length / (1024 * 1024)} MB; the limit is {maxBytes / (1024 * 1024)} MB");
        }

        await using var stream = new FileStream(handle, FileAccess.Read, bufferSize: 0);
        return await ReadBoundedAsync(stream, maxBytes, (int)length, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Reads to the end, or refuses as soon as more than <paramref name="maxBytes"/> have come.</summary>
    internal static async Task<byte[]> ReadBoundedAsync(Stream stream, long maxBytes, int expectedBytes, CancellationToken cancellationToken)
    {
        using var content = new MemoryStream(expectedBytes + 1);
        var chunk = new byte[ChunkBytes];
        int read;
        while ((read = await stream.ReadAsync(chunk.AsMemory(0, (int)Math.Min(chunk.Length, maxBytes + 1 - content.Length)), cancellationToken).ConfigureAwait(false)) > 0)
        {
            content.Write(chunk, 0, read);
            if (content.Length > maxBytes)
            {
                throw new DocumentReadException($"the file is larger than the limit of {maxBytes / (1024 * 1024)} MB");
            }
        }

        return content.ToArray();
    }

    /// <summary>The path itself, or for a link the file it finally leads to when that file is beside the link.</summary>
    private static string Resolve(string path)
    {
        if (KindOf(path) != FileKind.SymbolicLink)
        {
            return path;
        }

        var target = Path.GetFullPath(File.ResolveLinkTarget(path, returnFinalTarget: true)?.FullName ?? path);
        if (KindOf(target) == FileKind.Missing)
        {
            throw Gone(path);
        }

        if (!string.Equals(Path.GetDirectoryName(target), Path.GetDirectoryName(Path.GetFullPath(path)), StringComparison.Ordinal))
        {
            throw new DocumentReadException("it is a link to a file outside its folder; only the folder's own files are read");
        }

        return target;
    }

    /// <summary>Opens a regular file, and checks that what was opened is the regular file that was looked at.</summary>
    private static SafeFileHandle Open(string path)
    {
        if (!OperatingSystem.IsLinux())
        {
            return File.OpenHandle(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete);
        }

        var (kind, inode) = LinuxFiles.Status(path);
        if (kind != FileKind.RegularFile)
        {
            throw kind == FileKind.Missing ? Gone(path) : NotRegular(kind);
        }

        var handle = LinuxFiles.OpenForReading(path);
        var opened = LinuxFiles.Status(handle);
        if (opened != (FileKind.RegularFile, inode))
        {
            handle.Dispose();
            throw new DocumentReadException("the file was replaced while it was being read; run the ingestion again");
        }

        return handle;
    }

    private static FileKind KindOf(string path)
    {
        if (OperatingSystem.IsLinux())
        {
            return LinuxFiles.Status(path).Kind;
        }

        var info = new FileInfo(path);
        return info.LinkTarget is not null ? FileKind.SymbolicLink : info.Exists ? FileKind.RegularFile : FileKind.Missing;
    }

    /// <summary>
    /// .NET reads a name that is not UTF-8 with U+FFFD in place of the bad bytes, so the name it gives cannot be opened.
    /// </summary>
    private static DocumentReadException Gone(string path) => Path.GetFileName(path).Contains('\uFFFD', StringComparison.Ordinal)
        ? new DocumentReadException("its name is not valid UTF-8, so it cannot be opened; rename the file")
        : new DocumentReadException("the file no longer exists");

    private static DocumentReadException NotRegular(FileKind kind) => new(kind switch
    {
        FileKind.NamedPipe => "it is a named pipe, not a regular file",
        FileKind.CharacterDevice or FileKind.BlockDevice => "it is a device, not a regular file",
        FileKind.Socket => "it is a socket, not a regular file",
        FileKind.Directory => "it is a folder, not a file",
        _ => "it is not a regular file",
    });
}
