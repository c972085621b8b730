using Microsoft.Extensions.Options;
using SkiaSharp;

namespace Limber.Infrastructure.Media;

/// <summary>
/// Accepts an uploaded image only if its bytes are a PNG, JPEG, WebP or GIF (the file name and the
/// browser's content type are not trusted), it is at most <see cref="MaxBytes"/> and at most
/// <see cref="MaxPixels"/> (read from the header, before decoding, so a decompression bomb never
/// allocates), then re-encodes it as JPEG no wider than <see cref="MaxWidth"/>. Re-encoding drops
/// every metadata block (EXIF, GPS) and any payload hidden after the image.
/// </summary>
public sealed class ImageStore(IOptions<LimberOptions> options)
{
    public const long MaxBytes = 10 * 1024 * 1024;
    public const long MaxPixels = 40_000_000;
    public const int MaxWidth = 1600;

    public static readonly string[] AcceptedFormats = ["PNG", "JPEG", "WebP", "GIF"];

    public static class Messages
    {
        public const string TooLarge = "The image is larger than 10 MB. Please choose a smaller file.";
        public const string NotAnImage = "That file is not a PNG, JPEG, WebP or GIF image.";
        public const string TooManyPixels = "The image has more than 40 megapixels. Please resize it first.";
        public const string Empty = "The file is empty.";
    }

    /// <summary>Validates and stores the image; returns the path under the uploads folder, or an error message.</summary>
    public async Task<ImageResult> SaveAsync(IFormFile file, string folder, CancellationToken cancellationToken)
    {
        if (file.Length == 0)
        {
            return ImageResult.Failed(Messages.Empty);
        }
        if (file.Length > MaxBytes)
        {
            return ImageResult.Failed(Messages.TooLarge);
        }
        var encoded = Process(await ReadAsync(file, cancellationToken), out var error);
        if (encoded is null)
        {
            return ImageResult.Failed(error!);
        }
        var relative = $"{folder}/{Guid.CreateVersion7():N}.jpg";
        var full = Path.Combine(options.Value.UploadsPath, relative);
        Directory.CreateDirectory(Path.GetDirectoryName(full)!);
        await File.WriteAllBytesAsync(full, encoded, cancellationToken);
        return ImageResult.Saved(relative);
    }

    public static async Task<byte[]> ReadAsync(IFormFile file, CancellationToken cancellationToken)
    {
        using var buffer = new MemoryStream((int)file.Length);
        await file.CopyToAsync(buffer, cancellationToken);
        return buffer.ToArray();
    }

    public void Delete(string? relativePath)
    {
        if (string.IsNullOrEmpty(relativePath))
        {
            return;
        }
        var root = Path.GetFullPath(options.Value.UploadsPath);
        var full = Path.GetFullPath(Path.Combine(root, relativePath));
        if (full.StartsWith(root + Path.DirectorySeparatorChar, StringComparison.Ordinal) && File.Exists(full))
        {
            File.Delete(full);
        }
    }

    /// <summary>The checks and the re-encode, without touching the disk.</summary>
    internal static byte[]? Process(byte[] bytes, out string? error)
    {
        using var oriented = Decode(bytes, out error);
        if (oriented is null)
        {
            return null;
        }
        var width = Math.Min(MaxWidth, oriented.Width);
        var height = (int)Math.Round(oriented.Height * (width / (double)oriented.Width));
        return EncodeJpeg(oriented, new SKRect(0, 0, oriented.Width, oriented.Height), width, height);
    }

    /// <summary>
    /// Decodes an accepted image (first frame of an animation), upright; null with a message for the
    /// person when the bytes are not an accepted format or claim too many pixels.
    /// </summary>
    public static SKBitmap? Decode(byte[] bytes, out string? error)
    {
        error = null;
        using var data = SKData.CreateCopy(bytes);
        using var codec = SKCodec.Create(data);
        if (codec is null || codec.EncodedFormat is not (SKEncodedImageFormat.Png or SKEncodedImageFormat.Jpeg
            or SKEncodedImageFormat.Webp or SKEncodedImageFormat.Gif))
        {
            error = Messages.NotAnImage;
            return null;
        }
        // Read from the header: a decompression bomb is refused before a single pixel is allocated.
        if ((long)codec.Info.Width * codec.Info.Height > MaxPixels)
        {
            error = Messages.TooManyPixels;
            return null;
        }
        using var decoded = SKBitmap.Decode(codec);
        if (decoded is null)
        {
            error = Messages.NotAnImage;
            return null;
        }
        return Orient(decoded, codec.EncodedOrigin);
    }

    /// <summary>Draws <paramref name="bitmap"/> (the <paramref name="crop"/> part) at the given size on white and encodes it as JPEG, without metadata.</summary>
    public static byte[] EncodeJpeg(SKBitmap bitmap, SKRect crop, int width, int height)
    {
        using var surface = SKSurface.Create(new SKImageInfo(width, height, SKColorType.Rgba8888, SKAlphaType.Premul));
        surface.Canvas.Clear(SKColors.White); // JPEG has no alpha: transparent areas become white, not black.
        using (var image = SKImage.FromBitmap(bitmap))
        {
            surface.Canvas.DrawImage(image, crop, new SKRect(0, 0, width, height), new SKSamplingOptions(SKCubicResampler.Mitchell));
        }
        using var snapshot = surface.Snapshot();
        using var jpeg = snapshot.Encode(SKEncodedImageFormat.Jpeg, 85);
        return jpeg.ToArray();
    }

    /// <summary>Phones store rotation in EXIF; since re-encoding drops EXIF, apply it to the pixels first.</summary>
    private static SKBitmap Orient(SKBitmap source, SKEncodedOrigin origin)
    {
        // The two transposed origins (LeftTop, RightBottom) are practically never written by cameras.
        if (origin is not (SKEncodedOrigin.TopRight or SKEncodedOrigin.BottomRight or SKEncodedOrigin.BottomLeft
            or SKEncodedOrigin.RightTop or SKEncodedOrigin.LeftBottom))
        {
            return source.Copy();
        }
        var swap = origin is SKEncodedOrigin.RightTop or SKEncodedOrigin.LeftBottom;
        var result = new SKBitmap(swap ? source.Height : source.Width, swap ? source.Width : source.Height);
        using var canvas = new SKCanvas(result);
        var w = result.Width;
        var h = result.Height;
        switch (origin)
        {
            case SKEncodedOrigin.TopRight: canvas.Scale(-1, 1, w / 2f, 0); break;
            case SKEncodedOrigin.BottomRight: canvas.RotateDegrees(180, w / 2f, h / 2f); break;
            case SKEncodedOrigin.BottomLeft: canvas.Scale(1, -1, 0, h / 2f); break;
            case SKEncodedOrigin.RightTop: canvas.Translate(w, 0); canvas.RotateDegrees(90); break;
            case SKEncodedOrigin.LeftBottom: canvas.Translate(0, h); canvas.RotateDegrees(270); break;
        }
        canvas.DrawBitmap(source, 0, 0);
        return result;
    }
}

public sealed record ImageResult(string? Path, string? Error)
{
    public static ImageResult Saved(string path) => new(path, null);

    public static ImageResult Failed(string error) => new(null, error);
}
