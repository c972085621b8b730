using Limber.Features.Accounts;
using Limber.Infrastructure.Data;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using SkiaSharp;

namespace Limber.Bench;

/// <summary>
/// What bench/images.sh needs: members who can sign in (without the 50,000-member dataset), and a
/// large-but-tiny PNG: many pixels, few bytes, as a decompression-bomb attacker would send.
/// </summary>
public static class ImageUploads
{
    public static async Task<int> SeedMembersAsync(string dataPath, int count)
    {
        var options = new DbContextOptionsBuilder<SqliteAppDbContext>()
            .UseSqlite($"Data Source={Path.Combine(dataPath, "limber.db")};Default Timeout=60").Options;
        await using var db = new SqliteAppDbContext(options);
        var memberRole = await db.Roles.SingleAsync(r => r.Name == Roles.Member);
        var hasher = new PasswordHasher<AppUser>();
        for (var i = 0; i < count; i++)
        {
            var email = $"uploader{i:D2}@bench.limber.example";
            var user = Dataset.Member(email, $"Uploader {i}",
                DateTime.SpecifyKind(DateTime.UnixEpoch, DateTimeKind.Utc).AddSeconds(TimeProvider.System.GetUtcNow().ToUnixTimeSeconds()));
            user.PasswordHash = hasher.HashPassword(user, Dataset.MemberPassword);
            db.Users.Add(user);
            db.UserRoles.Add(new IdentityUserRole<Guid> { UserId = user.Id, RoleId = memberRole.Id });
        }
        await db.SaveChangesAsync();
        Console.WriteLine($"Seeded {count} uploaders.");
        return 0;
    }

    /// <summary>A PNG of <paramref name="width"/> × <paramref name="height"/> in one colour with a few stripes: it compresses to a few hundred kilobytes.</summary>
    public static int WritePng(string path, int width, int height)
    {
        using var bitmap = new SKBitmap(width, height);
        using (var canvas = new SKCanvas(bitmap))
        {
            canvas.Clear(new SKColor(0x0f, 0x76, 0x6e));
            using var paint = new SKPaint { Color = SKColors.White };
            for (var y = 0; y < height; y += height / 8)
            {
                canvas.DrawRect(0, y, width, height / 32f, paint);
            }
        }
        using var data = bitmap.Encode(SKEncodedImageFormat.Png, 100);
        using var file = File.Create(path);
        data.SaveTo(file);
        Console.WriteLine($"Wrote {path}: {width}x{height}, {data.Size / 1024} KB.");
        return 0;
    }
}
