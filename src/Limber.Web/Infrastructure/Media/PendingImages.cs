using System.Text.RegularExpressions;
using Microsoft.Extensions.Options;

namespace Limber.Infrastructure.Media;

/// <summary>
/// Images chosen in an editor before it saves: a preview, or a save refused for another field, must
/// not lose the file (a browser never sends a chosen file twice). The upload is checked and
/// re-encoded by <see cref="ImageStore"/> at once, kept under <c>uploads/pending/</c>, and its key
/// goes into a hidden field so the next post uses it; saving moves it to <c>uploads/images/</c>.
/// <para>
/// A key comes back from the browser, so only the store's own shape is accepted
/// (<c>pending/</c> + 32 hex digits + <c>.jpg</c>): it cannot name another folder, another
/// article's image, or anything outside the uploads. Pending files nobody saved are swept a day
/// later, when the next one is stored.
/// </para>
/// </summary>
public sealed partial class PendingImages(ImageStore images, IOptions<LimberOptions> options, TimeProvider clock)
{
    public const string Folder = "pending";

    /// <summary>How long a chosen image waits for its form to be saved.</summary>
    public static readonly TimeSpan Lifetime = TimeSpan.FromDays(1);

    public static class Messages
    {
        public const string Gone = "The image chosen before is no longer available. Please choose it again.";
    }

    /// <summary>True for a key this class made: <c>pending/{32 hex}.jpg</c>.</summary>
    public static bool IsKey(string? key) => key is not null && KeyShape().IsMatch(key);

    /// <summary>Where a pending image goes when its form is saved: the same name under <c>images/</c>.</summary>
    public static string SavedPath(string key) => "images/" + key[(Folder.Length + 1)..];

    /// <summary>
    /// The image a form post chose: a new <paramref name="file"/> (checked and stored as pending), or
    /// else the <paramref name="key"/> of one stored by an earlier post, or none. Returns the key, or
    /// the message for the editor (a refused file, or a key that is malformed or gone).
    /// </summary>
    /// <param name="current">The saved image of what the form edits (see <see cref="Became"/>).</param>
    public async Task<(string? Key, string? Error)> ChooseAsync(IFormFile? file, string? key, string? current, CancellationToken cancellationToken)
    {
        if (file is { Length: > 0 })
        {
            Sweep();
            var saved = await images.SaveAsync(file, Folder, cancellationToken);
            return (saved.Path, saved.Error);
        }
        if (string.IsNullOrEmpty(key) || Became(key, current))
        {
            return (null, null);
        }
        return Exists(key) ? (key, null) : (null, Messages.Gone);
    }

    /// <summary>
    /// True when <paramref name="key"/> was claimed as <paramref name="current"/>: the same form
    /// posted twice (a double click), whose first post saved it. Nothing to choose then, and no error.
    /// </summary>
    public static bool Became(string? key, string? current) => current is not null && IsKey(key) && SavedPath(key!) == current;

    /// <summary>True when <paramref name="key"/> is well formed and its file is still waiting.</summary>
    public bool Exists(string? key) => IsKey(key) && File.Exists(FullPath(key!));

    /// <summary>Moves the pending image to its saved place; returns that path, or null when the key is malformed or gone.</summary>
    public string? Claim(string key)
    {
        if (!Exists(key))
        {
            return null;
        }
        var saved = SavedPath(key);
        var target = FullPath(saved);
        Directory.CreateDirectory(Path.GetDirectoryName(target)!);
        File.Move(FullPath(key), target, overwrite: false);
        return saved;
    }

    private string FullPath(string relative) => Path.Combine(options.Value.UploadsPath, relative);

    /// <summary>Deletes pending images older than <see cref="Lifetime"/>: chosen, then the form was left.</summary>
    private void Sweep()
    {
        var folder = new DirectoryInfo(FullPath(Folder));
        if (!folder.Exists)
        {
            return;
        }
        var before = clock.GetUtcNow().UtcDateTime - Lifetime;
        foreach (var file in folder.EnumerateFiles("*.jpg").Where(f => f.LastWriteTimeUtc < before))
        {
            try
            {
                file.Delete();
            }
            catch (IOException)
            {
                // Being claimed or swept by another request at the same moment.
            }
        }
    }

    [GeneratedRegex("^pending/[0-9a-f]{32}\\.jpg\\z", RegexOptions.CultureInvariant)]
    private static partial Regex KeyShape();
}
