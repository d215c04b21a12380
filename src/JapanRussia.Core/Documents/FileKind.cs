namespace JapanRussia.Core.Documents;

/// <summary>What a directory entry is, as the file system says (not what its name or reported length suggest).</summary>
internal enum FileKind
{
    Missing,
    RegularFile,
    Directory,
    SymbolicLink,
    NamedPipe,
    CharacterDevice,
    BlockDevice,
    Socket,
    Unknown,
}
