using SkiaSharp;

namespace Limber.Infrastructure.Media;

/// <summary>Phones store rotation in EXIF; since re-encoding drops EXIF, it is applied to the pixels first.</summary>
internal static class Orientation
{
    /// <summary>The bitmap turned upright: <paramref name="source"/> itself when it already is, else a new one (and the source is disposed).</summary>
    public static SKBitmap Upright(SKBitmap source, SKEncodedOrigin origin)
    {
        // The two transposed origins (LeftTop, RightBottom) are practically never written by cameras.
        if (origin is not (SKEncodedOrigin.TopRight or SKEncodedOrigin.BottomRight or SKEncodedOrigin.BottomLeft
            or SKEncodedOrigin.RightTop or SKEncodedOrigin.LeftBottom))
        {
            return source;
        }
        var swap = origin is SKEncodedOrigin.RightTop or SKEncodedOrigin.LeftBottom;
        var result = new SKBitmap(swap ? source.Height : source.Width, swap ? source.Width : source.Height);
        using (var canvas = new SKCanvas(result))
        {
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
        }
        source.Dispose();
        return result;
    }
}
