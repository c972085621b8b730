using System.Buffers.Binary;
using System.IO.Hashing;
using Limber.Infrastructure.Media;
using SkiaSharp;

namespace Limber.UnitTests.Infrastructure;

public sealed class ImageStoreTests
{
    private static byte[] Encode(int width, int height, SKEncodedImageFormat format)
    {
        using var bitmap = new SKBitmap(width, height);
        bitmap.Erase(SKColors.Teal);
        using var data = bitmap.Encode(format, 90);
        return data.ToArray();
    }

    [Theory]
    [InlineData(SKEncodedImageFormat.Png)]
    [InlineData(SKEncodedImageFormat.Jpeg)]
    [InlineData(SKEncodedImageFormat.Webp)]
    public void Process_AcceptedFormat_BecomesAJpeg(SKEncodedImageFormat format)
    {
        var result = ImageStore.Process(Encode(40, 30, format), out var error);

        Assert.Null(error);
        using var codec = SKCodec.Create(SKData.CreateCopy(result!));
        Assert.Equal(SKEncodedImageFormat.Jpeg, codec.EncodedFormat);
        Assert.Equal(40, codec.Info.Width);
    }

    [Fact]
    public void Process_WideImage_IsScaledDownKeepingItsShape()
    {
        var result = ImageStore.Process(Encode(3200, 1000, SKEncodedImageFormat.Png), out _);

        using var bitmap = SKBitmap.Decode(result);
        Assert.Equal(ImageStore.MaxWidth, bitmap.Width);
        Assert.Equal(500, bitmap.Height);
    }

    [Theory]
    [InlineData("not an image at all")]
    [InlineData("<svg xmlns='http://www.w3.org/2000/svg'></svg>")]
    [InlineData("GIF89a")]
    public void Process_NotAnImage_IsRejected(string content)
    {
        Assert.Null(ImageStore.Process(System.Text.Encoding.UTF8.GetBytes(content), out var error));
        Assert.Equal(ImageStore.Messages.NotAnImage, error);
    }

    [Fact]
    public void Process_DecompressionBomb_IsRejectedFromItsHeader()
    {
        // A tiny PNG whose header claims 20000 x 20000 pixels (400 MP): refused before any decoding.
        var png = Encode(1, 1, SKEncodedImageFormat.Png);
        BinaryPrimitives.WriteInt32BigEndian(png.AsSpan(16), 20_000);
        BinaryPrimitives.WriteInt32BigEndian(png.AsSpan(20), 20_000);
        BinaryPrimitives.WriteUInt32BigEndian(png.AsSpan(29), Crc32.HashToUInt32(png.AsSpan(12, 17)));

        Assert.Null(ImageStore.Process(png, out var error));
        Assert.Equal(ImageStore.Messages.TooManyPixels, error);
    }
}
