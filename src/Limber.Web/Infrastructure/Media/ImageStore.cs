using System.Buffers;
using System.Runtime.InteropServices;
using Microsoft.Extensions.Options;
using SkiaSharp;

namespace Limber.Infrastructure.Media;

/// <summary>
/// Accepts an uploaded image only if its bytes are a PNG, JPEG, WebP or GIF (the file name and the
/// browser's content type are not trusted), it is at most <see cref="MaxBytes"/> and at most
/// <see cref="MaxPixels"/> (read from the header, before decoding, so a decompression bomb never
/// allocates), then re-encodes it as JPEG within <see cref="MaxWidth"/> × <see cref="MaxHeight"/>.
/// Re-encoding drops every metadata block (EXIF, GPS) and any payload hidden after the image.
/// <para>
/// Memory is bounded four ways: the upload is read into a pooled buffer of its own (capped) length;
/// it is decoded no larger than its format allows for the size it will be stored at
/// (<see cref="ScaledDecoder"/>); at most one image per processor is being read, decoded and encoded
/// at a time; and of those, one decode of more than <see cref="LargeDecodePixels"/> (a big PNG
/// cannot be decoded smaller) at a time. A burst of uploads costs time, not memory: 16 PNGs of
/// 6300 × 6300 at once took the server to 6 GB before, and now wait in line.
/// </para>
/// </summary>
public sealed class ImageStore(IOptions<LimberOptions> options) : IDisposable
{
    public const long MaxBytes = 10 * 1024 * 1024;
    public const long MaxPixels = 40_000_000;
    public const int MaxWidth = 1600;

    /// <summary>Three widths: a tall infographic stays readable without its decode becoming a bitmap of 40 MP.</summary>
    public const int MaxHeight = 3 * MaxWidth;

    public static readonly string[] AcceptedFormats = ["PNG", "JPEG", "WebP", "GIF"];

    /// <summary>A decode of more than this (4 MP, 16 MB) is a large one: those run one at a time.</summary>
    public const long LargeDecodePixels = 4_000_000;

    private readonly SemaphoreSlim _gate = new(Environment.ProcessorCount);
    private readonly SemaphoreSlim _large = new(1);

    public static class Messages
    {
        public const string TooLarge = "The image is larger than 10 MB. Please choose a smaller file.";
        public const string NotAnImage = "That file is not a PNG, JPEG, WebP or GIF image.";
        public const string TooManyPixels = "The image has more than 40 megapixels. Please resize it first.";
        public const string Empty = "The file is empty.";
        public const string TooManyPixelsForFormat = "The image is too large to resize in this format (GIF, interlaced PNG or progressive JPEG are decoded whole). Please resize it to at most 16 megapixels, or save it as an ordinary JPEG or PNG.";
    }

