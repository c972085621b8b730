using SkiaSharp;

namespace Limber.Infrastructure.Data.Seed;

/// <summary>
/// Featured images for the demo articles, drawn rather than shipped: a soft gradient with a few
/// shapes in the site's palette, different for each article. Real sites upload photos.
/// </summary>
public static class DemoImages
{
    private static readonly (SKColor From, SKColor To)[] Palettes =
    [
        (new SKColor(0x0f, 0x76, 0x6e), new SKColor(0x86, 0xef, 0xac)),
        (new SKColor(0x1e, 0x3a, 0x8a), new SKColor(0x5e, 0xea, 0xd4)),
        (new SKColor(0x9a, 0x34, 0x12), new SKColor(0xfd, 0xe6, 0x8a)),
        (new SKColor(0x13, 0x4e, 0x4a), new SKColor(0xa5, 0xf3, 0xfc)),
        (new SKColor(0x7c, 0x2d, 0x12), new SKColor(0xfb, 0xcf, 0xe8)),
        (new SKColor(0x36, 0x53, 0x14), new SKColor(0xd9, 0xf9, 0x9d)),
        (new SKColor(0x4c, 0x1d, 0x95), new SKColor(0x99, 0xf6, 0xe4)),
    ];

    /// <summary>Draws the image for <paramref name="slug"/> into the uploads folder and returns its relative path.</summary>
    public static string Write(string uploadsPath, string slug, int index)
    {
        const int width = 1600;
        const int height = 900;
        var (from, to) = Palettes[index % Palettes.Length];
        var random = new Random(index * 7919 + slug.Length);
        using var surface = SKSurface.Create(new SKImageInfo(width, height));
        var canvas = surface.Canvas;
        using (var background = new SKPaint())
        {
            background.Shader = SKShader.CreateLinearGradient(new SKPoint(0, 0), new SKPoint(width, height), [from, to], SKShaderTileMode.Clamp);
            canvas.DrawRect(0, 0, width, height, background);
        }
        using var shape = new SKPaint { IsAntialias = true };
        for (var i = 0; i < 6; i++)
        {
            shape.Color = SKColors.White.WithAlpha((byte)random.Next(18, 60));
            canvas.DrawCircle(random.Next(0, width), random.Next(0, height), random.Next(120, 420), shape);
        }
        // A gentle curve, like a spine in profile.
        using var line = new SKPaint { IsAntialias = true, Style = SKPaintStyle.Stroke, StrokeWidth = 28, StrokeCap = SKStrokeCap.Round, Color = SKColors.White.WithAlpha(150) };
        using var path = new SKPath();
        path.MoveTo(width * 0.62f, height * 0.18f);
        path.CubicTo(width * 0.52f, height * 0.38f, width * 0.72f, height * 0.58f, width * 0.60f, height * 0.82f);
        canvas.DrawPath(path, line);

        var relative = $"images/demo-{slug}.jpg";
        var full = Path.Combine(uploadsPath, relative);
        Directory.CreateDirectory(Path.GetDirectoryName(full)!);
        using var image = surface.Snapshot();
        using var data = image.Encode(SKEncodedImageFormat.Jpeg, 82);
        using var file = File.Create(full);
        data.SaveTo(file);
        return relative;
    }
}
