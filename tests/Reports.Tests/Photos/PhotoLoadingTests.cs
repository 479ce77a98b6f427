using Reports.Core;
using Reports.Core.Diagnostics;
using Reports.Core.Imaging;
using Reports.Core.Model;
using Xunit;

namespace Reports.Tests.Photos;

/// <summary>tin_bai.anh: each photo is read once at load, judged by its bytes, and every problem is located at its tep.</summary>
public sealed class PhotoLoadingTests
{
    private static readonly string Jpeg = Path.Combine(TestPaths.Fixtures, "anh", "hoi-nghi-1.jpg");
    private static readonly string Png = Path.Combine(TestPaths.Fixtures, "anh", "hoi-nghi-2.png");

    [Fact]
    public void The_header_gives_format_and_pixel_size_whatever_the_name()
    {
        Assert.Equal((PhotoFormat.Jpeg, 640, 400), ImageHeader.Read(File.ReadAllBytes(Jpeg)));
        Assert.Equal((PhotoFormat.Png, 480, 320), ImageHeader.Read(File.ReadAllBytes(Png)));
        Assert.Null(ImageHeader.Read("Không phải ảnh"u8));
        Assert.Null(ImageHeader.Read([]));
        // A JPEG cut off before its frame header, and one whose segment length runs past the end.
        Assert.Null(ImageHeader.Read(File.ReadAllBytes(Jpeg)[..20]));
        Assert.Null(ImageHeader.Read([0xFF, 0xD8, 0xFF, 0xE0, 0xFF, 0xFF, 0x00]));
    }

    [Fact]
    public void The_fixture_loads_both_photos_with_their_captions_in_order()
    {
        var photos = Compose.Composed.Data("huyen-uy-dan-phuong-q1-2024-anh.yaml").Article!.Photos;
        Assert.Equal(2, photos.Count);
        Assert.Equal((PhotoFormat.Jpeg, 640, 400, "anh/hoi-nghi-1.jpg"), (photos[0].File.Format, photos[0].File.WidthPx, photos[0].File.HeightPx, photos[0].File.Source));
        Assert.Equal(File.ReadAllBytes(Png), photos[1].File.Bytes);
        Assert.StartsWith("Các đại biểu biểu quyết", photos[1].Caption, StringComparison.Ordinal);
    }

    [Fact]
    public void A_png_named_jpg_is_a_png_and_a_text_named_jpg_is_refused_at_its_line()
    {
        using var temp = new TempFolder();
        File.Copy(Png, Path.Combine(temp.Path, "that-ra-la-png.jpg"));
        File.WriteAllText(Path.Combine(temp.Path, "chu.jpg"), "chỉ là chữ");
        var result = Load(temp, "that-ra-la-png.jpg", "chu.jpg");

        var error = Assert.Single(result.Diagnostics);
        Assert.Equal((MessageId.PhotoNotImage, PhotoLine + 2, 12), (error.Id, error.Location.Line, error.Location.Column));
        Assert.Equal("tin_bai.anh[1].tep", error.KeyPath);
        Assert.Contains("chu.jpg", error.Message(Language.Vietnamese), StringComparison.Ordinal);
        Assert.Contains("not a JPEG or PNG", error.Message(Language.English), StringComparison.Ordinal);
    }

    [Fact]
    public void A_photo_over_10_MiB_is_refused_with_its_size_and_the_limit()
    {
        using var temp = new TempFolder();
        var big = Path.Combine(temp.Path, "lon.jpg");
        using (var stream = File.Create(big))
        {
            stream.Write(File.ReadAllBytes(Jpeg));
            stream.SetLength(PhotoFileReader.MaxBytes + 1);
        }
        var error = Assert.Single(Load(temp, "lon.jpg").Diagnostics);
        Assert.Equal(MessageId.PhotoTooLarge, error.Id);
        Assert.Contains("(11 MiB); giới hạn là 10 MiB", error.Message(Language.Vietnamese), StringComparison.Ordinal);
    }

    [Fact]
    public void A_folder_a_missing_file_and_an_absurd_size_are_each_located()
    {
        using var temp = new TempFolder();
        Directory.CreateDirectory(Path.Combine(temp.Path, "thu-muc.jpg"));
        // A PNG header claiming 30.000 × 20 pixels, with nothing after it: the header alone decides.
        byte[] header = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 13, (byte)'I', (byte)'H', (byte)'D', (byte)'R', 0, 0, 0x75, 0x30, 0, 0, 0, 20];
        File.WriteAllBytes(Path.Combine(temp.Path, "rong.png"), header);
        var result = Load(temp, "thu-muc.jpg", "khong-co.png", "rong.png");

        Assert.Equal(
            [(MessageId.PhotoNotRegular, PhotoLine), (MessageId.PhotoNotFound, PhotoLine + 2), (MessageId.PhotoBadSize, PhotoLine + 4)],
            result.Diagnostics.Select(d => (d.Id, d.Location.Line)));
        Assert.Contains("30.000 x 20", result.Diagnostics[2].Message(Language.Vietnamese), StringComparison.Ordinal);
        Assert.False(result.Succeeded);
    }

    [Fact]
    public void A_device_and_a_path_with_a_nul_character_are_reported_not_thrown()
    {
        if (OperatingSystem.IsWindows()) return; // no /dev/zero there; the path check below is the same everywhere
        using var temp = new TempFolder();
        var result = Load(temp, "/dev/zero", "\"anh\\x00.jpg\"");
        // The NUL is refused as a character of the value, and the path it spoils cannot be read either.
        Assert.Equal([MessageId.PhotoNotRegular, MessageId.PhotoUnreadable, MessageId.InvalidCharacter], result.Diagnostics.Select(d => d.Id));
    }

    /// <summary>The line of the first "tep:" in the file <see cref="Load"/> writes.</summary>
    private const int PhotoLine = 34;

    /// <summary>The minimal file with a meeting and these photos, written into <paramref name="temp"/> beside them.</summary>
    private static LoadResult Load(TempFolder temp, params string[] photos)
    {
        var lines = File.ReadAllLines(TestPaths.Minimal).ToList();
        lines.AddRange(["hoi_nghi:", "  ten: Hội nghị Ban Chấp hành Đảng bộ xã", "  ngay: 2025-10-06", "tin_bai:", "  anh:"]);
        Assert.Equal(PhotoLine - 1, lines.Count);
        foreach (var photo in photos) lines.AddRange([$"    - tep: {photo}", "      chu_thich: Ảnh hội nghị"]);
        var file = Path.Combine(temp.Path, "du-lieu.yaml");
        File.WriteAllLines(file, lines);
        return DataFileLoader.LoadFile(file);
    }
}
