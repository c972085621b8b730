using System.Globalization;
using System.Net;
using System.Text;
using Limber.Infrastructure;
using Limber.Infrastructure.Media;
using Microsoft.Extensions.Options;
using SkiaSharp;

namespace Limber.Features.Accounts;

/// <summary>
/// Profile pictures: checked and decoded like every upload (<see cref="ImageStore.TransformAsync"/>), cropped to a
/// centred square and stored at 256 and 64 pixels under <c>uploads/avatars/</c>, with a new key (and
/// so a new URL) each time. Members without one get an SVG drawn here, never fetched from elsewhere.
/// </summary>
public sealed class AvatarStore(IOptions<LimberOptions> options, ImageStore images)
{
    public const long MaxBytes = 5 * 1024 * 1024;
    public static readonly int[] Sizes = [256, 64];

    public static class Messages
    {
        public const string TooLarge = "The picture is larger than 5 MB. Please choose a smaller file.";
    }

    /// <summary>Stores a new picture; returns its key, or an error message for the member.</summary>
    public async Task<(string? Key, string? Error)> SaveAsync(Guid userId, IFormFile file, CancellationToken cancellationToken)
    {
        // Decoded no larger than the biggest size kept: the square's side becomes Sizes[0] or a little more.
        var (pictures, error) = await images.TransformAsync(file, MaxBytes, Messages.TooLarge,
            upright => Sizes[0] / (float)Math.Min(upright.Width, upright.Height), EncodeSizes, cancellationToken);
        if (pictures is null)
        {
            return (null, error);
        }
        var key = Guid.NewGuid().ToString("N")[..12];
        var folder = Path.Combine(options.Value.UploadsPath, "avatars");
        Directory.CreateDirectory(folder);
        for (var i = 0; i < Sizes.Length; i++)
        {
            await File.WriteAllBytesAsync(Path.Combine(folder, FileName(userId, key, Sizes[i])), pictures[i], cancellationToken);
        }
        return (key, null);
    }

    /// <summary>The centred square, at each of <see cref="Sizes"/>.</summary>
    private static byte[][] EncodeSizes(SKBitmap bitmap)
    {
        var side = Math.Min(bitmap.Width, bitmap.Height);
        var crop = SKRect.Create((bitmap.Width - side) / 2f, (bitmap.Height - side) / 2f, side, side);
        return [.. Sizes.Select(size => ImageStore.EncodeJpeg(bitmap, crop, size, size))];
    }

    public void Delete(Guid userId, string? key)
    {
        if (key is null)
        {
            return;
        }
        foreach (var size in Sizes)
        {
            File.Delete(Path.Combine(options.Value.UploadsPath, "avatars", FileName(userId, key, size)));
        }
    }

    public static string Url(Guid userId, string key, int size) => $"/uploads/avatars/{FileName(userId, key, size <= 64 ? 64 : 256)}";

    private static string FileName(Guid userId, string key, int size) => $"{userId:N}-{key}-{size}.jpg";
}

/// <summary>What a page needs to draw someone's avatar, already decided for privacy.</summary>
public sealed record AvatarView(Guid Id, string Name, string? PictureKey, bool IsPrivate)
{
    /// <summary>How the member appears to others: "Private" and a neutral avatar when they keep their name private.</summary>
    public static AvatarView Public(AppUser user) =>
        user.ShowNamePublicly ? new(user.Id, user.DisplayName, user.AvatarKey, false) : new(user.Id, AppUser.PrivateName, null, true);

    /// <summary>How members see themselves.</summary>
    public static AvatarView Own(AppUser user) => new(user.Id, user.DisplayName, user.AvatarKey, false);

    public string AltText => IsPrivate ? "private avatar image" : $"{Name}'s avatar";

    /// <summary>Up to two initials, or nothing for private members.</summary>
    public string Initials => IsPrivate ? "" : string.Concat(Name.Split(' ', StringSplitOptions.RemoveEmptyEntries).Take(2).Select(w => char.ToUpperInvariant(w[0])));

    /// <summary>A calm colour picked from the member id, stable across renames.</summary>
    public string Colour => IsPrivate ? "#78716c" : Palette[(int)((uint)Id.GetHashCode() % Palette.Length)];

    /// <summary>
    /// The generated avatar as a data URI. Only what a URL may not hold is escaped: everything but
    /// letters, digits and <c>-._~!$'()*+,;=:@/?</c> (so spaces, <c>% # &lt; &gt; " &amp;</c> and anything
    /// outside ASCII), which makes it about half the size of a fully escaped one or of base64: it is
    /// repeated for every comment of a thread page. HTML checkers refuse a URL with a space in it. The
    /// result holds no <c>" &amp; &lt; &gt;</c>, so it can be written into a double-quoted attribute as is.
    /// </summary>
    public string SvgDataUri()
    {
        var svg = IsPrivate
            ? $"<svg xmlns='http://www.w3.org/2000/svg' viewBox='0 0 64 64'><rect width='64' height='64' fill='{Colour}'/><circle cx='32' cy='25' r='11' fill='#e7e5e4'/><path d='M12 58c2-12 10-18 20-18s18 6 20 18z' fill='#e7e5e4'/></svg>"
            : $"<svg xmlns='http://www.w3.org/2000/svg' viewBox='0 0 64 64'><rect width='64' height='64' fill='{Colour}'/><text x='32' y='41' font-family='system-ui,sans-serif' font-size='24' font-weight='700' fill='#fff' text-anchor='middle'>{WebUtility.HtmlEncode(Initials)}</text></svg>";
        var uri = new StringBuilder("data:image/svg+xml,", svg.Length + 64);
        foreach (var b in Encoding.UTF8.GetBytes(svg))
        {
            if (char.IsAsciiLetterOrDigit((char)b) || UrlSafe.Contains((char)b))
            {
                uri.Append((char)b);
            }
            else
            {
                uri.Append('%').Append(b.ToString("X2", CultureInfo.InvariantCulture));
            }
        }
        return uri.ToString();
    }

    /// <summary>Punctuation a URL holds as it is (RFC 3986's unreserved and sub-delimiters, less <c>&amp;</c>, plus <c>: @ / ?</c>).</summary>
    private const string UrlSafe = "-._~!$'()*+,;=:@/?";

    private static readonly string[] Palette = ["#0f766e", "#1d4ed8", "#9333ea", "#be123c", "#b45309", "#15803d", "#0369a1", "#4338ca"];
}
