using System.Runtime.InteropServices;
using System.Text;

namespace Reports.Core.IO;

/// <summary>What a path names, told apart WITHOUT opening it: opening a FIFO blocks until a writer comes.</summary>
public enum FileType { Missing, Regular, Directory, Other }

/// <summary>
/// .NET has no public file-type query on Unix: <see cref="FileInfo.Attributes"/> says "Normal" and
/// <see cref="FileInfo.Length"/> says 0 for a FIFO or a character device alike. So we ask the runtime's own
/// native shim (libSystem.Native, shipped with every .NET on Unix), whose <c>SystemNative_Stat</c> fills a
/// platform-independent struct: Flags (int32) then Mode (int32), with S_IFMT bits normalised to the usual
/// values on every Unix. Only those two leading fields are read, into a buffer far larger than the struct.
/// Should the shim ever be missing, the type is reported as Regular and the caller's bounded read remains
/// the safety net (it still stops /dev/zero; only a FIFO would then block).
/// </summary>
public static class FileKind
{
    // S_IFMT and the two types we accept; FIFO (0x1000), character (0x2000) and block devices, sockets are "Other".
    private const int TypeMask = 0xF000, Dir = 0x4000, Regular = 0x8000;

    public static FileType Of(string path)
    {
        if (!OperatingSystem.IsWindows())
        {
            try
            {
                var status = new byte[512];
                if (Stat(Encoding.UTF8.GetBytes(path + "\0"), status) != 0)
                    return Directory.Exists(path) ? FileType.Directory : File.Exists(path) ? FileType.Regular : FileType.Missing;
                return (BitConverter.ToInt32(status, 4) & TypeMask) switch
                {
                    Regular => FileType.Regular,
                    Dir => FileType.Directory,
                    _ => FileType.Other, // FIFO, character or block device, socket
                };
            }
            catch (Exception ex) when (ex is DllNotFoundException or EntryPointNotFoundException)
            {
                // Fall through to the portable answer below.
            }
        }
        // Windows: a path cannot name a FIFO or a device node here in the Unix sense.
        return Directory.Exists(path) ? FileType.Directory : File.Exists(path) ? FileType.Regular : FileType.Missing;
    }

    /// <summary>True for a FIFO, a device node or a socket: something that is there but is no ordinary file.</summary>
    public static bool IsSpecial(string path) => Of(path) == FileType.Other;

    // Follows symbolic links (stat, not lstat): a link to an ordinary file is an ordinary file.
    [DllImport("libSystem.Native", EntryPoint = "SystemNative_Stat")]
    private static extern int Stat(byte[] path, byte[] output);
}
