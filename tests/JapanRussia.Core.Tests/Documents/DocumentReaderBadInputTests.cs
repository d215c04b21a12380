using System.Text;
using JapanRussia.Core.Documents;
using JapanRussia.Core.Tests.Support;

namespace JapanRussia.Core.Tests.Documents;

/// <summary>The cases DocumentReaderTests leaves out: other encodings and controls, sizes, and files that vanish.</summary>
public sealed class DocumentReaderBadInputTests : IDisposable
{
    private readonly TestFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    [Fact]
    public void Utf16BigEndianWithByteOrderMarkIsDecoded()
    {
        var bytes = Encoding.BigEndianUnicode.GetPreamble().Concat(Encoding.BigEndianUnicode.GetBytes("Курилы\r\n\r\nIn 1875 the islands changed hands.")).ToArray();

        var document = DocumentReader.Read("a.txt", bytes);

        Assert.Equal("Курилы", document.Title);
        Assert.Equal("Курилы\n\nIn 1875 the islands changed hands.", document.Text);
    }

    [Theory]
    [InlineData("\u001B[31m", "     ")]
    [InlineData("\u001B[1;32;40m", "          ")]
    [InlineData("\u009B0m", "   ")]
    [InlineData("\u001B]0;title\u0007", "          ")]
    [InlineData("\u001B]8;;http://x\u001B\\", "               ")]
    [InlineData("\u001B(B", "   ")]
    [InlineData("\u001B7", "  ")]
    [InlineData("\u001B]unclosed ", "  unclosed ")]
    [InlineData("\u001B ", "  ")]
    [InlineData("\u001BTokyo ", " Tokyo ")]
    [InlineData("\u007F", " ")]
    [InlineData("\u0085", " ")]
    [InlineData("\u0000\u0000", "  ")]
    [InlineData("\u000B\u000C", "  ")]
    [InlineData("\r", "\n")]
    [InlineData("\r\n", "\n")]
    [InlineData("\n\r", "\n\n")]
    public void ControlCharactersAndLineEndsAreNormalisedOneForOne(string control, string expected)
    {
        var document = DocumentReader.Read("a.txt", Encoding.UTF8.GetBytes($"Title\n\nIn 1956{control}they met."));

        Assert.Equal($"Title\n\nIn 1956{expected}they met.", document.Text);
        Assert.DoesNotContain(document.Text, c => char.IsControl(c) && c is not '\n' and not '\t');
    }

    [Fact]
    public void AOneMegabyteSingleLineIsReadWhole()
    {
        var line = string.Concat(Enumerable.Repeat("In 1956 Japan and the Soviet Union signed a declaration in Moscow. ", 16_000));
        Assert.True(line.Length > 1024 * 1024);

        var document = DocumentReader.Read("long.txt", Encoding.UTF8.GetBytes(line));

        Assert.Equal(line, document.Text);
        Assert.Equal("Untitled text, 1956", document.Title);
    }

    [Fact]
    public async Task AFileOverTheSizeLimitIsRefusedWithTheSizes()
    {
        var path = _folder.File("huge.txt");
        await using (var file = File.Create(path))
        {
            // Sparse: the size is what the check reads, so no 50 MB need be written.
            file.SetLength(50L * 1024 * 1024);
        }

        var error = await Assert.ThrowsAsync<DocumentReadException>(() => DocumentReader.ReadFileAsync(path));

        Assert.Equal("the file is 50 MB; the limit is 8 MB", error.Message);
    }

    [Fact]
    public async Task AFileOfExactlyTheLimitIsRead()
    {
        var path = _folder.File("limit.txt");
        var bytes = new byte[DocumentReader.MaxFileBytes];
        Array.Fill(bytes, (byte)'a');
        Encoding.ASCII.GetBytes("Limit\n\nIn 1956 ").CopyTo(bytes, 0);
        await File.WriteAllBytesAsync(path, bytes);

        var document = await DocumentReader.ReadFileAsync(path);

        Assert.Equal(DocumentReader.MaxFileBytes, document.Text.Length);
    }

    [Fact]
    public async Task AFileThatNoLongerExistsIsRefusedWithAReason()
    {
        var path = _folder.File("gone.md");
        await File.WriteAllTextAsync(path, "Gone\n\nIn 1956 they met.");
        File.Delete(path);

        var error = await Assert.ThrowsAsync<DocumentReadException>(() => DocumentReader.ReadFileAsync(path));

        Assert.Equal("the file no longer exists", error.Message);
    }

    [Fact]
    public async Task ALinkToAFileThatIsGoneIsRefusedWithAReason()
    {
        var path = _folder.File("dangling.md");
        File.CreateSymbolicLink(path, _folder.File("never-there.md"));

        var error = await Assert.ThrowsAsync<DocumentReadException>(() => DocumentReader.ReadFileAsync(path));

        Assert.Equal("the file no longer exists", error.Message);
    }

    [Theory]
    [InlineData("/dev/zero")]
    [InlineData("/dev/urandom")]
    public async Task ADeviceIsRefusedWithoutBeingRead(string device)
    {
        // Before the fix a device, which reports no length, was read until memory ran out.
        var error = await Assert.ThrowsAsync<DocumentReadException>(() => DocumentReader.ReadFileAsync(device).WaitAsync(TimeSpan.FromMinutes(1)));

        Assert.Equal("it is a device, not a regular file", error.Message);
    }

    [Fact]
    public async Task AReadThatNeverEndsStopsJustPastTheLimit()
    {
        await using var endless = new EndlessStream();

        var error = await Assert.ThrowsAsync<DocumentReadException>(() => DocumentFile.ReadBoundedAsync(endless, 2 * 1024 * 1024, 0, CancellationToken.None));

        Assert.Equal("the file is larger than the limit of 2 MB", error.Message);
        Assert.InRange(endless.Position, (2 * 1024 * 1024) + 1, (2 * 1024 * 1024) + 81_920);
    }

    /// <summary>What a device such as /dev/zero gives: as many bytes as are asked for, for ever.</summary>
    private sealed class EndlessStream : Stream
    {
        public override bool CanRead => true;

        public override bool CanSeek => false;

        public override bool CanWrite => false;

        public override long Length => throw new NotSupportedException();

        public override long Position { get; set; }

        public override int Read(byte[] buffer, int offset, int count)
        {
            Array.Fill(buffer, (byte)'a', offset, count);
            Position += count;
            return count;
        }

        public override void Flush()
        {
        }

        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

        public override void SetLength(long value) => throw new NotSupportedException();

        public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
    }
}
