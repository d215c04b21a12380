using System.Security.Cryptography;
using System.Text;

namespace JapanRussia.Core.Documents;

/// <summary>
/// Turns a file's bytes into a <see cref="SourceDocument"/>: decodes (UTF-8, or UTF-16 with a BOM, or Latin-1 when
/// the bytes are not UTF-8), refuses binary and oversized files, normalises line ends, and reads front matter.
/// </summary>
public static class DocumentReader
{
    /// <summary>
    /// The largest document read. A source is a web page or a chapter (the largest seed is 23 KB); 8 MB is several
    /// books. The cap bounds how long one file can hold up ingestion, which runs before the server starts serving
    /// (figures in docs/performance.md, "Extraction engine, issue 11 (engine11)").
    /// </summary>
    public const long MaxFileBytes = 8L * 1024 * 1024;

    public static readonly IReadOnlySet<string> Extensions =
        new HashSet<string>([".txt", ".md", ".markdown"], StringComparer.OrdinalIgnoreCase);

    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    public static bool IsDocument(string path) => Extensions.Contains(Path.GetExtension(path));

    /// <summary>Reads a regular file (or a link to one beside it) of at most <see cref="MaxFileBytes"/>.</summary>
    public static async Task<SourceDocument> ReadFileAsync(string path, CancellationToken cancellationToken = default)
    {
        byte[] bytes;
        try
        {
            bytes = await DocumentFile.ReadAsync(path, MaxFileBytes, cancellationToken).ConfigureAwait(false);
        }
        catch (Exception ex) when (ex is FileNotFoundException or DirectoryNotFoundException)
        {
            // Deleted after it was listed, or a link whose target is gone.
            throw new DocumentReadException("the file no longer exists", ex);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            throw new DocumentReadException($"the file cannot be read: {ex.Message}", ex);
        }

        return Read(Path.GetFileName(path), bytes);
    }

    public static SourceDocument Read(string fileName, ReadOnlySpan<byte> bytes)
    {
        var hash = Convert.ToHexStringLower(SHA256.HashData(bytes));
        var raw = Decode(bytes);
        var text = Normalise(raw);
        if (text.Trim().Length == 0)
        {
            throw new DocumentReadException("the file is empty");
        }

        var frontMatter = FrontMatter.Parse(text);
        var body = text[frontMatter.BodyStart..];
        if (body.Trim().Length == 0)
        {
            throw new DocumentReadException("the file has front matter but no text");
        }

        // Without front matter, the page's furniture describes it: "AP News", "Posted: Dec 15, 2016 9:47 AM".
        var description = SourceDescriptionReader.Read(frontMatter, body, fileName);
        return new SourceDocument(fileName, description.Title, description.SourceUrl, description.PublishedOn, body, hash) { Publisher = description.Publisher };
    }

    private static string Decode(ReadOnlySpan<byte> bytes)
    {
        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]))
        {
            return DecodeUtf8(bytes[3..]);
        }

        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE]))
        {
            return Encoding.Unicode.GetString(bytes[2..]);
        }

        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xFE, 0xFF]))
        {
            return Encoding.BigEndianUnicode.GetString(bytes[2..]);
        }

        if (LooksBinary(bytes))
        {
            throw new DocumentReadException("the file is binary, not text");
        }

        return DecodeUtf8(bytes);
    }

    private static string DecodeUtf8(ReadOnlySpan<byte> bytes)
    {
        try
        {
            return StrictUtf8.GetString(bytes);
        }
        catch (DecoderFallbackException)
        {
            // Not UTF-8: older text files are most often Latin-1, which maps every byte to a character.
            return Encoding.Latin1.GetString(bytes);
        }
    }

    /// <summary>
    /// A text file has few NUL bytes or C0 controls (a stray one is damage, not binary); a binary file has many early on.
    /// </summary>
    private static bool LooksBinary(ReadOnlySpan<byte> bytes)
    {
        var sample = bytes[..Math.Min(bytes.Length, 8192)];
        var nuls = 0;
        var controls = 0;
        foreach (var b in sample)
        {
            if (b == 0)
            {
                nuls++;
            }
            else if (b < 0x20 && b is not (byte)'\n' and not (byte)'\r' and not (byte)'\t' and not 0x0C)
            {
                controls++;
            }
        }

        return (nuls >= 8 && nuls * 100 > sample.Length) || (nuls + controls) * 10 > sample.Length;
    }

    /// <summary>
    /// LF line ends; stray control characters, and whole terminal escape sequences ("\x1b[31m"), become spaces so that
    /// no offset shifts later and no escape residue reads as words.
    /// </summary>
    private static string Normalise(string text)
    {
        var builder = new StringBuilder(text.Length);
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (TerminalEscape.Length(text, i) is var escape and > 0)
            {
                builder.Append(' ', escape);
                i += escape - 1;
            }
            else if (c == '\r')
            {
                builder.Append('\n');
                if (i + 1 < text.Length && text[i + 1] == '\n')
                {
                    i++;
                }
            }
            else if (c == '\uFEFF' && builder.Length == 0)
            {
                continue;
            }
            else if (char.IsControl(c) && c is not '\n' and not '\t')
            {
                builder.Append(' ');
            }
            else
            {
                builder.Append(c);
            }
        }

        return builder.ToString();
    }
}
