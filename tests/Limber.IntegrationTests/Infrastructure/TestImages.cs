using System.Buffers.Binary;
using System.IO.Hashing;
using SkiaSharp;

namespace Limber.IntegrationTests.Infrastructure;

public static class TestImages
{
    public static byte[] Png(int width, int height) => Encode(width, height, SKEncodedImageFormat.Png);

    public static byte[] Encode(int width, int height, SKEncodedImageFormat format)
    {
        using var bitmap = new SKBitmap(width, height);
        bitmap.Erase(new SKColor(0x0f, 0x76, 0x6e));
        using var data = bitmap.Encode(format, 90);
        return data.ToArray();
    }

    /// <summary>A JPEG with an EXIF block (APP1) carrying <paramref name="marker"/>, as a phone photo carries its GPS position.</summary>
    public static byte[] JpegWithExif(int width, int height, string marker)
    {
        var jpeg = Encode(width, height, SKEncodedImageFormat.Jpeg);
        var payload = "Exif\0\0MM\0*\0\0\0\u0008\0\0\0\0\0\0"u8.ToArray().Concat(System.Text.Encoding.ASCII.GetBytes(marker)).ToArray();
        var segment = new byte[4 + payload.Length];
        segment[0] = 0xFF;
        segment[1] = 0xE1;
        BinaryPrimitives.WriteUInt16BigEndian(segment.AsSpan(2), (ushort)(payload.Length + 2));
        payload.CopyTo(segment, 4);
        return [.. jpeg[..2], .. segment, .. jpeg[2..]];
    }

    /// <summary>A tiny PNG whose header claims <paramref name="width"/> × <paramref name="height"/> pixels (a decompression bomb's calling card).</summary>
    public static byte[] PngClaiming(int width, int height)
    {
        var png = Png(1, 1);
        BinaryPrimitives.WriteInt32BigEndian(png.AsSpan(16), width);
        BinaryPrimitives.WriteInt32BigEndian(png.AsSpan(20), height);
        BinaryPrimitives.WriteUInt32BigEndian(png.AsSpan(29), Crc32.HashToUInt32(png.AsSpan(12, 17)));
        return png;
    }
}

public static class TestVideos
{
    /// <summary>Bytes that pass the upload's MP4 sniffing, each position telling which it is.</summary>
    public static byte[] Mp4(int size)
    {
        var bytes = new byte[size];
        new byte[] { 0, 0, 0, 0x18 }.CopyTo(bytes, 0);
        "ftypisom"u8.ToArray().CopyTo(bytes, 4);
        for (var i = 12; i < size; i++)
        {
            bytes[i] = (byte)(i % 251);
        }
        return bytes;
    }
}
