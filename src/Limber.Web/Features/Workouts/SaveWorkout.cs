using Limber.Features.Memberships;
using Limber.Infrastructure;
using Limber.Infrastructure.Data;
using Limber.Infrastructure.Media;
using Limber.Infrastructure.Web;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Limber.Features.Workouts;

/// <summary>Creates or updates a workout from the admin editor, with its intervals, poster and video.</summary>
public sealed class SaveWorkout(AppDbContext db, MarkdownRenderer markdown, PendingImages pending, IOptions<LimberOptions> site,
    IOptions<WorkoutsOptions> options, PageCacheEvictions cache, TimeProvider clock)
{
    public sealed record IntervalInput(string? Exercise, string? Cue, int WorkSeconds, int RestSeconds, int Rounds, bool Remove, int Order = 0);

    /// <param name="Poster">A newly chosen poster: its <see cref="PendingImages"/> key; null keeps the current one.</param>
    /// <param name="PosterAlt">What the poster shows; empty for a decorative one.</param>
    public sealed record Input(string? Title, string? Slug, string? Summary, string? Description, string? EmbedUrl, Difficulty Difficulty,
        string? Equipment, string? FocusAreas, Visibility Visibility, bool Published, IReadOnlyList<IntervalInput> Intervals,
        string? Poster, string? PosterAlt, IFormFile? Video, bool RemoveVideo, bool CommentsEnabled = true);

    /// <param name="id">The workout to update, or null to create one.</param>
    /// <returns>The saved workout; not found when <paramref name="id"/> names none; else the fields to fix (nothing saved).</returns>
    public async Task<Result<Workout>> HandleAsync(Guid? id, Input input, CancellationToken cancellationToken)
    {
        var workout = id is null ? null : await db.Workouts.Include(w => w.Intervals).SingleOrDefaultAsync(w => w.Id == id, cancellationToken);
        if (id is not null && workout is null)
        {
            return Result.NotFound();
        }
        var errors = new Dictionary<string, string>();
        var title = input.Title?.Trim() ?? "";
        var slug = string.IsNullOrWhiteSpace(input.Slug) ? Slugs.From(title) : input.Slug.Trim();
        if (title.Length is 0 or > 200)
        {
            errors[nameof(Input.Title)] = "Give the workout a title (at most 200 characters).";
        }
        else if (!Slugs.IsValid(slug))
        {
            errors[nameof(Input.Slug)] = "Use lower-case letters, digits and single hyphens.";
        }
        else if (await db.Workouts.AnyAsync(w => w.Slug == slug && w.Id != (id ?? Guid.Empty), cancellationToken))
        {
            errors[nameof(Input.Slug)] = "Another workout already uses this slug.";
        }
        if (!string.IsNullOrWhiteSpace(input.EmbedUrl) && !VideoEmbeds.IsSupported(input.EmbedUrl.Trim()))
        {
            errors[nameof(Input.EmbedUrl)] = "Paste a YouTube or Vimeo address (https://…).";
        }
        var intervals = input.Intervals.Select((i, index) => (i, index)).Where(x => !x.i.Remove && !string.IsNullOrWhiteSpace(x.i.Exercise))
            .OrderBy(x => x.i.Order).ThenBy(x => x.index).Select(x => x.i).ToList();
        if (intervals.Any(i => i.WorkSeconds is < 1 or > 3600 || i.RestSeconds is < 0 or > 3600 || i.Rounds is < 1 or > 50))
        {
            errors[nameof(Input.Intervals)] = "Each interval needs 1–3600 seconds of work, 0–3600 of rest and 1–50 rounds.";
        }
        else if (input.Published && intervals.Count == 0)
        {
            errors[nameof(Input.Intervals)] = "Add at least one interval before publishing.";
        }
        var posterAlt = AltText.Clean(input.PosterAlt);
        if (posterAlt?.Length > AltText.MaxLength)
        {
            errors[nameof(Input.PosterAlt)] = AltText.Messages.TooLong;
        }
        var newPoster = string.IsNullOrEmpty(input.Poster) || PendingImages.Became(input.Poster, workout?.PosterPath) ? null : input.Poster;
        if (newPoster is not null && !pending.Exists(newPoster))
        {
            errors[nameof(Input.Poster)] = PendingImages.Messages.Gone;
        }
        string? video = null;
        if (errors.Count == 0 && input.Video is { Length: > 0 } upload)
        {
            (video, var videoError) = await VideoFiles.SaveAsync(upload, site.Value.MediaPath, options.Value.MaxVideoMegabytes, cancellationToken);
            if (videoError is not null)
            {
                errors[nameof(Input.Video)] = videoError;
            }
        }
        if (errors.Count > 0)
        {
            return Result.Invalid(errors);
        }
        var poster = newPoster is null ? null : pending.Claim(newPoster);
        if (newPoster is not null && poster is null)
        {
            return Result.Invalid(nameof(Input.Poster), PendingImages.Messages.Gone);
        }
        var now = clock.GetUtcNow().UtcDateTime;
        workout ??= db.Workouts.Add(new Workout { CreatedAtUtc = now }).Entity;
        workout.Title = title;
        workout.Slug = slug;
        workout.Summary = input.Summary?.Trim() ?? "";
        workout.DescriptionMarkdown = input.Description ?? "";
        workout.DescriptionHtml = markdown.ToSafeHtml(workout.DescriptionMarkdown);
        workout.EmbedUrl = string.IsNullOrWhiteSpace(input.EmbedUrl) ? null : input.EmbedUrl.Trim();
        workout.Difficulty = input.Difficulty;
        workout.Equipment = Normalize(input.Equipment, "none");
        workout.FocusAreas = Normalize(input.FocusAreas, "");
        workout.Visibility = input.Visibility;
        workout.Published = input.Published;
        workout.CommentsEnabled = input.CommentsEnabled;
        workout.UpdatedAtUtc = now;
        workout.PosterPath = poster ?? workout.PosterPath;
        workout.PosterAlt = workout.PosterPath is null ? null : posterAlt;
        if (video is not null || input.RemoveVideo)
        {
            workout.VideoPath = video;
        }
        db.WorkoutIntervals.RemoveRange(workout.Intervals);
        workout.Intervals.Clear();
        var position = 0;
        foreach (var i in intervals)
        {
            var interval = new WorkoutInterval
            {
                WorkoutId = workout.Id,
                Position = position++,
                Exercise = i.Exercise!.Trim(),
                Cue = string.IsNullOrWhiteSpace(i.Cue) ? null : i.Cue.Trim(),
                WorkSeconds = i.WorkSeconds,
                RestSeconds = i.RestSeconds,
                Rounds = i.Rounds,
            };
            workout.Intervals.Add(interval);
            // Added explicitly: found only through the navigation of a workout that already exists, an
            // interval whose id is already set is taken for an existing row, updated, and the save fails.
            db.WorkoutIntervals.Add(interval);
        }
        workout.DurationSeconds = Workout.TotalSeconds(workout.Intervals);
        await db.SaveChangesAsync(cancellationToken);
        await cache.ContentChangedAsync(cancellationToken);
        return Result.Ok(workout);
    }

    private static string Normalize(string? list, string fallback)
    {
        var items = (list ?? "").Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Select(s => s.ToLowerInvariant()).Distinct().ToList();
        return items.Count == 0 ? fallback : string.Join(",", items);
    }
}

