using HauGiang.LegalKb.Core;
using HauGiang.LegalKb.Core.Corpus;
using HauGiang.LegalKb.Core.Pipeline;

namespace HauGiang.LegalKb.Bench.Reporting;

/// <summary>Finds and loads the real corpus the way the CLI does: --corpus, $LEGALKB_CORPUS, else the nearest corpus/ upwards.</summary>
public static class CorpusFinder
{
    /// <summary>The corpus folder, or an exception naming what was tried.</summary>
    public static string Find(string? named)
    {
        named ??= Environment.GetEnvironmentVariable("LEGALKB_CORPUS");
        if (named is not null)
        {
            return Directory.Exists(named) ? Path.GetFullPath(named) : throw new BenchException($"Corpus folder not found: {named}");
        }

        foreach (var start in new[] { Directory.GetCurrentDirectory(), AppContext.BaseDirectory })
        {
            for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
            {
                var candidate = Path.Combine(dir.FullName, "corpus");
                if (File.Exists(Path.Combine(candidate, Catalogue.FileName)))
                {
                    return candidate;
                }
            }
        }

        throw new BenchException("No corpus/ folder with catalogue.json found upwards from here; name one with --corpus DIR.");
    }

    /// <summary>The corpus's catalogue (empty when it has none).</summary>
    public static Catalogue LoadCatalogue(string? named)
    {
        var path = Path.Combine(Find(named), Catalogue.FileName);
        return File.Exists(path) ? Catalogue.Parse(File.ReadAllText(path), out _) ?? Catalogue.Empty : Catalogue.Empty;
    }

    /// <summary>Loads the corpus with the default pipeline, as the product does.</summary>
    public static KnowledgeBase Load(string? named)
    {
        var root = Find(named);
        var (knowledgeBase, report) = new CorpusLoader(KbPipeline.Default).Load(CorpusLocation.Folder(root));
        var failed = report.Files.Where(f => !f.Indexed).ToList();
        if (failed.Count > 0)
        {
            Console.Error.WriteLine($"warning: {failed.Count} corpus file(s) skipped: " + string.Join("; ", failed.Select(f => $"{f.Path}: {f.Reason}")));
        }

        return knowledgeBase;
    }
}
