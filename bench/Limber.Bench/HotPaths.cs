using BenchmarkDotNet.Attributes;
using Limber.Features.Accounts;
using Limber.Features.Comments;
using Limber.Features.Memberships;
using Limber.Features.Workouts;
using Limber.Infrastructure.Web;

namespace Limber.Bench;

/// <summary>Micro-benchmarks of the hot paths behind the article page (comment text, avatars, Markdown, access) and the workout log.</summary>
[MemoryDiagnoser]
[ShortRunJob]
public class HotPaths
{
    private readonly MarkdownRenderer _markdown = new();
    private readonly string _article = string.Join("\n\n", Enumerable.Range(1, 20).Select(i => $"## Part {i}\n\nSome **bold** text, a [link](https://example.com) and a list:\n\n- one\n- two"));
    private readonly string _comment = "Loved this 💪 see https://example.com/page?a=1 for more.\nSecond line & <b>not bold</b>.";
    private readonly Reader _premium = new(Guid.NewGuid(), false, true);
    private readonly (DateTime, int)[] _sessions = [.. Enumerable.Range(0, 400).Select(i => (new DateTime(2026, 1, 1, 18, 0, 0, DateTimeKind.Utc).AddDays(i * 0.7), 1200))];
    private readonly AvatarView _avatar = new(Guid.NewGuid(), "Élodie Martin", null, false);
    private readonly TimeZoneInfo _paris = TimeZoneInfo.FindSystemTimeZoneById("Europe/Paris");

    [Benchmark]
    public string CommentToHtml() => CommentText.ToHtml(_comment);

    [Benchmark]
    public string MarkdownToSafeHtml() => _markdown.ToSafeHtml(_article);

    /// <summary>Every comment without a picture carries one.</summary>
    [Benchmark]
    public string GeneratedAvatar() => _avatar.SvgDataUri();

    [Benchmark]
    public bool AccessDecision() => _premium.CanRead(Visibility.Premium);

    [Benchmark]
    public int WorkoutStreak() => WorkoutLogSummary.From(_sessions, _paris, new DateTime(2026, 10, 1, 12, 0, 0, DateTimeKind.Utc)).StreakDays;
}
