using Limber.Infrastructure.Media;
using SkiaSharp;

namespace Limber.UnitTests.Infrastructure;

/// <summary>Decoding no larger than needed: the sizes it picks, and that the picture survives it.</summary>
public sealed class ScaledDecoderTests
{
    private static readonly SKColor Teal = new(0x0f, 0x76, 0x6e);

    /// <summary>Teal with a white band over the top sixteenth: a box average that went wrong shows in the colours.</summary>
    private static byte[] Banded(int width, int height, SKEncodedImageFormat format, int quality = 90)
    {
        using var bitmap = new SKBitmap(width, height);
        using (var canvas = new SKCanvas(bitmap))
        {
            canvas.Clear(Teal);
            using var white = new SKPaint { Color = SKColors.White };
            canvas.DrawRect(0, 0, width, height / 16f, white);
        }
        using var data = bitmap.Encode(format, quality);
        return data.ToArray();
    }

    private static SKBitmap Decode(byte[] bytes, float scale)
    {
        var bitmap = ScaledDecoder.Decode(bytes, _ => scale, out var error);
        Assert.Null(error);
        return bitmap!;
    }

    [Fact]
    public void Decode_LargePng_IsDecodedWhole_ForImageStoreToQueue()
    {
        var png = Banded(3000, 2000, SKEncodedImageFormat.Png);
        var pin = System.Runtime.InteropServices.GCHandle.Alloc(png, System.Runtime.InteropServices.GCHandleType.Pinned);
        try
        {
            using var plan = ScaledDecoder.Prepare(png, png.Length, pin.AddrOfPinnedObject(), _ => 0.1f, out var error);

            Assert.Null(error);
            Assert.Equal(new SKSizeI(3000, 2000), plan!.Size); // PNG has no scaled decoding in this Skia
            Assert.True(plan.Pixels > ImageStore.LargeDecodePixels);
        }
        finally
        {
            pin.Free();
        }
    }

    [Fact]
    public void Decode_LargeWebp_IsDecodedJustAboveTheTarget()
    {
        using var bitmap = Decode(Banded(4000, 4000, SKEncodedImageFormat.Webp), 256f / 4000);

        Assert.Equal(500, bitmap.Width); // the first eighth that covers 256
        Assert.Equal(500, bitmap.Height);
        AssertNear(Teal, bitmap.GetPixel(250, 400));
        AssertNear(SKColors.White, bitmap.GetPixel(250, 10));
    }

    [Fact]
    public void Decode_LargeJpeg_UsesTheDecodersOwnEighths()
    {
        using var bitmap = Decode(Banded(4000, 3000, SKEncodedImageFormat.Jpeg), 256f / 3000);

        // 1/8 of 4000 × 3000 is 500 × 375, the first native size covering 341 × 256.
        Assert.Equal(500, bitmap.Width);
        Assert.Equal(375, bitmap.Height);
        AssertNear(Teal, bitmap.GetPixel(250, 300));
    }

    [Fact]
    public void Decode_SmallImage_IsDecodedWholeAndNeverEnlarged()
    {
        using var bitmap = Decode(Banded(900, 600, SKEncodedImageFormat.Png), 2f);

        Assert.Equal(900, bitmap.Width);
        Assert.Equal(600, bitmap.Height);
    }

    [Fact]
    public void Decode_ScaledJpeg_LooksLikeTheFullDecodeResized()
    {
        var jpeg = Banded(4000, 4000, SKEncodedImageFormat.Jpeg, quality: 95);
        using var scaled = Decode(jpeg, 1000f / 4000);
        using var full = SKBitmap.Decode(jpeg);
        using var reference = full.Resize(new SKImageInfo(scaled.Width, scaled.Height), new SKSamplingOptions(SKCubicResampler.Mitchell));

        Assert.Equal(1000, scaled.Width); // 2/8
        long difference = 0;
        var samples = 0;
        for (var y = 0; y < scaled.Height; y += 7)
        {
            for (var x = 0; x < scaled.Width; x += 7, samples++)
            {
                var (a, b) = (scaled.GetPixel(x, y), reference.GetPixel(x, y));
                difference += Math.Abs(a.Red - b.Red) + Math.Abs(a.Green - b.Green) + Math.Abs(a.Blue - b.Blue);
            }
        }
        Assert.True(difference / (double)samples < 3, $"mean difference {difference / (double)samples:F2} per pixel");
    }

    [Fact]
    public void Decode_InterlacedPngOverTheWholeFrameCap_IsRefusedWithItsOwnMessage()
    {
        var png = Banded(8, 8, SKEncodedImageFormat.Png);
        Assert.False(ScaledDecoder.NeedsWholeFrame(png, SKEncodedImageFormat.Png));
        png[28] = 1; // IHDR: Adam7 interlacing

        Assert.True(ScaledDecoder.NeedsWholeFrame(png, SKEncodedImageFormat.Png));
        Assert.True(ScaledDecoder.NeedsWholeFrame([], SKEncodedImageFormat.Gif));
        Assert.False(ScaledDecoder.NeedsWholeFrame(Banded(8, 8, SKEncodedImageFormat.Jpeg), SKEncodedImageFormat.Jpeg));
        byte[] progressive = [0xFF, 0xD8, 0xFF, 0xE0, 0x00, 0x04, 0x00, 0x00, 0xFF, 0xC2, 0x00, 0x0B];
        Assert.True(ScaledDecoder.NeedsWholeFrame(progressive, SKEncodedImageFormat.Jpeg));
    }

    [Fact]
    public void Decode_GifOverTheWholeFrameCap_IsRefused()
    {
        var gif = Convert.FromBase64String("R0lGODlhAQABAIAAAP///wAAACwAAAAAAQABAAACAkQBADs=");
        // GIF's logical screen size is bytes 6-9, little-endian: claim 5000 × 4000 (20 MP, under the 40 MP cap).
        BitConverter.TryWriteBytes(gif.AsSpan(6, 2), (ushort)5000);
        BitConverter.TryWriteBytes(gif.AsSpan(8, 2), (ushort)4000);

        var result = ScaledDecoder.Decode(gif, _ => 0.1f, out var error);

        Assert.Null(result);
        Assert.Equal(ImageStore.Messages.TooManyPixelsForFormat, error);
    }

    private static void AssertNear(SKColor expected, SKColor actual) =>
        Assert.True(Math.Abs(expected.Red - actual.Red) + Math.Abs(expected.Green - actual.Green) + Math.Abs(expected.Blue - actual.Blue) <= 12,
            $"expected about {expected}, got {actual}");
}
