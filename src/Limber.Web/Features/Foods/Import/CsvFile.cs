using System.IO.Compression;
using CsvHelper;

namespace Limber.Features.Foods.Import;

/// <summary>
/// One CSV file read a record at a time (CsvHelper's reader, never the whole file), fields found by
/// their header's names; a <c>.gz</c> file is read through gzip.
/// </summary>
internal sealed class CsvFile : IDisposable
{
    private readonly CsvReader _reader;
    private readonly Dictionary<string, int> _columns = new(StringComparer.OrdinalIgnoreCase);

    private CsvFile(CsvReader reader, string name)
    {
        _reader = reader;
        Name = name;
    }

    public string Name { get; }

    /// <summary>The line of the file the current record starts on (1 is the header).</summary>
    public long Line => _reader.LineNumber;

    /// <summary>
    /// Opens <paramref name="path"/>. Open Food Facts' export is tab-separated without quoting (a
    /// quote is a character like any other), so <paramref name="unquoted"/> reads it as such.
    /// </summary>
    public static CsvFile Open(string path, char separator = ',', bool unquoted = false)
    {
        Stream stream = File.OpenRead(path);
        if (path.EndsWith(".gz", StringComparison.OrdinalIgnoreCase))
        {
            stream = new GZipStream(stream, CompressionMode.Decompress);
        }
        var options = CsvReaderOptions.Default with
        {
            Separator = separator,
            Mode = unquoted ? CsvMode.NoEscape : CsvMode.Rfc4180,
            TrackLineNumbers = true,
        };
        return new CsvFile(CsvReader.Create(stream, options, false), Path.GetFileName(path));
    }

    /// <summary>The file <paramref name="name"/> in <paramref name="folder"/>, or null when it is not there.</summary>
    public static CsvFile? OpenIn(string folder, string name)
    {
        var path = Path.Combine(folder, name);
        return File.Exists(path) ? Open(path) : null;
    }

    public async Task<bool> ReadAsync(CancellationToken cancellationToken)
    {
        if (_columns.Count == 0)
        {
            await _reader.ReadHeaderAsync(cancellationToken);
            for (var i = 0; i < _reader.Headers.Count; i++)
            {
                _columns.TryAdd(_reader.Headers[i].Trim(), i);
            }
        }
        return await _reader.ReadAsync(cancellationToken);
    }

    /// <summary>The trimmed field of <paramref name="column"/> in the current record; empty when the column or the field is missing.</summary>
    public string this[string column] =>
        _columns.TryGetValue(column, out var i) && i < _reader.FieldCount ? (_reader.GetString(i) ?? "").Trim() : "";

    public void Dispose() => _reader.Dispose();
}