    /// <summary>Validates and stores the image; returns the path under the uploads folder, or an error message.</summary>
    public async Task<ImageResult> SaveAsync(IFormFile file, string folder, CancellationToken cancellationToken)
    {
        var (encoded, error) = await TransformAsync(file, MaxBytes, Messages.TooLarge, ScaleToStore, EncodeToStore, cancellationToken);
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

    /// <summary>
    /// Reads <paramref name="file"/> (refused when empty or over <paramref name="maxBytes"/>, before a
    /// byte is read), decodes it upright at <c>scaleFor(upright size)</c> or a little more, and returns
    /// what <paramref name="use"/> makes of the bitmap; or the message for the person. At most one
    /// call per processor runs at a time.
    /// </summary>
    public async Task<(T? Value, string? Error)> TransformAsync<T>(IFormFile file, long maxBytes, string tooLarge,
        Func<SKSizeI, float> scaleFor, Func<SKBitmap, T> use, CancellationToken cancellationToken) where T : class
    {
        if (file.Length == 0)
        {
            return (null, Messages.Empty);
        }
        if (file.Length > maxBytes)
        {
            return (null, tooLarge);
        }
        await _gate.WaitAsync(cancellationToken);
        var length = (int)file.Length;
        var buffer = ArrayPool<byte>.Shared.Rent(length);
        try
        {
            await using (var stream = file.OpenReadStream())
            {
                length = await stream.ReadAtLeastAsync(buffer.AsMemory(0, length), length, throwOnEndOfStream: false, cancellationToken);
            }
            return await DecodePinnedAsync(buffer, length, scaleFor, use, cancellationToken);
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(buffer);
            _gate.Release();
        }
    }

    private async Task<(T? Value, string? Error)> DecodePinnedAsync<T>(byte[] buffer, int length, Func<SKSizeI, float> scaleFor,
        Func<SKBitmap, T> use, CancellationToken cancellationToken) where T : class
    {
        var pin = GCHandle.Alloc(buffer, GCHandleType.Pinned);
        var large = false;
        try
        {
            using var plan = ScaledDecoder.Prepare(buffer, length, pin.AddrOfPinnedObject(), scaleFor, out var error);
            if (plan is null)
            {
                return (null, error);
            }
            if (plan.Pixels > LargeDecodePixels)
            {
                await _large.WaitAsync(cancellationToken);
                large = true;
            }
            using var bitmap = plan.Decode(out error);
            return bitmap is null ? (null, error) : (use(bitmap), null);
        }
        finally
        {
            if (large)
            {
                _large.Release();
            }
            pin.Free();
        }
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

    public void Dispose()
    {
        _gate.Dispose();
        _large.Dispose();
    }

    /// <summary>The checks and the re-encode, without touching the disk.</summary>
    internal static byte[]? Process(byte[] bytes, out string? error)
    {
        using var bitmap = ScaledDecoder.Decode(bytes, ScaleToStore, out error);
        return bitmap is null ? null : EncodeToStore(bitmap);
    }

    /// <summary>What a stored image needs of the original: within MaxWidth × MaxHeight, never enlarged.</summary>
    private static float ScaleToStore(SKSizeI upright) =>
        Math.Min(1f, Math.Min(MaxWidth / (float)upright.Width, MaxHeight / (float)upright.Height));

    private static byte[] EncodeToStore(SKBitmap bitmap)
    {
        var scale = Math.Min(1d, Math.Min(MaxWidth / (double)bitmap.Width, MaxHeight / (double)bitmap.Height));
        var width = Math.Max(1, (int)Math.Round(bitmap.Width * scale));
        var height = Math.Max(1, (int)Math.Round(bitmap.Height * scale));
        return EncodeJpeg(bitmap, new SKRect(0, 0, bitmap.Width, bitmap.Height), width, height);
    }

    /// <summary>Draws <paramref name="bitmap"/> (the <paramref name="crop"/> part) at the given size on white and encodes it as JPEG, without metadata.</summary>
    public static byte[] EncodeJpeg(SKBitmap bitmap, SKRect crop, int width, int height)
    {
        using var surface = SKSurface.Create(new SKImageInfo(width, height, SKColorType.Rgba8888, SKAlphaType.Premul));
        surface.Canvas.Clear(SKColors.White); // JPEG has no alpha: transparent areas become white, not black.
        bitmap.SetImmutable(); // so the image shares its pixels instead of copying them
        using (var image = SKImage.FromBitmap(bitmap))
        {
            surface.Canvas.DrawImage(image, crop, new SKRect(0, 0, width, height), new SKSamplingOptions(SKCubicResampler.Mitchell));
        }
        using var snapshot = surface.Snapshot();
        using var jpeg = snapshot.Encode(SKEncodedImageFormat.Jpeg, 85);
        return jpeg.ToArray();
    }
}

public sealed record ImageResult(string? Path, string? Error)
{
    public static ImageResult Saved(string path) => new(path, null);

    public static ImageResult Failed(string error) => new(null, error);
}
