using System.Buffers;
using System.Buffers.Binary;
using System.Runtime.InteropServices;
using SkiaSharp;

namespace Limber.Infrastructure.Media;

/// <summary>
/// Decodes an accepted image no larger than it needs to be, and says beforehand how large that is
/// (<see cref="Plan.Pixels"/>), so the caller can queue the big ones.
/// <list type="bullet">
/// <item>JPEG and WebP scale while decoding (libjpeg in eighths, libwebp freely): they are decoded at
/// the smallest native size that still covers the target. A 6000 × 4000 photo for a 256-pixel
/// avatar becomes a 750 × 500 bitmap (1.5 MB) instead of 96 MB.</item>
/// <item>PNG cannot: this build of Skia has no scanline or sampled decoding for it, so a PNG is
/// decoded whole (at most <see cref="ImageStore.MaxPixels"/>); <see cref="ImageStore"/> runs those
/// decodes one at a time.</item>
/// <item>What holds the whole frame inside the codec and can be smuggled in small (GIF, interlaced
/// PNG, progressive JPEG, whose coefficients are buffered) is accepted only up to
/// <see cref="MaxWholeFramePixels"/>.</item>
/// </list>
/// </summary>
public static class ScaledDecoder
{
    /// <summary>16 MP (64 MB of pixels): the most accepted from a format whose decoder holds the whole frame whatever size we ask for.</summary>
    public const long MaxWholeFramePixels = 16_000_000;


    /// <summary>
    /// Decodes <paramref name="bytes"/>, upright, at a size of at least <c>scaleFor(upright size)</c> of the original
    /// in both directions (never enlarged); null with a message for the person when it is refused.
    /// </summary>
    public static SKBitmap? Decode(ReadOnlySpan<byte> bytes, Func<SKSizeI, float> scaleFor, out string? error)
    {
        var copy = ArrayPool<byte>.Shared.Rent(bytes.Length);
        var pin = GCHandle.Alloc(copy, GCHandleType.Pinned);
        try
        {
            bytes.CopyTo(copy);
            using var plan = Prepare(copy, bytes.Length, pin.AddrOfPinnedObject(), scaleFor, out error);
            return plan?.Decode(out error);
        }
        finally
        {
            pin.Free();
            ArrayPool<byte>.Shared.Return(copy);
        }
    }

    /// <summary>
    /// Reads the header of the bytes at <paramref name="address"/> (an array the caller keeps pinned
    /// until the plan is disposed): refuses what is not an accepted image or claims too many pixels,
    /// and picks the size to decode at.
    /// </summary>
    public static Plan? Prepare(byte[] pinned, int length, IntPtr address, Func<SKSizeI, float> scaleFor, out string? error)
    {
        error = null;
        var data = SKData.Create(address, length);
        var codec = data is null ? null : SKCodec.Create(data);
        if (codec is null || codec.EncodedFormat is not (SKEncodedImageFormat.Png or SKEncodedImageFormat.Jpeg
            or SKEncodedImageFormat.Webp or SKEncodedImageFormat.Gif))
        {
            codec?.Dispose();
            data?.Dispose();
            error = ImageStore.Messages.NotAnImage;
            return null;
        }
        // Read from the header: a decompression bomb is refused before a single pixel is allocated.
        var pixels = (long)codec.Info.Width * codec.Info.Height;
        if (pixels > ImageStore.MaxPixels || (NeedsWholeFrame(pinned.AsSpan(0, length), codec.EncodedFormat) && pixels > MaxWholeFramePixels))
        {
            error = pixels > ImageStore.MaxPixels ? ImageStore.Messages.TooManyPixels : ImageStore.Messages.TooManyPixelsForFormat;
            codec.Dispose();
            data!.Dispose();
            return null;
        }
        var upright = IsTransposed(codec.EncodedOrigin) ? new SKSizeI(codec.Info.Height, codec.Info.Width) : new SKSizeI(codec.Info.Width, codec.Info.Height);
        var scale = Math.Clamp(scaleFor(upright), 0f, 1f);
        var target = new SKSizeI(Math.Max(1, (int)Math.Ceiling(codec.Info.Width * scale)), Math.Max(1, (int)Math.Ceiling(codec.Info.Height * scale)));
        return new Plan(data!, codec, NativeSizeCovering(codec, target));
    }

