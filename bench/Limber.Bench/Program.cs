using BenchmarkDotNet.Running;
using Limber.Bench;

// bench/run.sh calls "seed <data folder>"; "micro" runs the BenchmarkDotNet micro-benchmarks.
return args switch
{
    ["seed", var dataPath] => await Dataset.SeedAsync(dataPath),
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
    Console.Error.WriteLine("usage: Limber.Bench seed <data folder> | micro [BenchmarkDotNet arguments]");
    return 2;
}
