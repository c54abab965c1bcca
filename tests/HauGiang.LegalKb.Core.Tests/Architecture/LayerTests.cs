using System.Reflection;
using HauGiang.LegalKb.Core.Corpus;
using NetArchTest.Rules;

namespace HauGiang.LegalKb.Core.Tests.Architecture;

/// <summary>
/// Core's folders are layers: a namespace may use the ones below it, never one above. Text and Work are at the bottom,
/// then the model, then reading, facts, cleaning and structure, citations and quotations, the per-file pipeline, the
/// knowledge-base build and, on top, storage. Checked on the compiled assembly (method bodies included).
/// </summary>
public sealed class LayerTests
{
    private const string Root = "HauGiang.LegalKb.Core";

    // Lowest first. Namespaces in one row are peers and must not use each other.
    private static readonly string[][] s_layers =
    [
        ["Text", "Work"],
        ["Model"],
        ["Reading"],
        ["Metadata"],
        ["Cleaning", "Structure"],
        ["Citations", "Quotations"],
        ["Pipeline"],
        ["Corpus"],
        ["Storage"],
    ];

    private static Assembly Core => typeof(KnowledgeBase).Assembly;

    public static TheoryData<string> Namespaces => [.. s_layers.SelectMany(row => row)];

    [Theory]
    [MemberData(nameof(Namespaces))]
    public void ANamespaceUsesOnlyTheLayersBelowIt(string name)
    {
        var level = Array.FindIndex(s_layers, row => row.Contains(name));
        var forbidden = s_layers.Skip(level).SelectMany(row => row).Where(n => n != name).Select(n => $"{Root}.{n}").ToArray();

        var result = Types.InAssembly(Core).That().ResideInNamespace($"{Root}.{name}")
            .ShouldNot().HaveDependencyOnAny(forbidden)
            .GetResult();

        Assert.True(result.IsSuccessful, $"{name} uses a layer at or above it: {string.Join(", ", result.FailingTypeNames ?? [])}");
    }

    [Fact]
    public void EveryCoreTypeLivesInALayer()
    {
        var layered = s_layers.SelectMany(row => row).Select(n => $"{Root}.{n}").ToList();
        var outside = Core.GetTypes()
            .Where(t => t.Namespace is not null && t.Namespace.StartsWith(Root, StringComparison.Ordinal) && !t.Name.StartsWith('<'))
            .Where(t => !layered.Any(l => t.Namespace == l || t.Namespace!.StartsWith(l + ".", StringComparison.Ordinal)))
            .Select(t => t.FullName)
            .ToList();

        Assert.True(outside.Count == 0, $"Types outside every layer: {string.Join(", ", outside)}");
    }

    [Fact]
    public void CoreReferencesNeitherLuceneNorAspNet()
    {
        var result = Types.InAssembly(Core).ShouldNot().HaveDependencyOnAny("Lucene", "Microsoft.AspNetCore").GetResult();

        Assert.True(result.IsSuccessful, $"Core types using Lucene or ASP.NET: {string.Join(", ", result.FailingTypeNames ?? [])}");
        Assert.DoesNotContain(Core.GetReferencedAssemblies(), a => a.Name!.StartsWith("Lucene", StringComparison.Ordinal) || a.Name!.StartsWith("Microsoft.AspNetCore", StringComparison.Ordinal));
    }
}
