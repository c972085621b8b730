using BenchmarkDotNet.Running;
using Limber.Bench;

// bench/run.sh calls "seed <data folder>"; bench/images.sh "uploaders <data folder> <count>" and
// "png <file> <width> <height>"; "micro" runs the BenchmarkDotNet micro-benchmarks.
return args switch
{
    ["seed", var dataPath] => await Dataset.SeedAsync(dataPath),
    ["uploaders", var dataPath, var count] => await ImageUploads.SeedMembersAsync(dataPath, int.Parse(count, System.Globalization.CultureInfo.InvariantCulture)),
    ["png", var path, var width, var height] => ImageUploads.WritePng(path, int.Parse(width, System.Globalization.CultureInfo.InvariantCulture),
        int.Parse(height, System.Globalization.CultureInfo.InvariantCulture)),
    ["micro", .. var rest] => Micro(rest),
    _ => Usage(),
};

static int Micro(string[] rest)
{
    BenchmarkSwitcher.FromAssembly(typeof(Dataset).Assembly).Run(rest.Length > 0 ? rest : ["--filter", "*"]);
    return 0;
}

static int Usage()
{
    Console.Error.WriteLine("usage: Limber.Bench seed <data folder> | uploaders <data folder> <count> | png <file> <width> <height> | micro [BenchmarkDotNet arguments]");
    return 2;
}
