namespace Limber.Features.BackCare;

/// <summary>The body areas of the pain diary in the words the pages use (design.md: "Lower back", … "SI joint").</summary>
public static class PainAreas
{
    public static readonly IReadOnlyList<PainArea> All = Enum.GetValues<PainArea>();

    /// <summary>The area's name on its own: a radio's label, a table's column.</summary>
    public static string Label(PainArea area) => area switch
    {
        PainArea.LowerBack => "Lower back",
        PainArea.Neck => "Neck",
        PainArea.Shoulders => "Shoulders",
        PainArea.Hips => "Hips",
        PainArea.Knees => "Knees",
        _ => "SI joint",
    };

    /// <summary>The area's pain in a sentence: "your lower-back pain averaged 3.1".</summary>
    public static string PainWords(PainArea area) => area switch
    {
        PainArea.LowerBack => "lower-back pain",
        PainArea.Neck => "neck pain",
        PainArea.Shoulders => "shoulder pain",
        PainArea.Hips => "hip pain",
        PainArea.Knees => "knee pain",
        _ => "SI-joint pain",
    };
}

/// <param name="Selected">The area chosen (kept when the form comes back with an error).</param>
/// <param name="IdPrefix">Keeps the radios' ids apart when two forms are on one page.</param>
public sealed record AreaPickerView(PainArea? Selected, string IdPrefix);
