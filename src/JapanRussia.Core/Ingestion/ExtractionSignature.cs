using System.Security.Cryptography;

namespace JapanRussia.Core.Ingestion;

/// <summary>
/// Identifies what turns documents into events: this assembly's code (deterministic builds give the same module id
/// for the same source) and its embedded reference data. When it changes, unchanged documents are read again.
/// </summary>
public static class ExtractionSignature
{
    public static string Current { get; } = Compute();

    private static string Compute()
    {
        var assembly = typeof(ExtractionSignature).Assembly;
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        hash.AppendData(assembly.ManifestModule.ModuleVersionId.ToByteArray());
        foreach (var name in assembly.GetManifestResourceNames().Order(StringComparer.Ordinal))
        {
            using var stream = assembly.GetManifestResourceStream(name)!;
            using var buffer = new MemoryStream();
            stream.CopyTo(buffer);
            hash.AppendData(buffer.ToArray());
        }

        return Convert.ToHexStringLower(hash.GetHashAndReset());
    }
}
