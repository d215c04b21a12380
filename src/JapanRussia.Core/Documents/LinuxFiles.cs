using System.Runtime.InteropServices;
using Microsoft.Win32.SafeHandles;

namespace JapanRussia.Core.Documents;

/// <summary>
/// The two Linux calls .NET does not offer: the type of a file (statx, whose layout is the same on every Linux
/// architecture) and an open that cannot block (a named pipe with no writer blocks a plain open for ever).
/// </summary>
internal static partial class LinuxFiles
{
    private const int CurrentDirectory = -100;
    private const int NoFollow = 0x100;
    private const int EmptyPath = 0x1000;
    private const uint TypeAndInode = 0x1 | 0x100;
    private const int ReadOnlyNonBlocking = 0x800;
    private const int CloseOnExec = 0x80000;
    private const int NoSuchFile = 2;

    /// <summary>The kind of the entry itself: a link is reported as a link, not followed.</summary>
    public static (FileKind Kind, ulong Inode) Status(string path)
    {
        var status = default(StatxBuffer);
        if (Statx(CurrentDirectory, path, NoFollow, TypeAndInode, ref status) != 0)
        {
            var error = Marshal.GetLastPInvokeError();
            return error == NoSuchFile ? (FileKind.Missing, 0UL) : throw new IOException(Marshal.GetPInvokeErrorMessage(error));
        }

        return (KindOf(status.Mode), status.Inode);
    }

    /// <summary>The kind of an open file.</summary>
    public static (FileKind Kind, ulong Inode) Status(SafeFileHandle handle)
    {
        var status = default(StatxBuffer);
        var added = false;
        handle.DangerousAddRef(ref added);
        try
        {
            if (Statx((int)handle.DangerousGetHandle(), string.Empty, EmptyPath, TypeAndInode, ref status) != 0)
            {
                throw new IOException(Marshal.GetPInvokeErrorMessage(Marshal.GetLastPInvokeError()));
            }
        }
        finally
        {
            if (added)
            {
                handle.DangerousRelease();
            }
        }

        return (KindOf(status.Mode), status.Inode);
    }

    /// <summary>Opens for reading without waiting: a pipe opens at once (and is then refused by its kind).</summary>
    public static SafeFileHandle OpenForReading(string path)
    {
        var descriptor = Open(path, ReadOnlyNonBlocking | CloseOnExec);
        if (descriptor < 0)
        {
            var error = Marshal.GetLastPInvokeError();
            var message = Marshal.GetPInvokeErrorMessage(error);
            throw error == NoSuchFile ? new FileNotFoundException(message, path) : new IOException(message);
        }

        return new SafeFileHandle(descriptor, ownsHandle: true);
    }

    private static FileKind KindOf(ushort mode) => (mode & 0xF000) switch
    {
        0x8000 => FileKind.RegularFile,
        0x4000 => FileKind.Directory,
        0xA000 => FileKind.SymbolicLink,
        0x1000 => FileKind.NamedPipe,
        0x2000 => FileKind.CharacterDevice,
        0x6000 => FileKind.BlockDevice,
        0xC000 => FileKind.Socket,
        _ => FileKind.Unknown,
    };

    [LibraryImport("libc", EntryPoint = "statx", SetLastError = true, StringMarshalling = StringMarshalling.Utf8)]
    private static partial int Statx(int directory, string path, int flags, uint mask, ref StatxBuffer status);

    [LibraryImport("libc", EntryPoint = "open", SetLastError = true, StringMarshalling = StringMarshalling.Utf8)]
    private static partial int Open(string path, int flags);

    /// <summary>struct statx: the mode at byte 28 and the inode at 32 of 256.</summary>
    [StructLayout(LayoutKind.Explicit, Size = 256)]
    private struct StatxBuffer
    {
        [FieldOffset(28)]
        public ushort Mode;

        [FieldOffset(32)]
        public ulong Inode;
    }
}