/// <summary>
/// Video uploads: MP4 or WebM by their bytes (not their name), within the configured size. Stored
/// under the media folder, which nothing serves statically: <see cref="WorkoutVideos"/> serves them.
/// </summary>
public static class VideoFiles
{
    public static async Task<(string? Path, string? Error)> SaveAsync(IFormFile file, string mediaPath, int maxMegabytes, CancellationToken cancellationToken)
    {
        if (file.Length > maxMegabytes * 1024L * 1024L)
        {
            return (null, $"The video is larger than {maxMegabytes} MB.");
        }
        var head = new byte[12];
        await using var stream = file.OpenReadStream();
        var read = await stream.ReadAtLeastAsync(head, head.Length, throwOnEndOfStream: false, cancellationToken);
        var extension = Sniff(head.AsSpan(0, read));
        if (extension is null)
        {
            return (null, "That file is not an MP4 or WebM video.");
        }
        var relative = $"videos/{Guid.CreateVersion7():N}.{extension}";
        var full = System.IO.Path.Combine(mediaPath, relative);
        Directory.CreateDirectory(System.IO.Path.GetDirectoryName(full)!);
        stream.Position = 0;
        await using var target = File.Create(full);
        await stream.CopyToAsync(target, cancellationToken);
        return (relative, null);
    }

    /// <summary>"mp4" for an ISO base media file (…ftyp), "webm" for an EBML header; null otherwise.</summary>
    public static string? Sniff(ReadOnlySpan<byte> head) =>
        head.Length >= 8 && head[4..8].SequenceEqual("ftyp"u8) ? "mp4"
        : head.Length >= 4 && head[..4].SequenceEqual((byte[])[0x1A, 0x45, 0xDF, 0xA3]) ? "webm"
        : null;
}
