using System.Text;
using HauGiang.LegalKb.Core.Corpus;
using HauGiang.LegalKb.Core.Model;
using HauGiang.LegalKb.Core.Pipeline;
using HauGiang.LegalKb.Core.Reading;

namespace HauGiang.LegalKb.Core.Tests.Specs;

/// <summary>
/// Every example of every spec file (Specs/*.md) through the default pipeline: the outline, the facts and the citations
/// it states must be exactly what the pipeline makes. A new rule is tested by adding an example.
/// </summary>
public sealed class SpecTests
{
    // By file and name, so that each example is a test case of its own with a readable name.
    public static TheoryData<string, string> Examples
    {
        get
        {
            var data = new TheoryData<string, string>();
            foreach (var example in SpecFiles.All())
            {
                data.Add(example.File, example.Name);
            }

            return data;
        }
    }

    [Fact]
    public void EverySpecFileHasExamples()
    {
        foreach (var file in Directory.GetFiles(SpecFiles.Folder, "*.md"))
        {
            Assert.NotEmpty(SpecFiles.Read(file));
        }
    }

    [Theory]
    [MemberData(nameof(Examples))]
    public void ExampleHolds(string file, string name)
    {
        var example = SpecFiles.Read(Path.Combine(SpecFiles.Folder, file)).Single(e => e.Name == name);
        var parsed = KbPipeline.Default.Parse(new SourceFile("spec" + example.SourceExtension, Encoding.UTF8.GetBytes(example.Source)));
        Assert.True(parsed.Success, $"{example}: {parsed.Error}");
        var knowledgeBase = new KnowledgeBaseBuilder(KbPipeline.Default).Build([parsed.Document], Catalogue.Empty).KnowledgeBase;
        var document = knowledgeBase.Documents.Single(d => d.HasFullText);

        if (example.Outline is { } outline)
        {
            var withTitles = outline.Any(l => l.Contains(" — ", StringComparison.Ordinal));
            Same(example, "outline", outline, SpecRendering.Outline(document, withTitles));
        }

        if (example.Facts is { } facts)
        {
            var fields = facts.Select(f => f[..f.IndexOf(':', StringComparison.Ordinal)]).ToList();
            Same(example, "facts", facts, SpecRendering.Facts(document.Metadata, fields));
        }

        if (example.Citations is { } citations)
        {
            Same(example, "citations", citations, SpecRendering.Citations(knowledgeBase, document));
        }
    }

    private static void Same(SpecExample example, string block, IReadOnlyList<string> expected, IReadOnlyList<string> actual)
    {
        if (!expected.SequenceEqual(actual))
        {
            Assert.Fail($"{example} (line {example.Line}): {block} differs.\n--- expected\n{string.Join('\n', expected)}\n--- actual\n{string.Join('\n', actual)}");
        }
    }
}