    /// <summary>A decode about to happen: its size is known, its pixels not yet allocated.</summary>
    public sealed class Plan(SKData data, SKCodec codec, SKSizeI size) : IDisposable
    {
        public SKSizeI Size => size;

        /// <summary>What the decode will allocate, in pixels (four bytes each).</summary>
        public long Pixels => (long)size.Width * size.Height;

        public SKBitmap? Decode(out string? error)
        {
            var decoded = DecodeWhole(codec, new SKImageInfo(size.Width, size.Height, SKColorType.Rgba8888, SKAlphaType.Premul));
            error = decoded is null ? ImageStore.Messages.NotAnImage : null;
            return decoded is null ? null : Orientation.Upright(decoded, codec.EncodedOrigin);
        }

        public void Dispose()
        {
            codec.Dispose();
            data.Dispose();
        }
    }

    /// <summary>The smallest size the decoder can produce natively that still covers <paramref name="target"/> (JPEG: eighths; WebP: any; PNG, GIF: only the full size).</summary>
    private static SKSizeI NativeSizeCovering(SKCodec codec, SKSizeI target)
    {
        for (var eighths = 1; eighths < 8; eighths++)
        {
            var size = codec.GetScaledDimensions(eighths / 8f);
            if (size.Width >= target.Width && size.Height >= target.Height && size.Width < codec.Info.Width)
            {
                return size;
            }
        }
        return codec.Info.Size;
    }

    private static SKBitmap? DecodeWhole(SKCodec codec, SKImageInfo info)
    {
        var bitmap = new SKBitmap(info);
        if (codec.GetPixels(info, bitmap.GetPixels()) is SKCodecResult.Success or SKCodecResult.IncompleteInput)
        {
            return bitmap;
        }
        bitmap.Dispose();
        return null;
    }

    /// <summary>The origins <see cref="Orientation.Upright"/> turns by a quarter (so width and height swap).</summary>
    private static bool IsTransposed(SKEncodedOrigin origin) => origin is SKEncodedOrigin.RightTop or SKEncodedOrigin.LeftBottom;

    /// <summary>
    /// Whether the codec holds the whole frame whatever size we ask for: GIF, interlaced PNG (IHDR's
    /// interlace byte), progressive JPEG (a SOF2/6/10/14 frame marker, whose coefficients are buffered).
    /// </summary>
    internal static bool NeedsWholeFrame(ReadOnlySpan<byte> bytes, SKEncodedImageFormat format) => format switch
    {
        SKEncodedImageFormat.Gif => true,
        SKEncodedImageFormat.Png => bytes.Length > 28 && bytes[28] != 0,
        SKEncodedImageFormat.Jpeg => IsProgressiveJpeg(bytes),
        _ => false,
    };

    private static bool IsProgressiveJpeg(ReadOnlySpan<byte> bytes)
    {
        var at = 2;
        while (at + 4 <= bytes.Length && bytes[at] == 0xFF)
        {
            var marker = bytes[at + 1];
            if (marker is 0xC2 or 0xC6 or 0xCA or 0xCE)
            {
                return true;
            }
            if (marker is >= 0xC0 and <= 0xCF and not (0xC4 or 0xC8 or 0xCC) || marker == 0xDA)
            {
                return false; // a sequential frame, or the scan itself: not progressive
            }
            at += 2 + BinaryPrimitives.ReadUInt16BigEndian(bytes[(at + 2)..]);
        }
        return false;
    }
}
