using System.Security.Cryptography;

namespace Reports.Pipeline.Output;

/// <summary>SHA-256 as lowercase hex: the form the manifest stores, so comparisons are plain string equality.</summary>
internal static class ContentHash
{
    public static string Of(ReadOnlySpan<byte> bytes) => Convert.ToHexStringLower(SHA256.HashData(bytes));

    /// <summary>Hashes a file without loading it whole; sharing stays open because a word processor may hold it.</summary>
    public static string OfFile(string path)
    {
        using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete);
        return Convert.ToHexStringLower(SHA256.HashData(stream));
    }

    public static bool IsWellFormed(string text) =>
        text.Length == 64 && text.All(c => c is >= '0' and <= '9' or >= 'a' and <= 'f');
}
